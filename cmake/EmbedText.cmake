# Run as a script: turns a text file into a C++ source defining `std::string FUNCTION()` in
# NAMESPACE, declared in HEADER. The text is split into pieces below the 64 KiB that ISO C++
# promises for one string literal (-Woverlength-strings); each piece is a `sv` literal, whose
# length the compiler knows, because measuring a megabyte of pieces in constexpr exceeds GCC's
# evaluation limit.
# Inputs: INPUT, OUTPUT, HEADER, NAMESPACE, FUNCTION.
file(READ "${INPUT}" text)
string(FIND "${text}" ")aihtext\"" clash)
if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${INPUT} contains the raw-string delimiter )aihtext\"")
endif()
string(LENGTH "${text}" length)
set(pieces "")
set(offset 0)
set(count 0)
while(offset LESS length)
    string(SUBSTRING "${text}" ${offset} 16000 piece)
    string(APPEND pieces "    R\"aihtext(${piece})aihtext\"sv,\n")
    math(EXPR offset "${offset} + 16000")
    math(EXPR count "${count} + 1")
endwhile()
get_filename_component(input_name "${INPUT}" NAME)
set(body "// Generated from ${input_name} by cmake/EmbedText.cmake; do not edit.\n")
string(APPEND body "#include \"${HEADER}\"\n#include <array>\n#include <string_view>\n")
string(APPEND body "namespace ${NAMESPACE} {\nnamespace {\nusing namespace std::string_view_literals;\n")
string(APPEND body "constexpr std::array<std::string_view, ${count}> pieces{\n${pieces}};\n} // namespace\n")
string(APPEND body "std::string ${FUNCTION}()\n{\n    std::string text;\n")
string(APPEND body "    for (const auto piece : pieces) {\n        text.append(piece);\n    }\n    return text;\n}\n")
string(APPEND body "} // namespace ${NAMESPACE}\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
