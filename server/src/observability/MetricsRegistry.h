// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "observability/MetricsSource.h"

#include <string>
#include <vector>

namespace aih::observability {

/// Every source of this instance's metrics, in the order they are written. Filled once at
/// start-up, before serving; the sources must outlive it.
class MetricsRegistry
{
public:
    void add(const MetricsSource& source) { sources_.push_back(&source); }
    /// The Prometheus text exposition of every source.
    std::string render() const;

private:
    std::vector<const MetricsSource*> sources_;
};

} // namespace aih::observability
