# Debian and RPM packages: aih-server (aihd, its systemd unit and environment file) and
# aih-console (the console with its desktop entry, AppStream metadata and icon).
set(AIH_PKG_DIR ${CMAKE_CURRENT_SOURCE_DIR}/linux)
set(AIH_PKG_BUILD ${CMAKE_CURRENT_BINARY_DIR}/linux)
set(AIH_PKG_RELEASE 1)

set(AIH_PKG_COMPONENTS server)
if(TARGET aih-console)
    list(APPEND AIH_PKG_COMPONENTS console)
endif()
# Debian wants each package's copyright and a compressed changelog in its doc folder.
foreach(component ${AIH_PKG_COMPONENTS})
    set(PKG aih-${component})
    set(VERSION ${PROJECT_VERSION}-${AIH_PKG_RELEASE})
    configure_file(${AIH_PKG_DIR}/changelog.in ${AIH_PKG_BUILD}/${PKG}/changelog.Debian @ONLY)
    execute_process(COMMAND gzip -9nf ${AIH_PKG_BUILD}/${PKG}/changelog.Debian COMMAND_ERROR_IS_FATAL ANY)
    install(FILES ${AIH_PKG_DIR}/copyright ${AIH_PKG_BUILD}/${PKG}/changelog.Debian.gz
            DESTINATION share/doc/${PKG} COMPONENT ${component})
    configure_file(${AIH_PKG_DIR}/lintian-overrides.in ${AIH_PKG_BUILD}/${PKG}/overrides/${PKG} @ONLY)
    install(FILES ${AIH_PKG_BUILD}/${PKG}/overrides/${PKG} DESTINATION share/lintian/overrides
            COMPONENT ${component})
endforeach()

# Absolute paths: the unit and the configuration belong where systemd and operators look,
# whatever the install prefix (Debian 12 keeps units in /lib, not yet /usr/lib).
# Manual pages, compressed as Debian installs them.
foreach(page aihd.8 aih-console.1)
    string(REGEX REPLACE "^.*\\.([0-9])$" "\\1" section ${page})
    string(REGEX REPLACE "\\.[0-9]$" "" name ${page})
    set(component server)
    if(name STREQUAL "aih-console")
        set(component console)
    endif()
    if(component IN_LIST AIH_PKG_COMPONENTS)
        configure_file(${AIH_PKG_DIR}/${page} ${AIH_PKG_BUILD}/man/${page} COPYONLY)
        execute_process(COMMAND gzip -9nf ${AIH_PKG_BUILD}/man/${page} COMMAND_ERROR_IS_FATAL ANY)
        install(FILES ${AIH_PKG_BUILD}/man/${page}.gz DESTINATION share/man/man${section} COMPONENT ${component})
    endif()
endforeach()

install(FILES ${AIH_PKG_DIR}/aihd.service DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${AIH_PKG_DIR}/aihd.env DESTINATION /etc/aih COMPONENT server)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/operations.md
        DESTINATION share/doc/aih-server COMPONENT server)
file(WRITE ${AIH_PKG_BUILD}/conffiles "/etc/aih/aihd.env\n")

if(TARGET aih-console)
    install(FILES ${AIH_PKG_DIR}/aih-console.desktop DESTINATION share/applications COMPONENT console)
    install(FILES ${AIH_PKG_DIR}/example.aih.console.metainfo.xml DESTINATION share/metainfo COMPONENT console)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/aih-console.svg
            DESTINATION share/icons/hicolor/scalable/apps COMPONENT console)
endif()

set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${AIH_PKG_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "AI Heart <ops@aih.example>")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME aih-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# Lasso parses anonymous SAML posts: the build with the 2025 security fixes, at least.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, init-system-helpers (>= 1.54), liblasso3 (>= 2.8.1-1+deb12u1)")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, redis-server, nginx")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    "${AIH_PKG_DIR}/postinst;${AIH_PKG_DIR}/prerm;${AIH_PKG_DIR}/postrm;${AIH_PKG_BUILD}/conffiles")
set(CPACK_DEBIAN_CONSOLE_PACKAGE_NAME aih-console)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_CONSOLE_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")

set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE ${AIH_PKG_RELEASE})
set(CPACK_RPM_PACKAGE_LICENSE "Apache-2.0")
set(CPACK_RPM_PACKAGE_URL "https://aih.example/")
set(CPACK_RPM_SERVER_PACKAGE_NAME aih-server)
set(CPACK_RPM_SERVER_PACKAGE_GROUP "System Environment/Daemons")
set(CPACK_RPM_SERVER_PACKAGE_REQUIRES_POST "shadow-utils")
set(CPACK_RPM_SERVER_POST_INSTALL_SCRIPT_FILE ${AIH_PKG_DIR}/rpm-post.sh)
set(CPACK_RPM_SERVER_PRE_UNINSTALL_SCRIPT_FILE ${AIH_PKG_DIR}/rpm-preun.sh)
set(CPACK_RPM_SERVER_USER_FILELIST "%config(noreplace) /etc/aih/aihd.env")
set(CPACK_RPM_CONSOLE_PACKAGE_NAME aih-console)
set(CPACK_RPM_CONSOLE_PACKAGE_GROUP "Applications/System")
# Folders the system owns already; the packages must not claim them.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /etc/aih /lib /lib/systemd /lib/systemd/system /usr/share/applications /usr/share/metainfo
    /usr/share/icons /usr/share/icons/hicolor /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)

set(CPACK_GENERATOR DEB)
find_program(AIH_RPMBUILD rpmbuild)
if(AIH_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
endif()
