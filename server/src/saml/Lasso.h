// SPDX-License-Identifier: Apache-2.0
#pragma once

// The one place Lasso is included. Its lasso.h opens `extern "C"` and then includes glib and
// libxml2, whose C++ parts cannot have C linkage: they are included first. lasso/utils.h is never
// included: it defines macros named debug, warning and error.
// clang-format off
#include <glib.h>
#include <glib-object.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <lasso/lasso.h>
#include <lasso/xml/saml-2.0/samlp2_authn_request.h>
#include <lasso/xml/saml-2.0/samlp2_name_id_policy.h>
#include <lasso/xml/saml-2.0/samlp2_response.h>
// clang-format on

#include <memory>

namespace aih::saml {

struct GObjectUnref
{
    void operator()(void* object) const
    {
        if (object != nullptr) {
            g_object_unref(object);
        }
    }
};
struct GFree
{
    void operator()(void* memory) const { g_free(memory); }
};

using ServerPtr = std::unique_ptr<LassoServer, GObjectUnref>;
using LoginPtr = std::unique_ptr<LassoLogin, GObjectUnref>;
using ProviderPtr = std::unique_ptr<LassoProvider, GObjectUnref>;
using GText = std::unique_ptr<gchar, GFree>;

/// Replaces a string field of a Lasso object, which owns its strings through g_free.
inline void assign(gchar*& field, const char* value)
{
    g_free(field);
    field = g_strdup(value);
}

} // namespace aih::saml
