// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/net/ApiClient.h"
#include "core/session/User.h"

#include <QDateTime>
#include <optional>

namespace aih::console {

struct NewUser
{
    QString email;
    QString name;
    Role role = Role::User;
    /// Empty: no account is made yet; the address is mailed an invitation to choose one.
    QString password;
};

/// An invitation not yet accepted or revoked.
struct PendingInvitation
{
    QString id;
    QString email;
    Role role = Role::User;
    bool expired = false;
    QDateTime expiresAt;

    static std::optional<PendingInvitation> fromJson(const QJsonObject& object);
};

/// What an erasure did: the audit entries that named the person now name a stand-in.
struct Erasure
{
    int auditEntriesPseudonymised = 0;
};

/// The calls of the Users page: `/api/enterprise/admin/users`, `.../invitations`, and the GDPR
/// export and erasure of a user (`/api/enterprise/gdpr/users/{id}/...`).
class UsersApi
{
public:
    explicit UsersApi(const ApiClient& client) : client_(client) {}

    /// Every user of the tenant (all pages), cached for offline reading.
    Pending<QList<User>> list() const;
    /// With a password only: without one, `invite` is the call.
    Pending<User> create(const NewUser& user) const;
    /// Mails the address an invitation; the answer is the invited address.
    Pending<QString> invite(const QString& email, Role role) const;
    Pending<User> changeRole(const QString& id, Role role) const;
    Pending<User> setActive(const QString& id, bool active) const;
    /// Mails the user the password-reset link; the admin never sees a password.
    Pending<Done> sendPasswordReset(const QString& id) const;
    /// All personal data the tenant holds about the user, as the server's JSON document.
    Pending<QJsonDocument> exportPersonalData(const QString& id) const;
    /// Erases the user's personal data for good; the account stays as an anonymous stand-in.
    Pending<Erasure> erasePersonalData(const QString& id) const;
    /// Ends every session of the user at once.
    Pending<Done> endSessions(const QString& id) const;

    Pending<QList<PendingInvitation>> invitations() const;
    /// A new link and expiry; the earlier link stops working.
    Pending<Done> resendInvitation(const QString& id) const;
    Pending<Done> revokeInvitation(const QString& id) const;

private:
    const ApiClient& client_;
};

} // namespace aih::console
