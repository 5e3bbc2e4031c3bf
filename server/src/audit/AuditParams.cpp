// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditParams.h"

#include "aih/Validation.h"
#include "crypto/Hex.h"
#include "http/QueryParams.h"
#include "time/Clock.h"

#include <charconv>
#include <limits>

namespace aih::audit {
namespace {

constexpr std::size_t minSearchLength = 3;
constexpr std::size_t maxSearchLength = 200;
constexpr std::int64_t reportDefaultDays = 30;

std::optional<std::string> timestampTextParam(const http::RequestContext& ctx, const std::string& name)
{
    const auto micros = http::timestampParam(ctx, name);
    return micros ? std::optional<std::string>(timestampText(*micros)) : std::nullopt;
}

std::optional<std::int64_t> positiveNumber(std::string_view text)
{
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) {
        return std::nullopt;
    }
    return value;
}

std::string likePattern(const std::string& text)
{
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') {
            pattern += '\\';
        }
        pattern += c;
    }
    return pattern + "%";
}

void checkOrder(const AuditFilter& filter)
{
    // Both are normalised to the same fixed-width UTC form, so text order is time order.
    if (filter.from && filter.to && *filter.from >= *filter.to) {
        http::refuseQueryParam("to", "must be later than from");
    }
}

} // namespace

AuditFilter filterOf(const http::RequestContext& ctx)
{
    AuditFilter filter;
    filter.from = timestampTextParam(ctx, "from");
    filter.to = timestampTextParam(ctx, "to");
    checkOrder(filter);
    if (auto action = ctx.queryValue("action")) {
        const bool valid =
            !action->empty() && action->size() <= 100 &&
            action->find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_.") == std::string::npos;
        if (!valid) {
            http::refuseQueryParam("action", "must be an action name such as user.create");
        }
        filter.action = std::move(action);
    }
    filter.userId = http::uuidQueryParam(ctx, "user_id");
    filter.success = http::booleanParam(ctx, "success");
    if (const auto q = ctx.queryValue("q")) {
        if (q->size() < minSearchLength || q->size() > maxSearchLength || !isValidUtf8(*q)) {
            http::refuseQueryParam("q", "must be 3 to 200 characters of text");
        }
        filter.text = likePattern(*q);
    }
    return filter;
}

AuditFilter reportRangeOf(const http::RequestContext& ctx)
{
    constexpr std::int64_t microsPerDay = 24LL * 3600 * 1'000'000;
    const auto to = http::timestampParam(ctx, "to").value_or(time::systemClock().nowMicros());
    const auto from = http::timestampParam(ctx, "from").value_or(to - reportDefaultDays * microsPerDay);
    AuditFilter range;
    range.from = timestampText(from);
    range.to = timestampText(to);
    checkOrder(range);
    return range;
}

std::optional<AuditPosition> positionOf(const http::RequestContext& ctx)
{
    const auto cursor = ctx.queryValue("cursor");
    if (!cursor) {
        return std::nullopt;
    }
    const auto dot = cursor->find('.');
    const auto micros = dot == std::string::npos ? std::nullopt : positiveNumber(cursor->substr(0, dot));
    const auto seq = dot == std::string::npos ? std::nullopt : positiveNumber(cursor->substr(dot + 1));
    if (!micros || !seq) {
        http::refuseQueryParam("cursor", "is not a cursor this server issued");
    }
    return AuditPosition{*micros, *seq};
}

std::string cursorOf(const AuditPosition& position)
{
    return std::to_string(position.micros) + "." + std::to_string(position.seq);
}

ExportFormat exportFormatOf(const http::RequestContext& ctx)
{
    return http::choiceParam(ctx, "format", {"csv", "json"}).value_or("csv") == "json"
               ? ExportFormat::JsonLines
               : ExportFormat::Csv;
}

std::optional<KnownHead> knownHeadOf(const http::RequestContext& ctx)
{
    const auto seq = http::integerParam(ctx, "checkpoint_seq", 1, std::numeric_limits<std::int64_t>::max());
    const auto hashText = ctx.queryValue("checkpoint_hash");
    const auto hash = hashText && hashText->size() == 64 ? crypto::fromHex(*hashText) : std::string();
    if (hashText && hash.size() != 32) {
        http::refuseQueryParam("checkpoint_hash", "must be the checkpoint's head_hash (64 hex digits)");
    }
    if (!seq && !hashText) {
        return std::nullopt;
    }
    if (!seq) {
        http::refuseQueryParam("checkpoint_seq", "is required together with checkpoint_hash");
    }
    if (!hashText) {
        http::refuseQueryParam("checkpoint_hash", "is required together with checkpoint_seq");
    }
    return KnownHead{*seq, hash};
}

std::optional<std::int64_t> checkpointCursorOf(const http::RequestContext& ctx)
{
    const auto text = ctx.queryValue("cursor");
    if (!text) {
        return std::nullopt;
    }
    const auto seq = positiveNumber(*text);
    if (!seq || *seq == 0) {
        http::refuseQueryParam("cursor", "is not a cursor this server issued");
    }
    return seq;
}

} // namespace aih::audit
