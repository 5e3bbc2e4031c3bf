// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiJob.h"

#include <functional>
#include <optional>
#include <type_traits>

namespace aih::console {

/// An answer with no body worth reading (204, or a body the caller ignores).
struct Done
{
};

/// A started-on-demand API call whose answer is parsed into T. `then()` connects the handlers
/// (dropped with `context`) and starts the job; a body that does not parse becomes a
/// BadResponse problem, so handlers only ever see well-formed values.
template <typename T> class Pending
{
public:
    using Parser = std::function<std::optional<T>(const QJsonDocument&)>;

    Pending(ApiJob* job, Parser parse) : job_(job), parse_(std::move(parse)) {}

    /// `onValue` takes `const T&` and, optionally, `const Freshness&`; `onError` takes
    /// `const ApiProblem&`. Returns the job, e.g. to abort it or follow its progress.
    template <typename OnValue, typename OnError>
    ApiJob* then(QObject* context, OnValue onValue, OnError onError)
    {
        QObject::connect(
            job_, &ApiJob::succeeded, context,
            [parse = parse_, onValue, onError](const QJsonDocument& body, const Freshness& freshness) {
                const auto value = parse(body);
                if (!value) {
                    onError(ApiProblem::transport(ApiProblem::Kind::BadResponse, {}));
                } else if constexpr (std::is_invocable_v<OnValue, const T&, const Freshness&>) {
                    onValue(*value, freshness);
                } else {
                    onValue(*value);
                }
            });
        QObject::connect(job_, &ApiJob::failed, context, onError);
        job_->start();
        return job_;
    }

    ApiJob* job() const { return job_; }

private:
    ApiJob* job_;
    Parser parse_;
};

inline std::optional<Done> ignoreBody(const QJsonDocument&)
{
    return Done{};
}

} // namespace aih::console
