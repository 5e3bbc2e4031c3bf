// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <libxml/tree.h>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace aih::saml::xml {

inline constexpr std::string_view assertionNs = "urn:oasis:names:tc:SAML:2.0:assertion";
inline constexpr std::string_view protocolNs = "urn:oasis:names:tc:SAML:2.0:protocol";
inline constexpr std::string_view metadataNs = "urn:oasis:names:tc:SAML:2.0:metadata";
inline constexpr std::string_view signatureNs = "http://www.w3.org/2000/09/xmldsig#";

struct DocumentFree
{
    void operator()(xmlDoc* document) const { xmlFreeDoc(document); }
};
using Document = std::unique_ptr<xmlDoc, DocumentFree>;

/// Parses untrusted XML: no network, no entity expansion, and a document with a DTD is refused
/// (SAML has no use for one; it is how entity bombs and ID injection arrive). Null if refused.
Document parse(std::string_view text);

bool isElement(const xmlNode* node, std::string_view ns, std::string_view name);
/// The element children of `parent` named `name` in `ns`, in document order.
std::vector<const xmlNode*> children(const xmlNode* parent, std::string_view ns, std::string_view name);
/// The element children of `parent`, whatever their names.
std::vector<const xmlNode*> elementChildren(const xmlNode* parent);
/// Whether `node` has the unqualified attribute `name`.
bool hasAttribute(const xmlNode* node, const char* name);
/// The value of the unqualified attribute `name`; empty when absent.
std::string attribute(const xmlNode* node, const char* name);
/// The text of `node` and its descendants (comments and processing instructions excluded, so a
/// comment cannot cut a value short).
std::string text(const xmlNode* node);

} // namespace aih::saml::xml
