// SPDX-License-Identifier: Apache-2.0
#include "scim/ScimDiscovery.h"

#include "scim/ScimResources.h"
#include "scim/ScimService.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

namespace aih::scim {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

// The attributes kept, as RFC 7643 §7 describes them. Others a provider sends are ignored.
constexpr const char* userSchemaJson = R"json({
  "id": "urn:ietf:params:scim:schemas:core:2.0:User", "name": "User", "description": "User Account",
  "attributes": [
    {"name": "userName", "type": "string", "multiValued": false, "required": true, "caseExact": false,
     "mutability": "readWrite", "returned": "default", "uniqueness": "server",
     "description": "The user's email address, unique within the tenant."},
    {"name": "name", "type": "complex", "multiValued": false, "required": false, "mutability": "readWrite",
     "returned": "default", "uniqueness": "none", "description": "Kept as one formatted name.",
     "subAttributes": [
       {"name": "formatted", "type": "string", "multiValued": false, "required": false, "caseExact": false,
        "mutability": "readWrite", "returned": "default", "uniqueness": "none"},
       {"name": "givenName", "type": "string", "multiValued": false, "required": false, "caseExact": false,
        "mutability": "writeOnly", "returned": "never", "uniqueness": "none"},
       {"name": "familyName", "type": "string", "multiValued": false, "required": false, "caseExact": false,
        "mutability": "writeOnly", "returned": "never", "uniqueness": "none"}]},
    {"name": "displayName", "type": "string", "multiValued": false, "required": false, "caseExact": false,
     "mutability": "readWrite", "returned": "default", "uniqueness": "none"},
    {"name": "active", "type": "boolean", "multiValued": false, "required": false, "mutability": "readWrite",
     "returned": "default", "description": "False ends the user's sessions and revokes their API keys at once."},
    {"name": "emails", "type": "complex", "multiValued": true, "required": false, "mutability": "readWrite",
     "returned": "default", "uniqueness": "none", "description": "One work address, the userName.",
     "subAttributes": [
       {"name": "value", "type": "string", "multiValued": false, "required": false, "caseExact": false,
        "mutability": "readWrite", "returned": "default", "uniqueness": "none"},
       {"name": "type", "type": "string", "multiValued": false, "required": false, "caseExact": false,
        "canonicalValues": ["work"], "mutability": "readOnly", "returned": "default", "uniqueness": "none"},
       {"name": "primary", "type": "boolean", "multiValued": false, "required": false,
        "mutability": "readOnly", "returned": "default"}]},
    {"name": "groups", "type": "complex", "multiValued": true, "required": false, "mutability": "readOnly",
     "returned": "default", "description": "Groups the user is a member of; change them on the Group.",
     "subAttributes": [
       {"name": "value", "type": "string", "multiValued": false, "required": false, "caseExact": true,
        "mutability": "readOnly", "returned": "default", "uniqueness": "none"},
       {"name": "display", "type": "string", "multiValued": false, "required": false, "caseExact": false,
        "mutability": "readOnly", "returned": "default", "uniqueness": "none"}]}
  ]})json";

constexpr const char* groupSchemaJson = R"json({
  "id": "urn:ietf:params:scim:schemas:core:2.0:Group", "name": "Group", "description": "Group",
  "attributes": [
    {"name": "displayName", "type": "string", "multiValued": false, "required": true, "caseExact": false,
     "mutability": "readWrite", "returned": "default", "uniqueness": "server",
     "description": "Matched against the role maps of the tenant's single sign-on connections."},
    {"name": "members", "type": "complex", "multiValued": true, "required": false, "mutability": "readWrite",
     "returned": "default",
     "subAttributes": [
       {"name": "value", "type": "string", "multiValued": false, "required": false, "caseExact": true,
        "mutability": "immutable", "returned": "default", "uniqueness": "none"},
       {"name": "display", "type": "string", "multiValued": false, "required": false, "caseExact": false,
        "mutability": "readOnly", "returned": "default", "uniqueness": "none"}]}
  ]})json";

Object::Ptr parse(const char* json)
{
    return Poco::JSON::Parser().parse(json).extract<Object::Ptr>();
}

Object::Ptr discoveryMeta(const char* type, const std::string& location)
{
    Object::Ptr out = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    out->set("resourceType", std::string(type));
    out->set("location", location);
    return out;
}

Object::Ptr supported(bool yes)
{
    Object::Ptr out = new Object;
    out->set("supported", yes);
    return out;
}

Object::Ptr list(const Array::Ptr& resources)
{
    Object::Ptr out = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    Array::Ptr schemas = new Array;
    schemas->add(std::string(listSchema));
    out->set("schemas", schemas);
    out->set("totalResults", static_cast<int>(resources->size()));
    out->set("itemsPerPage", static_cast<int>(resources->size()));
    out->set("startIndex", 1);
    out->set("Resources", resources);
    return out;
}

Object::Ptr schemaResource(const char* json, const std::string& baseUrl)
{
    auto schema = parse(json);
    schema->set("meta", discoveryMeta("Schema", baseUrl + "/Schemas/" + schema->getValue<std::string>("id")));
    return schema;
}

Object::Ptr resourceType(const char* name, const char* endpoint, const char* schema,
                         const std::string& baseUrl)
{
    Object::Ptr out = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    Array::Ptr schemas = new Array;
    schemas->add(std::string("urn:ietf:params:scim:schemas:core:2.0:ResourceType"));
    out->set("schemas", schemas);
    out->set("id", std::string(name));
    out->set("name", std::string(name));
    out->set("endpoint", std::string(endpoint));
    out->set("schema", std::string(schema));
    out->set("meta", discoveryMeta("ResourceType", baseUrl + "/ResourceTypes/" + name));
    return out;
}

} // namespace

Poco::JSON::Object::Ptr serviceProviderConfig(const std::string& baseUrl, const std::string& documentationUrl)
{
    Object::Ptr out = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    Array::Ptr schemas = new Array;
    schemas->add(std::string("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"));
    out->set("schemas", schemas);
    out->set("documentationUri", documentationUrl);
    out->set("patch", supported(true));
    out->set("bulk", [] {
        Object::Ptr bulk = supported(false);
        bulk->set("maxOperations", 0);
        bulk->set("maxPayloadSize", 0);
        return bulk;
    }());
    out->set("filter", [] {
        Object::Ptr filter = supported(true);
        filter->set("maxResults", static_cast<int>(ScimService::maxPageSize));
        return filter;
    }());
    out->set("changePassword", supported(false));
    out->set("sort", supported(false));
    out->set("etag", supported(false));
    Array::Ptr schemes = new Array;
    Object::Ptr bearer = new Object(Poco::JSON_PRESERVE_KEY_ORDER);
    bearer->set("type", std::string("oauthbearertoken"));
    bearer->set("name", std::string("SCIM bearer token"));
    bearer->set(
        "description",
        std::string("The tenant's SCIM token (POST /api/enterprise/sso/scim-token), as Authorization: "
                    "Bearer scim_..."));
    bearer->set("primary", true);
    schemes->add(bearer);
    out->set("authenticationSchemes", schemes);
    out->set("meta", discoveryMeta("ServiceProviderConfig", baseUrl + "/ServiceProviderConfig"));
    return out;
}

Poco::JSON::Object::Ptr schemasList(const std::string& baseUrl)
{
    Array::Ptr resources = new Array;
    resources->add(schemaResource(userSchemaJson, baseUrl));
    resources->add(schemaResource(groupSchemaJson, baseUrl));
    return list(resources);
}

Poco::JSON::Object::Ptr resourceTypesList(const std::string& baseUrl)
{
    Array::Ptr resources = new Array;
    resources->add(resourceType("User", "/Users", userSchema, baseUrl));
    resources->add(resourceType("Group", "/Groups", groupSchema, baseUrl));
    return list(resources);
}

} // namespace aih::scim
