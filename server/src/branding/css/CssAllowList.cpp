// SPDX-License-Identifier: Apache-2.0
#include "branding/css/CssAllowList.h"

#include <algorithm>
#include <array>

namespace aih::branding::css {
namespace {

// Layout, colour, type and motion: the styling a brand needs. Left out on purpose: `content`
// (writes text into the page), `cursor` images and `mask`/`filter` (more url() carriers than
// they are worth), `behavior`, `-moz-binding` and every other vendor extension.
constexpr std::array<std::u32string_view, 129> properties{U"align-content",
                                                          U"align-items",
                                                          U"align-self",
                                                          U"animation",
                                                          U"animation-delay",
                                                          U"animation-direction",
                                                          U"animation-duration",
                                                          U"animation-fill-mode",
                                                          U"animation-iteration-count",
                                                          U"animation-name",
                                                          U"animation-timing-function",
                                                          U"aspect-ratio",
                                                          U"background",
                                                          U"background-attachment",
                                                          U"background-clip",
                                                          U"background-color",
                                                          U"background-image",
                                                          U"background-origin",
                                                          U"background-position",
                                                          U"background-repeat",
                                                          U"background-size",
                                                          U"border",
                                                          U"border-bottom",
                                                          U"border-bottom-color",
                                                          U"border-bottom-left-radius",
                                                          U"border-bottom-right-radius",
                                                          U"border-bottom-style",
                                                          U"border-bottom-width",
                                                          U"border-collapse",
                                                          U"border-color",
                                                          U"border-left",
                                                          U"border-left-color",
                                                          U"border-left-style",
                                                          U"border-left-width",
                                                          U"border-radius",
                                                          U"border-right",
                                                          U"border-right-color",
                                                          U"border-right-style",
                                                          U"border-right-width",
                                                          U"border-spacing",
                                                          U"border-style",
                                                          U"border-top",
                                                          U"border-top-color",
                                                          U"border-top-left-radius",
                                                          U"border-top-right-radius",
                                                          U"border-top-style",
                                                          U"border-top-width",
                                                          U"border-width",
                                                          U"bottom",
                                                          U"box-shadow",
                                                          U"box-sizing",
                                                          U"clear",
                                                          U"color",
                                                          U"column-gap",
                                                          U"display",
                                                          U"flex",
                                                          U"flex-basis",
                                                          U"flex-direction",
                                                          U"flex-flow",
                                                          U"flex-grow",
                                                          U"flex-shrink",
                                                          U"flex-wrap",
                                                          U"float",
                                                          U"font",
                                                          U"font-family",
                                                          U"font-size",
                                                          U"font-stretch",
                                                          U"font-style",
                                                          U"font-variant",
                                                          U"font-weight",
                                                          U"gap",
                                                          U"grid-area",
                                                          U"grid-column",
                                                          U"grid-row",
                                                          U"grid-template-areas",
                                                          U"grid-template-columns",
                                                          U"grid-template-rows",
                                                          U"height",
                                                          U"justify-content",
                                                          U"justify-items",
                                                          U"justify-self",
                                                          U"left",
                                                          U"letter-spacing",
                                                          U"line-height",
                                                          U"list-style",
                                                          U"list-style-position",
                                                          U"list-style-type",
                                                          U"margin",
                                                          U"margin-bottom",
                                                          U"margin-left",
                                                          U"margin-right",
                                                          U"margin-top",
                                                          U"max-height",
                                                          U"max-width",
                                                          U"min-height",
                                                          U"min-width",
                                                          U"object-fit",
                                                          U"opacity",
                                                          U"order",
                                                          U"outline",
                                                          U"outline-color",
                                                          U"outline-offset",
                                                          U"outline-style",
                                                          U"outline-width",
                                                          U"overflow",
                                                          U"overflow-wrap",
                                                          U"overflow-x",
                                                          U"overflow-y",
                                                          U"padding",
                                                          U"padding-bottom",
                                                          U"padding-left",
                                                          U"padding-right",
                                                          U"padding-top",
                                                          U"position",
                                                          U"right",
                                                          U"row-gap",
                                                          U"text-align",
                                                          U"text-decoration",
                                                          U"text-shadow",
                                                          U"text-transform",
                                                          U"top",
                                                          U"transform",
                                                          U"transition",
                                                          U"vertical-align",
                                                          U"visibility",
                                                          U"white-space",
                                                          U"width",
                                                          U"word-break",
                                                          U"z-index"};

constexpr std::array<std::u32string_view, 24> functions{U"calc",
                                                        U"clamp",
                                                        U"conic-gradient",
                                                        U"cubic-bezier",
                                                        U"hsl",
                                                        U"hsla",
                                                        U"hwb",
                                                        U"linear-gradient",
                                                        U"max",
                                                        U"min",
                                                        U"radial-gradient",
                                                        U"repeating-conic-gradient",
                                                        U"repeating-linear-gradient",
                                                        U"repeating-radial-gradient",
                                                        U"rgb",
                                                        U"rgba",
                                                        U"rotate",
                                                        U"scale",
                                                        U"scalex",
                                                        U"scaley",
                                                        U"steps",
                                                        U"translate",
                                                        U"translatex",
                                                        U"translatey"};

constexpr std::array<std::u32string_view, 49> elements{
    U"a",      U"article", U"aside",    U"b",      U"blockquote", U"body",       U"button",
    U"dd",     U"div",     U"dl",       U"dt",     U"em",         U"figcaption", U"figure",
    U"footer", U"form",    U"h1",       U"h2",     U"h3",         U"h4",         U"h5",
    U"h6",     U"header",  U"hr",       U"html",   U"i",          U"img",        U"input",
    U"label",  U"li",      U"main",     U"nav",    U"ol",         U"p",          U"section",
    U"select", U"small",   U"span",     U"strong", U"sub",        U"sup",        U"table",
    U"tbody",  U"td",      U"textarea", U"th",     U"thead",      U"tr",         U"ul"};

// No :visited (history sniffing) and nothing that matches on attribute values.
constexpr std::array<std::u32string_view, 21> pseudoClasses{
    U"active",        U"checked", U"disabled",      U"empty",        U"enabled",  U"first-child",
    U"first-of-type", U"focus",   U"focus-visible", U"focus-within", U"hover",    U"last-child",
    U"last-of-type",  U"link",    U"only-child",    U"only-of-type", U"optional", U"placeholder-shown",
    U"required",      U"root",    U"target"};

constexpr std::array<std::u32string_view, 5> pseudoElements{U"first-letter", U"first-line", U"marker",
                                                            U"placeholder", U"selection"};

constexpr std::array<std::u32string_view, 4> scripting{U"behavior", U"-moz-binding", U"-ms-behavior",
                                                       U"-webkit-binding"};

template <std::size_t N>
bool contains(const std::array<std::u32string_view, N>& list, std::u32string_view name)
{
    return std::ranges::find(list, name) != list.end();
}

} // namespace

bool isAllowedProperty(std::u32string_view name)
{
    return contains(properties, name);
}

bool isAllowedFunction(std::u32string_view name)
{
    return contains(functions, name);
}

bool isAllowedElement(std::u32string_view name)
{
    return contains(elements, name);
}

bool isAllowedPseudoClass(std::u32string_view name)
{
    return contains(pseudoClasses, name);
}

bool isAllowedPseudoElement(std::u32string_view name)
{
    return contains(pseudoElements, name);
}

bool isScriptingProperty(std::u32string_view name)
{
    return contains(scripting, name);
}

} // namespace aih::branding::css
