// SPDX-License-Identifier: Apache-2.0
#include "audit/EntryView.h"

#include "audit/AuditLog.h"
#include "crypto/Hex.h"
#include "crypto/SecretBox.h"

#include <Poco/JSON/Parser.h>

namespace aih::audit {
namespace {

Poco::Dynamic::Var orNull(const std::optional<std::string>& value)
{
    return value ? Poco::Dynamic::Var(*value) : Poco::Dynamic::Var();
}

/// Opens one sealed field; nothing (and `erased` set) when its key is gone.
std::optional<PersonalDetails> unseal(const ChainEntry& e, const std::optional<std::string>& sealed,
                                      const std::optional<std::string>& wrappedKey,
                                      const std::optional<std::string>& subjectId, std::string_view role,
                                      const AuditKeys& keys, bool& erased)
{
    if (!sealed || !subjectId) {
        return std::nullopt;
    }
    std::optional<std::string> plaintext;
    if (wrappedKey) {
        if (const auto key = keys.unwrapSubjectKey(*wrappedKey, e.tenantId, *subjectId)) {
            plaintext = crypto::open(*sealed, *key, sealContext(e.tenantId, e.id, role));
        }
    }
    if (!plaintext) {
        erased = true;
        return std::nullopt;
    }
    PersonalDetails details;
    try {
        const auto object = Poco::JSON::Parser().parse(*plaintext).extract<Poco::JSON::Object::Ptr>();
        for (const auto& [key, value] : *object) {
            details[key] = value.toString();
        }
    } catch (const Poco::Exception&) {
        erased = true;
        return std::nullopt;
    }
    return details;
}

} // namespace

EntryView openEntry(const StoredEntry& stored, const AuditKeys& keys)
{
    const auto& e = stored.entry;
    EntryView view;
    view.entry = &e;
    view.ipAddress = e.ipAddress;
    view.userAgent = e.userAgent;
    view.actorEmail = stored.actorEmail;
    view.actorName = stored.actorName;
    if (const auto network =
            unseal(e, e.actorSealed, stored.actorKey, e.actorId, "actor", keys, view.actorErased)) {
        if (const auto it = network->find("ip_address"); it != network->end()) {
            view.ipAddress = it->second;
        }
        if (const auto it = network->find("user_agent"); it != network->end()) {
            view.userAgent = it->second;
        }
    }
    if (auto details =
            unseal(e, e.subjectSealed, stored.subjectKey, e.subjectId, "subject", keys, view.subjectErased)) {
        // With no user acting, the request's origin was sealed with the subject's details.
        const auto take = [&](const char* name, std::optional<std::string>& field) {
            if (const auto it = details->find(name); it != details->end()) {
                field = it->second;
                details->erase(it);
            }
        };
        take("ip_address", view.ipAddress);
        take("user_agent", view.userAgent);
        view.subjectDetails = std::move(*details);
    }
    return view;
}

Poco::JSON::Object::Ptr metadataOf(const ChainEntry& entry)
{
    if (entry.metadata) {
        try {
            return Poco::JSON::Parser().parse(*entry.metadata).extract<Poco::JSON::Object::Ptr>();
        } catch (const Poco::Exception&) {
            // Stored metadata always came from our serialiser; a row edited behind our back
            // shows up in verify, not as a failed read.
        }
    }
    return new Poco::JSON::Object;
}

Poco::JSON::Object::Ptr toJson(const EntryView& view)
{
    const auto& e = *view.entry;
    Poco::JSON::Object::Ptr out = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("id", e.id);
    out->set("seq", e.seq);
    out->set("occurred_at", timestampText(e.occurredAtMicros));
    out->set("action", e.action);
    out->set("success", e.success);
    out->set("error_detail", orNull(e.errorDetail));
    Poco::JSON::Object::Ptr actor = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    actor->set("type", e.actorType);
    actor->set("user_id", orNull(e.actorId));
    actor->set("api_key_id", orNull(e.apiKeyId));
    actor->set("role", orNull(e.actorRole));
    actor->set("email", orNull(view.actorEmail));
    actor->set("name", orNull(view.actorName));
    actor->set("personal_data_erased", view.actorErased);
    out->set("actor", actor);
    Poco::JSON::Object::Ptr resource = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
    resource->set("type", orNull(e.resourceType));
    resource->set("id", orNull(e.resourceId));
    out->set("resource", resource);
    if (e.subjectId) {
        Poco::JSON::Object::Ptr subject = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        subject->set("user_id", *e.subjectId);
        for (const auto& [key, value] : view.subjectDetails) {
            subject->set(key, value);
        }
        subject->set("personal_data_erased", view.subjectErased);
        out->set("subject", subject);
    } else {
        out->set("subject", Poco::Dynamic::Var());
    }
    out->set("ip_address", orNull(view.ipAddress));
    out->set("user_agent", orNull(view.userAgent));
    out->set("method", orNull(e.method));
    out->set("path", orNull(e.path));
    out->set("request_id", orNull(e.requestId));
    out->set("metadata", metadataOf(e));
    out->set("prev_hash", crypto::toHex(e.prevHash));
    out->set("hash", crypto::toHex(e.hash));
    return out;
}

} // namespace aih::audit
