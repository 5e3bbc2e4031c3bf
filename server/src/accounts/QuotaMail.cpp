// SPDX-License-Identifier: Apache-2.0
#include "accounts/QuotaMail.h"

#include "accounts/MailOutbox.h"
#include "accounts/TenantMail.h"
#include "time/Rfc3339.h"

#include <chrono>

namespace aih::accounts {
namespace {

constexpr db::Sql adminsSql{"quota_mail.admins", R"sql(
    SELECT email FROM users WHERE role = 'admin' AND active AND erased_at IS NULL ORDER BY email
)sql"};

constexpr db::Sql languageSql{"quota_mail.language", R"sql(
    SELECT coalesce(settings->>'language', 'en') AS language FROM tenants WHERE id = aih_current_tenant()
)sql"};

// A notice about this period is of no use once the next has begun; three days covers an outage.
constexpr std::chrono::seconds noticeValidFor{3 * 24 * 3600};

// 1234567 as "1,234,567": the mail goes to several languages, and a comma-grouped figure reads
// in all of them.
std::string grouped(long long number)
{
    auto digits = std::to_string(number);
    for (auto at = static_cast<long long>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<std::size_t>(at), ",");
    }
    return digits;
}

} // namespace

void mailQuotaThreshold(db::Transaction& tx, int threshold, long long used, int quota, long long periodEnd)
{
    // No link and so no portal origin: a logo needs an absolute address, so this notice has none.
    auto brand = tenantMailOf(tx, std::string()).brand;
    brand.logoUrl.clear();
    const auto language = tx.exec(languageSql).at(0)["language"].as<std::string>();
    auto end = time::formatSeconds(periodEnd);
    end = end.substr(0, 10) + " " + end.substr(11, 5); // 2027-01-01 00:00
    const auto content = quotaThresholdMail(language, brand, threshold, grouped(used), grouped(quota), end);
    for (const auto& row : tx.exec(adminsSql)) {
        MailOutbox::enqueue(tx, {.kind = "usage_threshold",
                                 .recipient = row["email"].as<std::string>(),
                                 .senderName = brand.name,
                                 .subject = content.subject,
                                 .text = content.text,
                                 .html = content.html,
                                 .validFor = noticeValidFor});
    }
}

} // namespace aih::accounts
