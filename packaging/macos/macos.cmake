# macOS disk image (DragNDrop): aih Console.app to drag into Applications. Cannot be built on
# the Debian machines this project is developed on: it needs macOS with Xcode's tools and a
# macOS build of Qt 6 (macdeployqt, through Qt's deploy script, puts the frameworks into the
# bundle). The server is not part of the image; on macOS run aihd from a source build.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_COMPONENTS_ALL console)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
set(CPACK_DMG_VOLUME_NAME "aih Console")
set(CPACK_DMG_FORMAT UDZO)
if(TARGET aih-console)
    set_target_properties(aih-console PROPERTIES
        OUTPUT_NAME "aih Console"
        MACOSX_BUNDLE_GUI_IDENTIFIER example.aih.console
        MACOSX_BUNDLE_BUNDLE_NAME "aih Console"
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "2026 AI Heart")
endif()
