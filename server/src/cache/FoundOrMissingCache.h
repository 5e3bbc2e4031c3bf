// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cache/InvalidatingCache.h"
#include "observability/Counter.h"

#include <functional>
#include <string>
#include <utility>

namespace aih::cache {

/// An InvalidatingCache for lookups that anyone can make up (API key ids, tenant names, host
/// names): what was found and what was not are kept apart, each with its own age and bound, so a
/// flood of made-up names fills (and, when full, empties) only the misses and never pushes out
/// the entries that real traffic depends on.
template <typename Value> class FoundOrMissingCache
{
public:
    using Clock = typename InvalidatingCache<Value>::Clock;
    using IsFound = std::function<bool(const Value&)>;

    struct Bound
    {
        typename Clock::duration maxAge;
        std::size_t maxEntries;
    };

    FoundOrMissingCache(Bound found, Bound missing, IsFound isFound)
        : found_(found.maxAge, found.maxEntries), missing_(missing.maxAge, missing.maxEntries),
          isFound_(std::move(isFound))
    {
    }

    /// The kept value for `key` (found or missing), or what `load()` returns, kept on its side.
    template <typename Load> Fetched<Value> get(const std::string& key, Load&& load)
    {
        auto innerSource = Source::Cache;
        auto fetched = found_.get(
            key,
            [&] {
                auto missing = missing_.get(
                    key,
                    [&] {
                        loads_.add();
                        return load();
                    },
                    [this](const Value& value) { return !isFound_(value); });
                innerSource = missing.source;
                return std::move(missing.value);
            },
            isFound_);
        if (fetched.source != Source::Cache && innerSource == Source::Cache) {
            fetched.source = Source::Cache; // a miss remembered on the other side
        }
        return fetched;
    }

    /// Changes a kept, found value in place; nothing if it is gone.
    template <typename Change> void update(const std::string& key, Change change)
    {
        found_.update(key, std::move(change));
    }

    void erase(const std::string& key)
    {
        found_.erase(key);
        missing_.erase(key);
    }

    template <typename Predicate> void eraseIf(Predicate matches)
    {
        found_.eraseIf(matches);
        missing_.eraseIf(matches);
    }

    void clear()
    {
        found_.clear();
        missing_.clear();
    }

    /// Lookups answered without loading, and loads (for /metrics).
    std::uint64_t hits() const { return found_.hits() + found_.misses() - loads_.value(); }
    std::uint64_t misses() const { return loads_.value(); }

private:
    InvalidatingCache<Value> found_;
    InvalidatingCache<Value> missing_;
    IsFound isFound_;
    observability::Counter loads_;
};

} // namespace aih::cache
