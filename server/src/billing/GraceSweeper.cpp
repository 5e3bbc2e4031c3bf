// SPDX-License-Identifier: Apache-2.0
#include "billing/GraceSweeper.h"

#include "billing/BillingEvents.h"
#include "billing/BillingStore.h"
#include "billing/SubscriptionRules.h"
#include "logging/Logger.h"
#include "time/Clock.h"

#include <algorithm>

namespace aih::billing {
namespace {

const logging::Logger graceSweeperLogger("billing-grace");

// A quarter of the grace, so a downgrade lands at most that late, within sane bounds.
std::chrono::milliseconds intervalFor(std::chrono::seconds grace)
{
    const auto quarter = std::chrono::duration_cast<std::chrono::milliseconds>(grace) / 4;
    return std::clamp(quarter, std::chrono::milliseconds(250), std::chrono::milliseconds(60'000));
}

} // namespace

GraceSweeper::GraceSweeper(db::Database& database, std::chrono::seconds gracePeriod,
                           const audit::AuditLog& audit, db::Announce announce)
    : database_(database), audit_(audit), announce_(std::move(announce)), interval_(intervalFor(gracePeriod))
{
}

GraceSweeper::~GraceSweeper()
{
    stop();
}

void GraceSweeper::start()
{
    thread_ = std::thread([this] { run(); });
}

void GraceSweeper::stop()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) {
        thread_.join();
    }
}

int GraceSweeper::sweep()
{
    const auto expired =
        database_.inPlatform([](db::Transaction& tx) { return BillingStore::graceExpired(tx); });
    int downgraded = 0;
    for (const auto& tenantId : expired) {
        const int done = database_.inTenant(tenantId, [this](db::Transaction& tx) {
            const auto account = BillingStore::lock(tx);
            if (!graceExpired(account, static_cast<long long>(time::systemClock().nowSeconds()))) {
                return 0;
            }
            auto next = account;
            next.tier = Tier::Free;
            BillingStore::save(tx, next);
            Poco::JSON::Object::Ptr details = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
            details->set("subscription_id", account.subscriptionId);
            details->set("from_tier", std::string(tierName(account.tier)));
            details->set("to_tier", "free");
            details->set("past_due_since", account.pastDueSince);
            details->set("grace_ended_at", account.graceEndsAt);
            BillingEvents changes(audit_, systemCause());
            changes.add({"billing.grace_expired", "system", true, {}, 0, details});
            changes.write(tx);
            return 1;
        });
        if (done) {
            announce_(db::Change::tenant(tenantId));
        }
        downgraded += done;
    }
    return downgraded;
}

void GraceSweeper::run()
{
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        wake_.wait_for(lock, interval_, [this] { return stopping_; });
        if (stopping_) {
            break;
        }
        lock.unlock();
        try {
            sweep();
        } catch (const std::exception& error) {
            graceSweeperLogger.error(error.what());
        }
        lock.lock();
    }
}

} // namespace aih::billing
