// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observability/Counter.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <utility>

namespace aih::cache {

/// Where a value handed out by InvalidatingCache::get came from.
enum class Source
{
    Cache,         ///< a kept entry, still young enough
    LoadedAndKept, ///< loaded now, and kept for the next caller
    LoadedNotKept, ///< loaded now, but a change was announced meanwhile, so it may predate it
};

template <typename Value> struct Fetched
{
    Value value;
    Source source;
};

/// The one per-instance cache of database reads that the change listener invalidates (tenant
/// plans, API keys, the content catalogue, tenant names). Reads share a lock; a miss loads
/// outside it. Any invalidation while a load runs bumps a generation, and a value loaded across
/// one is handed out but not kept, so a cache never keeps what a committed change made stale.
/// Entries also expire after `maxAge` as a safety net, and the cache empties itself when full
/// rather than growing without bound.
template <typename Value> class InvalidatingCache
{
public:
    using Clock = std::chrono::steady_clock;
    /// How long a value may be kept; lets some values (a miss, say) expire sooner than others.
    using AgeLimit = std::function<Clock::duration(const Value&)>;

    InvalidatingCache(Clock::duration maxAge, std::size_t maxEntries, AgeLimit ageLimit = {})
        : maxAge_(maxAge), maxEntries_(maxEntries), ageLimit_(std::move(ageLimit))
    {
    }

    /// The kept value for `key`, or what `load()` returns.
    template <typename Load> Fetched<Value> get(const std::string& key, Load&& load)
    {
        return get(key, std::forward<Load>(load), [](const Value&) { return true; });
    }

    /// The same, keeping a loaded value only if `worthKeeping(value)` says so.
    template <typename Load, typename Keep>
    Fetched<Value> get(const std::string& key, Load&& load, Keep&& worthKeeping)
    {
        std::uint64_t generation = 0;
        {
            std::shared_lock lock(mutex_);
            if (const auto it = entries_.find(key); it != entries_.end() && isFresh(it->second)) {
                hits_.add();
                return {it->second.value, Source::Cache};
            }
            generation = generation_;
        }
        misses_.add();
        Value loaded = load();
        std::unique_lock lock(mutex_);
        if (generation != generation_ || !worthKeeping(loaded)) {
            return {std::move(loaded), Source::LoadedNotKept};
        }
        keep(key, loaded);
        return {std::move(loaded), Source::LoadedAndKept};
    }

    /// Keeps a value learned elsewhere (another cache loaded it on the way).
    void put(const std::string& key, const Value& value)
    {
        std::unique_lock lock(mutex_);
        keep(key, value);
    }

    /// Changes a kept value in place (a fact learned about it since); nothing if it is gone.
    template <typename Change> void update(const std::string& key, Change change)
    {
        std::unique_lock lock(mutex_);
        if (const auto it = entries_.find(key); it != entries_.end()) {
            change(it->second.value);
        }
    }

    void erase(const std::string& key)
    {
        std::unique_lock lock(mutex_);
        ++generation_;
        entries_.erase(key);
    }

    /// Drops every entry whose value matches (all keys of a deactivated user, say).
    template <typename Predicate> void eraseIf(Predicate matches)
    {
        std::unique_lock lock(mutex_);
        ++generation_;
        std::erase_if(entries_, [&](const auto& entry) { return matches(entry.second.value); });
    }

    void clear()
    {
        std::unique_lock lock(mutex_);
        ++generation_;
        entries_.clear();
    }

    std::uint64_t hits() const { return hits_.value(); }
    std::uint64_t misses() const { return misses_.value(); }

private:
    struct Entry
    {
        Value value;
        Clock::time_point loadedAt;
    };

    bool isFresh(const Entry& entry) const
    {
        const auto limit = ageLimit_ ? ageLimit_(entry.value) : maxAge_;
        return Clock::now() - entry.loadedAt < limit;
    }

    void keep(const std::string& key, const Value& value)
    {
        if (entries_.size() >= maxEntries_ && !entries_.contains(key)) {
            entries_.clear();
        }
        entries_.insert_or_assign(key, Entry{value, Clock::now()});
    }

    Clock::duration maxAge_;
    std::size_t maxEntries_;
    AgeLimit ageLimit_;
    mutable std::shared_mutex mutex_;
    std::unordered_map<std::string, Entry> entries_;
    std::uint64_t generation_ = 0;
    observability::Counter hits_;
    observability::Counter misses_;
};

} // namespace aih::cache
