// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditParams.h"

#include "aih/Validation.h"
#include "errors/ApiError.h"
#include "time/Clock.h"
#include "time/Rfc3339.h"

#include <charconv>

namespace aih::audit {
namespace {

using errors::ApiError;

constexpr std::size_t minSearchLength = 3;
constexpr std::size_t maxSearchLength = 200;
constexpr std::int64_t reportDefaultDays = 30;

/// Microseconds since the epoch.
std::optional<std::int64_t> timestampParam(const http::RequestContext& ctx, const std::string& name)
{
    const auto text = ctx.queryValue(name);
    if (!text) {
        return std::nullopt;
    }
    const auto parsed = time::parseRfc3339(*text);
    if (!parsed.micros) {
        throw ApiError::validation(name, "must be an RFC 3339 timestamp such as 2026-11-24T10:00:00Z");
    }
    return parsed.micros;
}

std::optional<std::string> timestampTextParam(const http::RequestContext& ctx, const std::string& name)
{
    const auto micros = timestampParam(ctx, name);
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
        throw ApiError::validation("to", "must be later than from");
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
            throw ApiError::validation("action", "must be an action name such as user.create");
        }
        filter.action = std::move(action);
    }
    if (auto userId = ctx.queryValue("user_id")) {
        if (!isUuid(*userId)) {
            throw ApiError::validation("user_id", "must be a user id (UUID)");
        }
        filter.userId = std::move(userId);
    }
    if (const auto success = ctx.queryValue("success")) {
        if (*success != "true" && *success != "false") {
            throw ApiError::validation("success", "must be true or false");
        }
        filter.success = *success == "true";
    }
    if (const auto q = ctx.queryValue("q")) {
        if (q->size() < minSearchLength || q->size() > maxSearchLength || !isValidUtf8(*q)) {
            throw ApiError::validation("q", "must be 3 to 200 characters of text");
        }
        filter.text = likePattern(*q);
    }
    return filter;
}

AuditFilter reportRangeOf(const http::RequestContext& ctx)
{
    constexpr std::int64_t microsPerDay = 24LL * 3600 * 1'000'000;
    const auto to = timestampParam(ctx, "to").value_or(time::systemClock().nowMicros());
    const auto from = timestampParam(ctx, "from").value_or(to - reportDefaultDays * microsPerDay);
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
        throw ApiError(errors::ErrorCode::MalformedRequest, "The cursor is not one this server issued.");
    }
    return AuditPosition{*micros, *seq};
}

std::string cursorOf(const AuditPosition& position)
{
    return std::to_string(position.micros) + "." + std::to_string(position.seq);
}

ExportFormat exportFormatOf(const http::RequestContext& ctx)
{
    const auto format = ctx.queryValue("format").value_or("csv");
    if (format == "csv") {
        return ExportFormat::Csv;
    }
    if (format == "json") {
        return ExportFormat::JsonLines;
    }
    throw ApiError::validation("format", "must be csv or json");
}

std::optional<KnownHead> knownHeadOf(const http::RequestContext& ctx)
{
    const auto seqText = ctx.queryValue("checkpoint_seq");
    const auto hashText = ctx.queryValue("checkpoint_hash");
    if (!seqText && !hashText) {
        return std::nullopt;
    }
    const auto seq = seqText ? positiveNumber(*seqText) : std::nullopt;
    if (!seq || *seq == 0) {
        throw ApiError::validation("checkpoint_seq", "must be the positive seq of a checkpoint");
    }
    const auto hash = hashText && hashText->size() == 64 ? fromHex(*hashText) : std::string();
    if (hash.size() != 32) {
        throw ApiError::validation("checkpoint_hash", "must be the checkpoint's head_hash (64 hex digits)");
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
        throw ApiError(errors::ErrorCode::MalformedRequest, "The cursor is not one this server issued.");
    }
    return seq;
}

} // namespace aih::audit
