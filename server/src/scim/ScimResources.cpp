// SPDX-License-Identifier: Apache-2.0
#include "scim/ScimResources.h"

#include <Poco/JSON/Array.h>

namespace aih::scim {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr orderedObject()
{
    return new Object(Poco::JSON_PRESERVE_KEY_ORDER);
}

Array::Ptr schemas(const char* schema)
{
    Array::Ptr list = new Array;
    list->add(std::string(schema));
    return list;
}

Object::Ptr meta(const char* type, const std::string& created, const std::string& modified,
                 const std::string& location)
{
    auto out = orderedObject();
    out->set("resourceType", std::string(type));
    out->set("created", created);
    out->set("lastModified", modified);
    out->set("location", location);
    return out;
}

Array::Ptr refs(const std::vector<ScimRef>& items, const std::string& baseUrl, const char* collection)
{
    Array::Ptr list = new Array;
    for (const auto& item : items) {
        auto ref = orderedObject();
        ref->set("value", item.id);
        ref->set("display", item.display);
        ref->set("$ref", baseUrl + "/" + collection + "/" + item.id);
        list->add(ref);
    }
    return list;
}

std::vector<FilterValue> text(const std::string& value)
{
    return value.empty() ? std::vector<FilterValue>{} : std::vector<FilterValue>{value};
}

std::vector<FilterValue> refValues(const std::vector<ScimRef>& items, bool display)
{
    std::vector<FilterValue> values;
    values.reserve(items.size());
    for (const auto& item : items) {
        values.emplace_back(display ? item.display : item.id);
    }
    return values;
}

} // namespace

Poco::JSON::Object::Ptr toJson(const ScimUser& user, const std::string& baseUrl)
{
    auto out = orderedObject();
    out->set("schemas", schemas(userSchema));
    out->set("id", user.id);
    if (!user.externalId.empty()) {
        out->set("externalId", user.externalId);
    }
    out->set("userName", user.email);
    auto name = orderedObject();
    name->set("formatted", user.name);
    out->set("name", name);
    out->set("displayName", user.name.empty() ? user.email : user.name);
    out->set("active", user.active);
    Array::Ptr emails = new Array;
    auto email = orderedObject();
    email->set("value", user.email);
    email->set("type", std::string("work"));
    email->set("primary", true);
    emails->add(email);
    out->set("emails", emails);
    out->set("groups", refs(user.groups, baseUrl, "Groups"));
    out->set("meta", meta("User", user.createdAt, user.updatedAt, baseUrl + "/Users/" + user.id));
    return out;
}

Poco::JSON::Object::Ptr toJson(const ScimGroup& group, const std::string& baseUrl)
{
    auto out = orderedObject();
    out->set("schemas", schemas(groupSchema));
    out->set("id", group.id);
    if (!group.externalId.empty()) {
        out->set("externalId", group.externalId);
    }
    out->set("displayName", group.displayName);
    out->set("members", refs(group.members, baseUrl, "Users"));
    out->set("meta", meta("Group", group.createdAt, group.updatedAt, baseUrl + "/Groups/" + group.id));
    return out;
}

AttributeValues attributesOf(const ScimUser& user)
{
    return [&user](const std::string& path) -> std::vector<FilterValue> {
        if (path == "id") {
            return {user.id};
        }
        if (path == "externalid") {
            return text(user.externalId);
        }
        if (path == "username" || path == "emails" || path == "emails.value") {
            return {user.email};
        }
        if (path == "displayname") {
            return {user.name.empty() ? user.email : user.name};
        }
        if (path == "name.formatted") {
            return text(user.name);
        }
        if (path == "active") {
            return {user.active};
        }
        if (path == "emails.type") {
            return {std::string("work")};
        }
        if (path == "emails.primary") {
            return {true};
        }
        if (path == "groups" || path == "groups.value") {
            return refValues(user.groups, false);
        }
        if (path == "groups.display") {
            return refValues(user.groups, true);
        }
        if (path == "meta.created") {
            return {user.createdAt};
        }
        if (path == "meta.lastmodified") {
            return {user.updatedAt};
        }
        return {};
    };
}

AttributeValues attributesOf(const ScimGroup& group)
{
    return [&group](const std::string& path) -> std::vector<FilterValue> {
        if (path == "id") {
            return {group.id};
        }
        if (path == "externalid") {
            return text(group.externalId);
        }
        if (path == "displayname") {
            return {group.displayName};
        }
        if (path == "members" || path == "members.value") {
            return refValues(group.members, false);
        }
        if (path == "members.display") {
            return refValues(group.members, true);
        }
        if (path == "meta.created") {
            return {group.createdAt};
        }
        if (path == "meta.lastmodified") {
            return {group.updatedAt};
        }
        return {};
    };
}

} // namespace aih::scim
