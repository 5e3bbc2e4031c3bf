// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditLog.h"

#include "audit/AuditStore.h"
#include "crypto/SecretBox.h"
#include "http/Response.h"
#include "identity/PlatformTenant.h"
#include "util/JsonText.h"

#include <Poco/UUIDGenerator.h>

namespace aih::audit {
namespace {

/// A copy the caller's event does not share (metadata is a shared pointer).
Poco::JSON::Object::Ptr copyOf(const Poco::JSON::Object::Ptr& metadata)
{
    if (!metadata) {
        return new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    }
    return new Poco::JSON::Object(*metadata);
}

std::string jsonOf(const PersonalDetails& details)
{
    Poco::JSON::Object::Ptr object = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    for (const auto& [key, value] : details) {
        object->set(key, value);
    }
    return util::toJsonText(object);
}

} // namespace

std::string sealContext(std::string_view tenantId, std::string_view entryId, std::string_view role)
{
    return "aih audit entry|" + std::string(tenantId) + "|" + std::string(entryId) + "|" + std::string(role);
}

std::optional<std::string> AuditLog::subjectKey(db::Transaction& tx, const std::string& subjectId) const
{
    const auto wrapped =
        AuditStore::subjectKey(tx, subjectId, keys_.newWrappedSubjectKey(tx.tenantId(), subjectId));
    if (!wrapped) {
        return std::nullopt;
    }
    return keys_.unwrapSubjectKey(*wrapped, tx.tenantId(), subjectId);
}

void AuditLog::eraseSubject(db::Transaction& tx, const std::string& subjectId)
{
    AuditStore::lockChain(tx);
    AuditStore::eraseSubjectKey(tx, subjectId);
}

void AuditLog::record(db::Transaction& tx, const AuditEvent& event) const
{
    if (event.actor.type == ActorType::Operator) {
        recordOperatorAction(tx, event);
        return;
    }
    append(tx, event);
}

void AuditLog::recordOperatorAction(db::Transaction& tx, const AuditEvent& event) const
{
    const std::string platform(identity::platformTenantId);
    const auto touched = tx.tenantId();
    const bool named = !event.actor.operatorId.empty();

    // The platform's chain: who did it (the operator account, whose address is sealed under its
    // own key, so erasing the operator erases it) and to which tenant.
    auto onPlatform = event;
    onPlatform.actor.userId = event.actor.operatorId;
    onPlatform.metadata = copyOf(event.metadata);
    if (!named) {
        onPlatform.metadata->set("credential", "operator_token");
    }
    if (touched == platform) {
        append(tx, onPlatform);
        return;
    }
    if (touched.empty()) {
        tx.asTenant(platform, [&] { append(tx, onPlatform); });
        return;
    }
    onPlatform.metadata->set("tenant_id", touched);
    // A member's personal details stay in their tenant's chain, under their key there: the
    // platform's copy names them by id only, so erasing them in their tenant leaves nothing here.
    onPlatform.subjectDetails.clear();

    // The tenant's chain: that the platform acted, and which operator by id for the tenant to
    // quote; the operator's address is not the tenant's to keep.
    auto inTenant = event;
    inTenant.metadata = copyOf(event.metadata);
    if (named) {
        inTenant.metadata->set("operator_id", event.actor.operatorId);
        inTenant.origin.ip.clear();
        inTenant.origin.userAgent.clear();
    } else {
        inTenant.metadata->set("credential", "operator_token");
    }
    append(tx, inTenant);
    // Taken after the tenant's chain lock, always in this order, so two operator actions cannot
    // wait on each other's locks.
    tx.asTenant(platform, [&] { append(tx, onPlatform); });
}

void AuditLog::append(db::Transaction& tx, const AuditEvent& event) const
{
    AuditStore::lockChain(tx);
    const auto head = AuditStore::head(tx);

    ChainEntry e;
    e.tenantId = tx.tenantId();
    e.seq = head.seq + 1;
    e.id = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    e.occurredAtMicros = head.nextMicros;
    e.action = event.action;
    e.actorType = std::string(actorTypeName(event.actor.type));
    e.actorId = nullIfEmpty(event.actor.userId);
    e.actorRole = event.actor.role ? std::optional<std::string>(roleName(*event.actor.role)) : std::nullopt;
    e.apiKeyId = nullIfEmpty(event.actor.apiKeyId);
    e.subjectId = nullIfEmpty(event.subjectId);
    e.resourceType = nullIfEmpty(event.resourceType);
    e.resourceId = nullIfEmpty(event.resourceId);
    e.method = nullIfEmpty(event.origin.method);
    e.path = nullIfEmpty(event.origin.path);
    e.requestId = nullIfEmpty(event.origin.requestId);
    e.success = event.success;
    e.errorDetail = nullIfEmpty(event.errorDetail);
    if (event.metadata) {
        e.metadata = util::toJsonText(event.metadata);
    }

    // A request's address and user agent are personal data of a person: of the user acting, or,
    // when nobody is signed in, of the account the request was about (a failed sign-in may be
    // its owner mistyping, a sign-up is its owner). Sealed under that person's key, they go when
    // the person is erased. The operator's, the system's and unattributable callers' stay clear.
    PersonalDetails network;
    if (!event.origin.ip.empty()) {
        network["ip_address"] = event.origin.ip;
    }
    if (!event.origin.userAgent.empty()) {
        network["user_agent"] = event.origin.userAgent;
    }
    auto subjectDetails = event.subjectDetails;
    if (e.actorId) {
        if (const auto key = subjectKey(tx, *e.actorId); key && !network.empty()) {
            e.actorSealed = crypto::seal(jsonOf(network), *key, sealContext(e.tenantId, e.id, "actor"));
        }
    } else if (e.subjectId && event.actor.type == ActorType::Anonymous) {
        subjectDetails.insert(network.begin(), network.end());
    } else {
        e.ipAddress = nullIfEmpty(event.origin.ip);
        e.userAgent = nullIfEmpty(event.origin.userAgent);
    }
    if (e.subjectId && !subjectDetails.empty()) {
        if (const auto key = subjectKey(tx, *e.subjectId)) {
            e.subjectSealed =
                crypto::seal(jsonOf(subjectDetails), *key, sealContext(e.tenantId, e.id, "subject"));
        }
    }
    e.prevHash = head.hash;
    e.hash = entryHash(e);
    AuditStore::insert(tx, e);
}

} // namespace aih::audit
