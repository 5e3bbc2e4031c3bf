// SPDX-License-Identifier: Apache-2.0
#include "accounts/Notices.h"

#include "accounts/AccountMail.h"
#include "accounts/MailOutbox.h"
#include "accounts/TenantMail.h"
#include "time/Rfc3339.h"

#include <Poco/String.h>
#include <algorithm>
#include <array>
#include <chrono>
#include <functional>
#include <optional>

namespace aih::accounts {
namespace {

// The active admins ($2), and with a user id also that user while active: the owner of a key.
constexpr db::Sql recipientsSql{"notices.recipients", R"sql(
    SELECT email FROM users
     WHERE ((role = 'admin' AND $2::boolean) OR id = $1::uuid) AND active AND erased_at IS NULL
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
    bool toAdmins = true;
    std::optional<std::string> ownerId{}; ///< a user told (beside the admins, if they are)
    std::optional<std::string> dedupeKey{};
};

void send(db::Transaction& tx, const Notice& notice)
{
    // No link and so no portal origin: a logo needs an absolute address, so a notice has none.
    auto brand = tenantMailOf(tx, std::string()).brand;
    brand.logoUrl.clear();
    const auto language = tx.exec(languageSql).at(0)["language"].as<std::string>();
    const auto content = notice.compose(language, brand);
    for (const auto& row : tx.exec(recipientsSql, db::nullable(notice.ownerId), notice.toAdmins)) {
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

// Stripe's zero-decimal currencies (amounts are whole units) and three-decimal ones (thousandths).
constexpr std::array<std::string_view, 16> zeroDecimal{"bif", "clp", "djf", "gnf", "jpy", "kmf",
                                                       "krw", "mga", "pyg", "rwf", "ugx", "vnd",
                                                       "vuv", "xaf", "xof", "xpf"};
constexpr std::array<std::string_view, 5> threeDecimal{"bhd", "jod", "kwd", "omr", "tnd"};

int decimalsOf(const std::string& code)
{
    if (std::ranges::find(zeroDecimal, code) != zeroDecimal.end()) {
        return 0;
    }
    return std::ranges::find(threeDecimal, code) != threeDecimal.end() ? 3 : 2;
}

} // namespace

std::string formatAmount(long long amount, const std::string& currency)
{
    const int decimals = decimalsOf(Poco::toLower(currency));
    // Unsigned, so that the most negative amount has a magnitude too.
    const auto magnitude =
        amount < 0 ? 0ULL - static_cast<unsigned long long>(amount) : static_cast<unsigned long long>(amount);
    auto digits = std::to_string(magnitude);
    if (decimals > 0) {
        const auto places = static_cast<std::size_t>(decimals);
        if (digits.size() <= places) {
            digits.insert(0, places + 1 - digits.size(), '0');
        }
        digits.insert(digits.size() - places, 1, '.');
    }
    std::string out(amount < 0 ? "-" : "");
    out.append(digits).append(" ").append(Poco::toUpper(currency));
    return out;
}

void mailQuotaThreshold(db::Transaction& tx, int threshold, long long used, int quota, long long periodEnd)
{
    auto end = time::formatSeconds(periodEnd);
    end = end.substr(0, 10) + " " + end.substr(11, 5); // 2027-01-01 00:00
    send(tx, {.kind = "usage_threshold", .compose = [&](const std::string& language, const MailBrand& brand) {
                  return quotaThresholdMail(language, brand, threshold, grouped(used), grouped(quota), end);
              }});
}

void mailKeyExpiring(db::Transaction& tx, const std::string& keyId, const std::string& ownerId,
                     const std::string& name, const std::string& prefix, const std::string& expiresOn)
{
    // The owner alone: any user may make keys and move their expiry, which must not become a way
    // to mail the admins at will. Once per key and expiry date, however often it is moved back.
    send(tx, {.kind = "key_expiring",
              .compose =
                  [&](const std::string& language, const MailBrand& brand) {
                      return keyExpiringMail(language, brand, name, prefix, expiresOn);
                  },
              .toAdmins = false,
              .ownerId = ownerId,
              .dedupeKey = "key.expiring:" + keyId + ":" + expiresOn});
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
