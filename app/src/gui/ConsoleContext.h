// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace aih::console {

class ConsoleCore;
class UrlOpener;

/// What every page is given: the core services and the few things the desktop provides.
struct ConsoleContext
{
    ConsoleCore& core;
    UrlOpener& urlOpener;
};

} // namespace aih::console
