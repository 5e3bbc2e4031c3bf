// SPDX-License-Identifier: Apache-2.0
#include "accounts/Notices.h"

#include "accounts/AccountMail.h"
#include "accounts/MailOutbox.h"
#include "accounts/TenantMail.h"
#include "time/Rfc3339.h"

#include <Poco/String.h>
#include <array>
#include <chrono>
#include <functional>
#include <optional>

namespace aih::accounts {
namespace {

// The admins, and with a user id also that user while active: the owner of a key.
constexpr db::Sql recipientsSql{"notices.recipients", R"sql(
    SELECT email FROM users
     WHERE (role = 'admin' OR id = $1::uuid) AND active AND erased_at IS NULL
     ORDER BY email
)sql"};

constexpr db::Sql languageSql{"notices.language", R"sql(
    SELECT coalesce(settings->>'language', 'en') AS language FROM tenants WHERE id = aih_current_tenant()
)sql"};

// A notice is of no use once its moment has passed; three days covers an outage of the mail relay.
constexpr std::chrono::seconds noticeValidFor{3 * 24 * 3600};

struct Notice
{
    std::string kind; ///< the outbox's kind, for the log
    std::function<MailContent(const std::string& language, const MailBrand& brand)> compose;
    std::optional<std::string> ownerId{}; ///< a user told beside the admins
    std::optional<std::string> dedupeKey{};
};

void send(db::Transaction& tx, const Notice& notice)
{
    // No link and so no portal origin: a logo needs an absolute address, so a notice has none.
    auto brand = tenantMailOf(tx, std::string()).brand;
    brand.logoUrl.clear();
    const auto language = tx.exec(languageSql).at(0)["language"].as<std::string>();
    const auto content = notice.compose(language, brand);
    for (const auto& row : tx.exec(recipientsSql, db::nullable(notice.ownerId))) {
        MailOutbox::enqueue(tx, {.kind = notice.kind,
                                 .recipient = row["email"].as<std::string>(),
                                 .senderName = brand.name,
                                 .subject = content.subject,
                                 .text = content.text,
                                 .html = content.html,
                                 .validFor = noticeValidFor,
                                 .dedupeKey = notice.dedupeKey});
    }
}

// 1234567 as "1,234,567": the mail goes to several languages, and a comma-grouped figure reads
// in all of them.
std::string grouped(long long number)
{
    const auto digits = std::to_string(number);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    for (std::size_t at = 0; at < digits.size(); ++at) {
        if (at > 0 && (digits.size() - at) % 3 == 0 && digits[at - 1] != '-') {
            out.push_back(',');
        }
        out.push_back(digits[at]);
    }
    return out;
}

// Stripe's zero-decimal currencies: their amounts are whole units already.
constexpr std::array<std::string_view, 16> zeroDecimal{"bif", "clp", "djf", "gnf", "jpy", "kmf",
                                                       "krw", "mga", "pyg", "rwf", "ugx", "vnd",
                                                       "vuv", "xaf", "xof", "xpf"};

} // namespace

std::string formatAmount(long long amount, const std::string& currency)
{
    const auto code = Poco::toLower(currency);
    const auto sign = amount < 0 ? std::string("-") : std::string();
    const auto magnitude = amount < 0 ? -amount : amount;
    std::string figure;
    if (std::ranges::find(zeroDecimal, code) != zeroDecimal.end()) {
        figure = std::to_string(magnitude);
    } else {
        const auto cents = magnitude % 100;
        figure = std::to_string(magnitude / 100) + (cents < 10 ? ".0" : ".") + std::to_string(cents);
    }
    return sign + figure + " " + Poco::toUpper(currency);
}

void mailQuotaThreshold(db::Transaction& tx, int threshold, long long used, int quota, long long periodEnd)
{
    auto end = time::formatSeconds(periodEnd);
    end = end.substr(0, 10) + " " + end.substr(11, 5); // 2027-01-01 00:00
    send(tx, {.kind = "usage_threshold", .compose = [&](const std::string& language, const MailBrand& brand) {
                  return quotaThresholdMail(language, brand, threshold, grouped(used), grouped(quota), end);
              }});
}

void mailKeyExpiring(db::Transaction& tx, const std::string& ownerId, const std::string& name,
                     const std::string& prefix, const std::string& expiresOn)
{
    send(tx, {.kind = "key_expiring",
              .compose =
                  [&](const std::string& language, const MailBrand& brand) {
                      return keyExpiringMail(language, brand, name, prefix, expiresOn);
                  },
              .ownerId = ownerId});
}

void mailPaymentFailed(db::Transaction& tx, const std::string& stripeEventId, const std::string& invoiceId,
                       long long amount, const std::string& currency, int attempt)
{
    send(tx, {.kind = "payment_failed",
              .compose =
                  [&](const std::string& language, const MailBrand& brand) {
                      return paymentFailedMail(language, brand, formatAmount(amount, currency), invoiceId,
                                               attempt);
                  },
              .dedupeKey =
                  stripeEventId.empty() ? std::nullopt : std::optional("payment.failed:" + stripeEventId)});
}

void mailChainBroken(db::Transaction& tx, long long seq, const std::string& reason)
{
    send(tx,
         {.kind = "audit_chain_broken",
          .compose = [&](const std::string& language,
                         const MailBrand& brand) { return chainBrokenMail(language, brand, seq, reason); },
          .dedupeKey = "audit.chain_broken:" + std::to_string(seq) + ":" + reason});
}

} // namespace aih::accounts
