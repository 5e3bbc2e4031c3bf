// SPDX-License-Identifier: Apache-2.0
#include "mail/MailLanguage.h"

#include <Poco/NumberParser.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

namespace aih::mail {

std::string mailLanguage(std::string_view acceptLanguage)
{
    std::string best = "en";
    double bestQ = 0.0;
    Poco::StringTokenizer ranges(std::string(acceptLanguage), ",",
                                 Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const auto& range : ranges) {
        Poco::StringTokenizer parts(range, ";", Poco::StringTokenizer::TOK_TRIM);
        const auto tag = Poco::toLower(parts[0].substr(0, 2));
        double q = 1.0;
        for (std::size_t i = 1; i < parts.count(); ++i) {
            if (parts[i].rfind("q=", 0) == 0 && !Poco::NumberParser::tryParseFloat(parts[i].substr(2), q)) {
                q = 0.0;
            }
        }
        const bool known = tag == "en" || tag == "de" || tag == "fr" || tag == "es";
        if (known && q > bestQ) {
            best = tag;
            bestQ = q;
        }
    }
    return best;
}

} // namespace aih::mail
