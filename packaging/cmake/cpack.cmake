# CPack: `cpack -G DEB` (Linux, tested by tests/packaging), NSIS (Windows) and
# DragNDrop (.dmg, macOS) from the same install rules.
if(WIN32)
  # The MSVC runtime DLLs next to the executables (no separate vc_redist needed).
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
  include(InstallRequiredSystemLibraries)
endif()

set(CPACK_PACKAGE_NAME "oht-toolkit")
set(CPACK_PACKAGE_VENDOR "One HealthTech")
set(CPACK_PACKAGE_CONTACT "${OHT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline health-technology courses for learners")
# Lines under 80 characters: the .deb's Description shows them as written.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
  "HealthTech Toolkit is an offline-first desktop app for learning health"
  "technology, made for One HealthTech's open-access courses. Courses arrive as"
  "course packs (.ohtpack files) from a catalog, a file or a USB stick, live in a"
  "local library and work with no connection at all. Lessons are shown in a"
  "sealed reader that cannot reach the network or the learner's files."
  ""
  "The package also contains ohtpack, the command-line tool that validates,"
  "builds and installs course packs, and the courses bundled with the app.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://www.onehealthtech.com")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "HealthTech Toolkit")
set(CPACK_PACKAGE_EXECUTABLES "oht-toolkit" "HealthTech Toolkit")
set(CPACK_STRIP_FILES ON)
# Values reach the generators exactly as written here (backslashes in NSIS commands).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/")

# --- Debian ---------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "oht-toolkit")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # oht-toolkit_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${OHT_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# Libraries the executables link: computed by dpkg-shlibdeps (package dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What dpkg-shlibdeps cannot see because Qt loads it at run time: the SQLite driver,
# the X11/Wayland platform plugins, the SVG icon plugins. (QtWebEngine's helper process,
# libqt6webenginecore6-bin, comes with the shlibs of libQt6WebEngineCore on Debian 12;
# tests/packaging checks that it is there.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# Qt's own translations of standard buttons and dialogs; native Wayland windows.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# dpkg triggers of shared-mime-info, desktop-file-utils and hicolor-icon-theme refresh
# their caches for the files in share/mime, share/applications and share/icons: no
# maintainer scripts needed.

# --- Windows (NSIS) -------------------------------------------------------------------
set(CPACK_NSIS_DISPLAY_NAME "HealthTech Toolkit")
set(CPACK_NSIS_PACKAGE_NAME "HealthTech Toolkit ${PROJECT_VERSION}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\oht-toolkit.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
if(OHT_WINDOWS_ICO)
  set(CPACK_NSIS_MUI_ICON "${OHT_WINDOWS_ICO}")
  set(CPACK_NSIS_MUI_UNIICON "${OHT_WINDOWS_ICO}")
endif()
# The .ohtpack file association: a ProgID with the app's icon and an open command, and
# the extension pointing at it; Explorer is told to refresh its icons.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM "Software\Classes\.ohtpack" "" "OneHealthTech.Toolkit.ohtpack"
  WriteRegStr HKLM "Software\Classes\.ohtpack" "Content Type" "application/vnd.onehealthtech.ohtpack+zip"
  WriteRegStr HKLM "Software\Classes\.ohtpack\OpenWithProgids" "OneHealthTech.Toolkit.ohtpack" ""
  WriteRegStr HKLM "Software\Classes\OneHealthTech.Toolkit.ohtpack" "" "HealthTech Toolkit course pack"
  WriteRegStr HKLM "Software\Classes\OneHealthTech.Toolkit.ohtpack\DefaultIcon" "" "$INSTDIR\bin\oht-toolkit.exe,0"
  WriteRegStr HKLM "Software\Classes\OneHealthTech.Toolkit.ohtpack\shell\open\command" "" '"$INSTDIR\bin\oht-toolkit.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue HKLM "Software\Classes\.ohtpack\OpenWithProgids" "OneHealthTech.Toolkit.ohtpack"
  ReadRegStr $0 HKLM "Software\Classes\.ohtpack" ""
  StrCmp $0 "OneHealthTech.Toolkit.ohtpack" 0 +2
    DeleteRegValue HKLM "Software\Classes\.ohtpack" ""
  DeleteRegKey HKLM "Software\Classes\OneHealthTech.Toolkit.ohtpack"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

# --- macOS (.dmg) ---------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "HealthTech Toolkit")
set(CPACK_DMG_FORMAT "UDZO")

if(WIN32)
  set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
  set(CPACK_GENERATOR "DragNDrop")
else()
  set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
