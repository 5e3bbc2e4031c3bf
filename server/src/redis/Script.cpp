// SPDX-License-Identifier: Apache-2.0
#include "redis/Script.h"

#include <Poco/DigestEngine.h>
#include <Poco/SHA1Engine.h>

namespace aih::redis {

Script::Script(std::string source) : text(std::move(source))
{
    Poco::SHA1Engine engine;
    engine.update(text);
    sha = Poco::DigestEngine::digestToHex(engine.digest());
}

} // namespace aih::redis
