# One place that decides how every project target is compiled and linked.
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

# mold links the 140 test executables, aihd and the console in a fraction of GNU ld's time (the
# CI build spent 136 CPU-s and the sanitized build 118 CPU-s linking with ld.bfd). Used when
# installed (scripts/install-deps installs it); AIH_LINKER=default keeps the toolchain's linker.
set(AIH_LINKER "mold" CACHE STRING "Linker for project targets: mold (when found) or default")
if(AIH_LINKER STREQUAL "mold")
    find_program(AIH_MOLD mold)
    if(AIH_MOLD)
        add_link_options(-fuse-ld=mold)
    endif()
endif()
