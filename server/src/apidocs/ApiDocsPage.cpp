// SPDX-License-Identifier: Apache-2.0
#include "apidocs/ApiDocsPage.h"

#include "branding/HtmlTemplate.h"
#include "util/MarkupEscape.h"

#include <Poco/JSON/Array.h>
#include <array>
#include <map>
#include <vector>

namespace aih::apidocs {
namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::string textOf(const Object::Ptr& object, const std::string& key)
{
    return object && object->has(key) ? object->getValue<std::string>(key) : std::string();
}

/// Prose from the document (CommonMark in OpenAPI) as HTML: escaped, with `code spans` marked up,
/// since they are most of the markup the document uses; anything else shows as written.
std::string prose(const std::string& text)
{
    std::string out;
    std::size_t at = 0;
    for (;;) {
        const auto open = text.find('`', at);
        const auto close = open == std::string::npos ? std::string::npos : text.find('`', open + 1);
        if (close == std::string::npos) {
            return out + util::escapeMarkup(std::string_view(text).substr(at));
        }
        out += util::escapeMarkup(std::string_view(text).substr(at, open - at)) + "<code>" +
               util::escapeMarkup(std::string_view(text).substr(open + 1, close - open - 1)) + "</code>";
        at = close + 1;
    }
}

std::string refName(const std::string& ref)
{
    return ref.substr(ref.rfind('/') + 1);
}

/// A schema in a few words: a link for a reference, "array of X", "X or null", the enum values.
std::string typeOf(const Object::Ptr& schema)
{
    if (!schema) {
        return "any";
    }
    if (schema->has("$ref")) {
        const auto name = util::escapeMarkup(refName(textOf(schema, "$ref")));
        return "<a href=\"#schema-" + name + "\">" + name + "</a>";
    }
    for (const char* combiner : {"oneOf", "anyOf"}) {
        if (const auto options = schema->getArray(combiner)) {
            std::string out;
            for (std::size_t i = 0; i < options->size(); ++i) {
                out += (i ? " or " : "") + typeOf(options->getObject(static_cast<unsigned>(i)));
            }
            return out;
        }
    }
    std::string type;
    if (const auto types = schema->getArray("type")) {
        for (std::size_t i = 0; i < types->size(); ++i) {
            type += (i ? " or " : "") +
                    util::escapeMarkup(types->getElement<std::string>(static_cast<unsigned>(i)));
        }
    } else {
        type = schema->has("type") ? util::escapeMarkup(textOf(schema, "type")) : "any";
    }
    if (type == "array") {
        return "array of " + typeOf(schema->getObject("items"));
    }
    if (schema->has("format")) {
        type += " (" + util::escapeMarkup(textOf(schema, "format")) + ")";
    }
    if (const auto values = schema->getArray("enum")) {
        std::string list;
        for (std::size_t i = 0; i < values->size(); ++i) {
            // A nullable enum lists null, which has no text of its own.
            const auto value = values->get(static_cast<unsigned>(i));
            list += (i ? ", " : "") +
                    (value.isEmpty() ? std::string("null") : util::escapeMarkup(value.toString()));
        }
        type += ": " + list;
    }
    return type;
}

std::string cell(const std::string& html)
{
    return "<td>" + html + "</td>";
}

std::string parameterRows(const Object::Ptr& document, const Array::Ptr& parameters)
{
    std::string rows;
    for (std::size_t i = 0; parameters && i < parameters->size(); ++i) {
        auto parameter = parameters->getObject(static_cast<unsigned>(i));
        if (parameter->has("$ref")) {
            parameter = document->getObject("components")
                            ->getObject("parameters")
                            ->getObject(refName(textOf(parameter, "$ref")));
        }
        rows += "<tr>" + cell("<code>" + util::escapeMarkup(textOf(parameter, "name")) + "</code>") +
                cell(util::escapeMarkup(textOf(parameter, "in"))) +
                cell(parameter->optValue("required", false) ? "yes" : "no") +
                cell(typeOf(parameter->getObject("schema"))) + cell(prose(textOf(parameter, "description"))) +
                "</tr>\n";
    }
    return rows.empty() ? ""
                        : "<table><tr><th>parameter</th><th>in</th><th>required</th><th>type</th>"
                          "<th>meaning</th></tr>\n" +
                              rows + "</table>\n";
}

std::string contentList(const Object::Ptr& content)
{
    std::string out;
    if (!content) {
        return out;
    }
    for (const auto& [mediaType, value] : *content) {
        const auto entry = value.extract<Object::Ptr>();
        out += (out.empty() ? "" : "; ") + std::string("<code>") + util::escapeMarkup(mediaType) +
               "</code> " + typeOf(entry->getObject("schema"));
    }
    return out;
}

std::string responseRows(const Object::Ptr& document, const Object::Ptr& responses)
{
    std::string rows;
    for (const auto& [status, value] : *responses) {
        auto response = value.extract<Object::Ptr>();
        if (response->has("$ref")) {
            response = document->getObject("components")
                           ->getObject("responses")
                           ->getObject(refName(textOf(response, "$ref")));
        }
        rows += "<tr>" + cell(util::escapeMarkup(status)) + cell(prose(textOf(response, "description"))) +
                cell(contentList(response->getObject("content"))) + "</tr>\n";
    }
    return "<table><tr><th>status</th><th>meaning</th><th>body</th></tr>\n" + rows + "</table>\n";
}

std::string securityOf(const Object::Ptr& document, const Object::Ptr& operation)
{
    const auto security =
        operation->has("security") ? operation->getArray("security") : document->getArray("security");
    std::string out;
    for (std::size_t i = 0; security && i < security->size(); ++i) {
        const auto requirement = security->getObject(static_cast<unsigned>(i));
        const auto name = requirement->size() == 0 ? std::string("none") : requirement->begin()->first;
        out += (out.empty() ? "" : ", ") + util::escapeMarkup(name);
    }
    return out;
}

std::string operationHtml(const Object::Ptr& document, const std::string& method, const std::string& path,
                          const Object::Ptr& operation)
{
    std::string out = "<section id=\"op-" + util::escapeMarkup(textOf(operation, "operationId")) +
                      "\">\n<h3><code>" + util::escapeMarkup(method) + " " + util::escapeMarkup(path) +
                      "</code></h3>\n<p>" + prose(textOf(operation, "summary")) + "</p>\n";
    if (operation->has("description")) {
        out += "<p>" + prose(textOf(operation, "description")) + "</p>\n";
    }
    out += "<p>Credentials: " + securityOf(document, operation) + "</p>\n";
    out += parameterRows(document, operation->getArray("parameters"));
    if (const auto body = operation->getObject("requestBody")) {
        out += "<p>Request body" + std::string(body->optValue("required", false) ? "" : " (optional)") +
               ": " + contentList(body->getObject("content")) + "</p>\n";
    }
    out += responseRows(document, operation->getObject("responses")) + "</section>\n";
    return out;
}

std::string schemaHtml(const std::string& name, const Object::Ptr& schema)
{
    std::string out = "<section id=\"schema-" + util::escapeMarkup(name) + "\">\n<h3>" +
                      util::escapeMarkup(name) + "</h3>\n";
    if (schema->has("description")) {
        out += "<p>" + prose(textOf(schema, "description")) + "</p>\n";
    }
    const auto properties = schema->getObject("properties");
    if (!properties) {
        return out + "<p>" + typeOf(schema) + "</p>\n</section>\n";
    }
    const auto required = schema->getArray("required");
    const auto isRequired = [&](const std::string& property) {
        for (std::size_t i = 0; required && i < required->size(); ++i) {
            if (required->getElement<std::string>(static_cast<unsigned>(i)) == property) {
                return true;
            }
        }
        return false;
    };
    out += "<table><tr><th>field</th><th>type</th><th>required</th></tr>\n";
    for (const auto& [property, value] : *properties) {
        out += "<tr>" + cell("<code>" + util::escapeMarkup(property) + "</code>") +
               cell(typeOf(value.extract<Object::Ptr>())) + cell(isRequired(property) ? "yes" : "no") +
               "</tr>\n";
    }
    return out + "</table>\n</section>\n";
}

} // namespace

std::string renderApiDocsPage(const Poco::JSON::Object::Ptr& document)
{
    static constexpr std::array methods{"get", "post", "put", "patch", "delete"};
    const auto info = document->getObject("info");
    const auto title =
        util::escapeMarkup(textOf(info, "title")) + " " + util::escapeMarkup(textOf(info, "version"));
    // Operations by tag, in the document's tag order.
    std::vector<std::pair<std::string, std::string>> sections;
    const auto tags = document->getArray("tags");
    for (std::size_t i = 0; tags && i < tags->size(); ++i) {
        sections.emplace_back(textOf(tags->getObject(static_cast<unsigned>(i)), "name"), "");
    }
    const auto sectionFor = [&](const std::string& tag) -> std::string& {
        for (auto& [name, html] : sections) {
            if (name == tag) {
                return html;
            }
        }
        return sections.emplace_back(tag, "").second;
    };
    for (const auto& [path, value] : *document->getObject("paths")) {
        const auto item = value.extract<Object::Ptr>();
        for (const char* method : methods) {
            if (const auto operation = item->getObject(method)) {
                const auto operationTags = operation->getArray("tags");
                const auto tag = operationTags && operationTags->size() > 0
                                     ? operationTags->getElement<std::string>(0)
                                     : std::string("Other");
                auto upper = std::string(method);
                for (auto& c : upper) {
                    c = static_cast<char>(c - 'a' + 'A');
                }
                sectionFor(tag) += operationHtml(document, upper, path, operation);
            }
        }
    }
    std::string nav;
    std::string body;
    for (const auto& [name, html] : sections) {
        if (html.empty()) {
            continue;
        }
        const auto anchor = "tag-" + util::escapeMarkup(name);
        nav += "<li><a href=\"#" + anchor + "\">" + util::escapeMarkup(name) + "</a></li>\n";
        body.append("<section id=\"").append(anchor).append("\">\n<h2>").append(util::escapeMarkup(name));
        body.append("</h2>\n").append(html).append("</section>\n");
    }
    body += "<section id=\"schemas\">\n<h2>Schemas</h2>\n";
    for (const auto& [name, value] : *document->getObject("components")->getObject("schemas")) {
        body += schemaHtml(name, value.extract<Object::Ptr>());
    }
    body += "</section>\n";
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title +
           "</title>\n</head>\n<body>\n<header>\n<h1>" + title + "</h1>\n<p>" +
           prose(textOf(info, "description")) +
           "</p>\n<p>Machine-readable: <a href=\"/api/openapi.json\">/api/openapi.json</a> (OpenAPI " +
           util::escapeMarkup(textOf(document, "openapi")) + ").</p>\n<nav>\n<ul>\n" + nav +
           "<li><a href=\"#schemas\">Schemas</a></li>\n</ul>\n</nav>\n</header>\n<main>\n" + body +
           "</main>\n</body>\n</html>\n";
}

} // namespace aih::apidocs
