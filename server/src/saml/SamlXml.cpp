// SPDX-License-Identifier: Apache-2.0
#include "saml/SamlXml.h"

#include <libxml/parser.h>

namespace aih::saml::xml {
namespace {

std::string_view view(const xmlChar* text)
{
    return text == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(text));
}

void collectText(const xmlNode* node, std::string& out)
{
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            out += view(child->content);
        } else if (child->type == XML_ELEMENT_NODE) {
            collectText(child, out);
        }
    }
}

} // namespace

Document parse(std::string_view text)
{
    if (text.size() > std::size_t{1024} * 1024) {
        return nullptr;
    }
    Document document(xmlReadMemory(text.data(), static_cast<int>(text.size()), nullptr, nullptr,
                                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!document || document->intSubset != nullptr || xmlDocGetRootElement(document.get()) == nullptr) {
        return nullptr;
    }
    return document;
}

bool isElement(const xmlNode* node, std::string_view ns, std::string_view name)
{
    return node != nullptr && node->type == XML_ELEMENT_NODE && node->ns != nullptr &&
           view(node->ns->href) == ns && view(node->name) == name;
}

std::vector<const xmlNode*> children(const xmlNode* parent, std::string_view ns, std::string_view name)
{
    std::vector<const xmlNode*> found;
    for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (isElement(child, ns, name)) {
            found.push_back(child);
        }
    }
    return found;
}

std::vector<const xmlNode*> elementChildren(const xmlNode* parent)
{
    std::vector<const xmlNode*> found;
    for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            found.push_back(child);
        }
    }
    return found;
}

bool hasAttribute(const xmlNode* node, const char* name)
{
    return xmlHasNsProp(node, reinterpret_cast<const xmlChar*>(name), nullptr) != nullptr;
}

std::string attribute(const xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
    std::string out(view(value));
    xmlFree(value);
    return out;
}

std::string text(const xmlNode* node)
{
    std::string out;
    collectText(node, out);
    return out;
}

} // namespace aih::saml::xml
