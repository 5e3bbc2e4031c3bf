# Windows installer (NSIS; WiX works from the same components with CPACK_GENERATOR WIX).
# Cannot be built on the Debian machines this project is developed on: it needs a Windows
# build of Qt 6, Poco, libpqxx, libsodium and hiredis, and makensis on the build host.
#
# What it installs, per component the user can tick:
#   console  bin\aih-console.exe with the Qt runtime next to it (windeployqt, through Qt's
#            deploy script), a Start menu entry and an optional desktop shortcut
#   server   bin\aihd.exe; run it as a service with the Windows service manager of your
#            choice (e.g. `sc create`), settings as environment variables as on Linux
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "AI Heart\\aih")
set(CPACK_PACKAGE_EXECUTABLES "aih-console;aih Console")
set(CPACK_CREATE_DESKTOP_LINKS aih-console)
set(CPACK_NSIS_DISPLAY_NAME "aih Console")
set(CPACK_NSIS_PACKAGE_NAME "aih ${PROJECT_VERSION}")
set(CPACK_NSIS_CONTACT "ops@aih.example")
set(CPACK_NSIS_URL_INFO_ABOUT "https://aih.example/")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_COMPONENT_CONSOLE_DISPLAY_NAME "aih Console")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "aihd server")
set(CPACK_COMPONENT_SERVER_DISABLED ON) # operators' desktops want the console only
