// SPDX-License-Identifier: Apache-2.0
#include "app/Signals.h"

#include <csignal>
#include <pthread.h>

namespace aih::app {
namespace {

sigset_t terminationSignals()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGHUP);
    return set;
}

} // namespace

void blockTerminationSignals()
{
    const auto set = terminationSignals();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

void waitForTerminationSignal()
{
    const auto set = terminationSignals();
    int received = 0;
    sigwait(&set, &received);
}

} // namespace aih::app
