// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/EntryView.h"

#include <ostream>
#include <string>
#include <string_view>

namespace aih::audit {

enum class ExportFormat
{
    Csv,
    JsonLines,
};

std::string_view contentTypeOf(ExportFormat format);
std::string_view fileExtensionOf(ExportFormat format);

/// One RFC 4180 field: quoted when it holds a comma, quote, CR or LF (quotes doubled). A value a
/// spreadsheet would run as a formula (leading =, +, -, @, tab or CR) gets a leading apostrophe,
/// so opening an export can never execute what a caller put in a user agent or a key name.
std::string csvCell(std::string_view value);

/// Writes entries in one format; CSV starts with a header row, lines end in CRLF (RFC 4180).
class ExportWriter
{
public:
    ExportWriter(std::ostream& out, ExportFormat format) : out_(out), format_(format) {}
    void begin();
    void write(const EntryView& view);

private:
    std::ostream& out_;
    ExportFormat format_;
};

} // namespace aih::audit
