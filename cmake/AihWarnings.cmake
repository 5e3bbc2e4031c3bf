# One place that decides how every project target is compiled.
add_library(aih_build_flags INTERFACE)
target_compile_options(aih_build_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wconversion -Wno-sign-conversion)
if(AIH_WERROR)
    target_compile_options(aih_build_flags INTERFACE -Werror)
    target_compile_definitions(aih_build_flags INTERFACE _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
endif()
if(AIH_SANITIZE)
    target_compile_options(aih_build_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(aih_build_flags INTERFACE -fsanitize=address,undefined)
endif()
