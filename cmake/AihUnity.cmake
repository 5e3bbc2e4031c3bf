# Unity builds, one unit per source folder.
#
# Parsing the same Qt, Poco, libpqxx and standard headers again for each source is most of a
# clean build (measured on the server: 1,000 CPU-s file by file, 234 CPU-s by folder). CI builds
# from scratch, so its presets turn AIH_UNITY_BUILD on; developers' incremental builds keep it off,
# where it would recompile a whole folder for one edited file.
#
# A folder, not a fixed batch size, so the units never shift: names in the anonymous namespaces
# of one folder's files must differ (the build says which clash), and adding a file can only
# clash with its own folder. The price: a source that forgets an include another file of its
# folder makes compiles here and fails only in the file-by-file `dev` build, which developers
# run every day, so it does not go unseen for long.
function(aih_unity_by_folder target)
    if(NOT AIH_UNITY_BUILD)
        return()
    endif()
    get_target_property(sources ${target} SOURCES)
    get_target_property(source_dir ${target} SOURCE_DIR)
    foreach(source IN LISTS sources)
        if(NOT source MATCHES "\\.cpp$")
            continue()
        endif()
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${source_dir} OUTPUT_VARIABLE absolute)
        # Generated sources (embedded text) each define the same names: they stay on their own.
        string(FIND "${absolute}" "${source_dir}/" at)
        if(NOT at EQUAL 0)
            continue()
        endif()
        cmake_path(GET absolute PARENT_PATH folder)
        cmake_path(RELATIVE_PATH folder BASE_DIRECTORY ${source_dir} OUTPUT_VARIABLE group)
        string(MAKE_C_IDENTIFIER "${group}" group)
        set_source_files_properties(${source} TARGET_DIRECTORY ${target} PROPERTIES UNITY_GROUP ${group})
    endforeach()
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP)
endfunction()
