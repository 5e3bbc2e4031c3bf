// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/StreamWriter.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

namespace aih::http {

/// Writes a body piece by piece after the headers have gone out.
/// How a response may be used by browsers and caches; SecurityHeaders turns each into the one
/// set of headers that fits, so no handler writes security or caching headers itself.
enum class Delivery
{
    Api,       ///< JSON and errors: no caching, no rendering
    Page,      ///< HTML: a strict CSP (no script at all), revalidated on every load
    Immutable, ///< content-addressed bytes (assets, themes): cached for a year, keyed by `etag`
};

/// What a handler returns; the dispatcher writes it, adding the headers every response gets.
struct Response
{
    int status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    /// Set for bodies too large to hold in memory (exports): sent with chunked transfer encoding
    /// as the writer produces it, instead of `body`. Everything that can refuse the request must
    /// have been checked before the handler returns: once the writer runs, the status is sent.
    util::StreamWriter stream;
    Delivery delivery = Delivery::Api;
    std::string etag; ///< for Immutable: the content hash the URL names

    static Response json(int status, const Poco::JSON::Object::Ptr& object);
    static Response json(int status, const Poco::JSON::Array::Ptr& array);
    static Response text(int status, std::string body, std::string contentType = "text/plain; charset=utf-8");
    static Response noContent();
    /// 303 See Other to `location`: after a form post, or on to the next step of a browser flow.
    static Response seeOther(const std::string& location);
    static Response streamed(int status, std::string contentType, util::StreamWriter writer);
    static Response page(std::string html);
    static Response immutable(std::string body, std::string contentType, std::string etag);
};

/// A JSON value for optional text: the text, or `null` when it is empty.
Poco::Dynamic::Var textOrNull(const std::string& text);

/// The contract's list shape: `{"data": [...], "next_cursor": "..." | null}`.
Poco::JSON::Object::Ptr listPage(const Poco::JSON::Array::Ptr& data,
                                 const std::optional<std::string>& nextCursor);

} // namespace aih::http
