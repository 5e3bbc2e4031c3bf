// SPDX-License-Identifier: Apache-2.0
#include "scim/ScimRequests.h"

#include "aih/Validation.h"
#include "http/JsonLimits.h"
#include "scim/ScimError.h"
#include "scim/ScimFilter.h"
#include "scim/ScimResources.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>
#include <Poco/String.h>
#include <algorithm>
#include <functional>

namespace aih::scim {
namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

constexpr std::size_t maxOperations = 100;
constexpr std::size_t maxMembers = 1000;

[[noreturn]] void invalid(const std::string& type, const std::string& detail)
{
    throw ScimError(400, type, detail);
}

std::string textOf(const Var& value, const std::string& attribute, std::size_t maxBytes = 255)
{
    if (!value.isString()) {
        invalid("invalidValue", attribute + " must be a string");
    }
    auto text = value.extract<std::string>();
    if (text.size() > maxBytes) {
        invalid("invalidValue", attribute + " is longer than " + std::to_string(maxBytes) + " bytes");
    }
    return text;
}

/// Entra ID sends booleans as the strings "True" and "False".
bool booleanOf(const Var& value, const std::string& attribute)
{
    if (value.isBoolean()) {
        return value.extract<bool>();
    }
    if (value.isString()) {
        const auto text = Poco::toLower(value.extract<std::string>());
        if (text == "true" || text == "false") {
            return text == "true";
        }
    }
    invalid("invalidValue", attribute + " must be true or false");
}

std::string emailOf(const std::string& text)
{
    if (!isValidEmail(text)) {
        invalid("invalidValue", "userName must be an email address");
    }
    return text;
}

/// The primary (else the first) address of an `emails` array.
std::string primaryEmail(const Array& emails)
{
    std::string first;
    for (unsigned i = 0; i < emails.size() && i < 20; ++i) {
        const auto email = emails.getObject(i);
        if (!email || !email->get("value").isString()) {
            continue;
        }
        auto value = email->getValue<std::string>("value");
        if (email->get("primary").isBoolean() && email->getValue<bool>("primary")) {
            return value;
        }
        if (first.empty()) {
            first = value;
        }
    }
    return first;
}

std::string nameOf(const Object& name)
{
    if (name.get("formatted").isString() && !name.getValue<std::string>("formatted").empty()) {
        return textOf(name.get("formatted"), "name.formatted");
    }
    std::string given =
        name.get("givenName").isString() ? textOf(name.get("givenName"), "name.givenName") : "";
    const std::string family =
        name.get("familyName").isString() ? textOf(name.get("familyName"), "name.familyName") : "";
    if (!given.empty() && !family.empty()) {
        given += ' ';
    }
    return given + family;
}

std::vector<std::string> memberIdsOf(const Var& value)
{
    if (value.isEmpty()) {
        return {};
    }
    if (value.type() != typeid(Array::Ptr)) {
        invalid("invalidValue", "members must be an array");
    }
    const auto& members = value.extract<Array::Ptr>();
    if (members->size() > maxMembers) {
        throw ScimError(400, "tooMany", "a group takes at most 1000 members in one request");
    }
    std::vector<std::string> ids;
    for (unsigned i = 0; i < members->size(); ++i) {
        const auto member = members->getObject(i);
        if (!member) {
            invalid("invalidValue", "each member must be an object with a value");
        }
        ids.push_back(textOf(member->get("value"), "members.value", 64));
    }
    return ids;
}

/// Sets one attribute of a user from a PATCH (lower-case path, as the filter parser writes them).
void setUserAttribute(UserDraft& draft, const std::string& path, const Var& value, std::string& given,
                      std::string& family)
{
    if (path == "active") {
        draft.active = booleanOf(value, "active");
    } else if (path == "username" || path == "emails.value" || path == "emails[type eq \"work\"].value") {
        draft.email = emailOf(textOf(value, "userName", 254));
    } else if (path == "emails") {
        if (value.type() != typeid(Array::Ptr)) {
            invalid("invalidValue", "emails must be an array");
        }
        draft.email = emailOf(primaryEmail(*value.extract<Array::Ptr>()));
    } else if (path == "displayname" || path == "name.formatted") {
        draft.name = textOf(value, path);
    } else if (path == "name.givenname") {
        given = textOf(value, path);
    } else if (path == "name.familyname") {
        family = textOf(value, path);
    } else if (path == "name") {
        if (value.type() != typeid(Object::Ptr)) {
            invalid("invalidValue", "name must be an object");
        }
        draft.name = nameOf(*value.extract<Object::Ptr>());
    } else if (path == "externalid") {
        draft.externalId = textOf(value, "externalId");
    } else if (path.rfind("urn:", 0) == 0 || path == "title" || path == "locale" ||
               path == "preferredlanguage" || path == "phonenumbers" || path == "addresses" ||
               path == "nickname" || path == "timezone" || path == "usertype") {
        // Attributes and extensions this server does not keep: accepted and ignored (RFC 7644 §3.3).
    } else {
        invalid("invalidPath", "cannot change " + path);
    }
}

std::string operationOf(const Object& operation)
{
    if (!operation.get("op").isString()) {
        invalid("invalidSyntax", "each operation needs an op");
    }
    auto op = Poco::toLower(operation.getValue<std::string>("op"));
    if (op != "add" && op != "replace" && op != "remove") {
        invalid("invalidSyntax", "op must be add, replace or remove");
    }
    return op;
}

std::string pathOf(const Object& operation)
{
    if (operation.get("path").isEmpty()) {
        return {};
    }
    return Poco::toLower(textOf(operation.get("path"), "path", 512));
}

/// One step of a PatchOp: its op (lower case), path (lower case, empty when none) and value.
using OperationStep = std::function<void(const std::string& op, const std::string& path, const Var& value)>;

/// Checks a PatchOp's shape (RFC 7644 §3.5.2) and hands each operation to `step`, in order.
void forEachOperation(const Object& body, const OperationStep& step)
{
    const auto operations = body.getArray("Operations");
    if (!operations || operations->size() == 0) {
        invalid("invalidSyntax", "a PATCH needs an Operations array");
    }
    if (operations->size() > maxOperations) {
        throw ScimError(400, "tooMany", "at most 100 operations in one PATCH");
    }
    for (unsigned i = 0; i < operations->size(); ++i) {
        const auto operation = operations->getObject(i);
        if (!operation) {
            invalid("invalidSyntax", "each operation must be an object");
        }
        step(operationOf(*operation), pathOf(*operation), operation->get("value"));
    }
}

/// The member id of a `members[value eq "…"]` path.
std::string memberFilterId(const std::string& path)
{
    const auto open = path.find('[');
    if (path.rfind("members[", 0) != 0 || path.back() != ']') {
        invalid("invalidPath", "cannot change " + path);
    }
    try {
        const auto filter = parseScimFilter(path.substr(open + 1, path.size() - open - 2));
        const auto* id = std::get_if<std::string>(&filter.value);
        if (filter.kind != FilterNode::Kind::Comparison || filter.attribute != "value" ||
            filter.op != FilterOperator::Equal || id == nullptr) {
            invalid("invalidFilter", "members can only be picked by value eq");
        }
        return *id;
    } catch (const ScimFilterError& error) {
        invalid("invalidFilter", error.what());
    }
}

} // namespace

Poco::JSON::Object::Ptr parseScimBody(std::string_view text)
{
    try {
        http::checkJsonWithinLimits(text);
        auto body = Poco::JSON::Parser().parse(std::string(text)).extract<Object::Ptr>();
        if (body) {
            return body;
        }
    } catch (const std::exception&) {
        // Fall through to one answer for every way the body is not a JSON object.
    }
    invalid("invalidSyntax", "the body must be a JSON object");
}

UserDraft userDraftOf(const Poco::JSON::Object& body)
{
    UserDraft draft;
    std::string email = body.get("userName").isString() ? body.getValue<std::string>("userName") : "";
    if (!isValidEmail(email) && body.getArray("emails")) {
        email = primaryEmail(*body.getArray("emails"));
    }
    draft.email = emailOf(email);
    if (const auto name = body.getObject("name")) {
        draft.name = nameOf(*name);
    }
    if (!body.get("displayName").isEmpty()) {
        const auto displayName = textOf(body.get("displayName"), "displayName");
        if (draft.name.empty()) {
            draft.name = displayName;
        }
    }
    if (!body.get("externalId").isEmpty()) {
        draft.externalId = textOf(body.get("externalId"), "externalId");
    }
    if (!body.get("active").isEmpty()) {
        draft.active = booleanOf(body.get("active"), "active");
    }
    return draft;
}

GroupDraft groupDraftOf(const Poco::JSON::Object& body)
{
    GroupDraft draft;
    draft.displayName = textOf(body.get("displayName"), "displayName");
    if (draft.displayName.empty()) {
        invalid("invalidValue", "displayName must not be empty");
    }
    if (!body.get("externalId").isEmpty()) {
        draft.externalId = textOf(body.get("externalId"), "externalId");
    }
    draft.memberIds = memberIdsOf(body.get("members"));
    return draft;
}

void applyUserPatch(UserDraft& draft, const Poco::JSON::Object& body)
{
    std::string given;
    std::string family;
    forEachOperation(body, [&](const std::string& op, const std::string& path, const Var& value) {
        if (op == "remove") {
            if (path == "externalid") {
                draft.externalId.clear();
            } else if (path == "displayname" || path == "name" || path.rfind("name.", 0) == 0) {
                draft.name.clear();
            } else {
                throw ScimError(400, "mutability",
                                "cannot remove " + (path.empty() ? "without a path" : path));
            }
            return;
        }
        if (!path.empty()) {
            setUserAttribute(draft, path, value, given, family);
            return;
        }
        if (value.type() != typeid(Object::Ptr)) {
            invalid("invalidSyntax", "an operation without a path needs an object value");
        }
        for (const auto& [key, attribute] : *value.extract<Object::Ptr>()) {
            setUserAttribute(draft, Poco::toLower(key), attribute, given, family);
        }
    });
    if (!given.empty() || !family.empty()) {
        draft.name = given + (given.empty() || family.empty() ? "" : " ") + family;
    }
}

void applyGroupPatch(GroupDraft& draft, const Poco::JSON::Object& body)
{
    const auto add = [&](const std::vector<std::string>& ids) {
        for (const auto& id : ids) {
            if (std::ranges::find(draft.memberIds, id) == draft.memberIds.end()) {
                draft.memberIds.push_back(id);
            }
        }
    };
    const auto drop = [&](const std::string& id) { std::erase(draft.memberIds, id); };
    forEachOperation(body, [&](const std::string& op, const std::string& path, const Var& value) {
        if (path == "members") {
            const auto ids = memberIdsOf(value);
            if (op == "add") {
                add(ids);
            } else if (op == "replace") {
                draft.memberIds.clear();
                add(ids);
            } else if (value.isEmpty()) {
                draft.memberIds.clear();
            } else {
                std::ranges::for_each(ids, drop);
            }
        } else if (path.rfind("members[", 0) == 0 && op == "remove") {
            drop(memberFilterId(path));
        } else if (op == "remove") {
            throw ScimError(400, "mutability", "cannot remove " + (path.empty() ? "without a path" : path));
        } else if (path == "displayname") {
            draft.displayName = textOf(value, "displayName");
        } else if (path == "externalid") {
            draft.externalId = textOf(value, "externalId");
        } else if (path.empty() && value.type() == typeid(Object::Ptr)) {
            const auto& object = value.extract<Object::Ptr>();
            if (!object->get("displayName").isEmpty()) {
                draft.displayName = textOf(object->get("displayName"), "displayName");
            }
            if (!object->get("externalId").isEmpty()) {
                draft.externalId = textOf(object->get("externalId"), "externalId");
            }
            if (!object->get("members").isEmpty()) {
                add(memberIdsOf(object->get("members")));
            }
        } else {
            invalid("invalidPath", "cannot change " + (path.empty() ? "without a path" : path));
        }
    });
    if (draft.displayName.empty()) {
        invalid("invalidValue", "displayName must not be empty");
    }
}

} // namespace aih::scim
