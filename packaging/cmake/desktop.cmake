# The installed tree beyond the executables (which app/*/CMakeLists.txt install):
#   <appdata>/packs/*.ohtpack        the bundled courses (built by resources/)
#   <appdata>/translations/oht_*.qm  the app's translations as files (also compiled in)
# and the desktop integration of each platform. <appdata> is OHT_INSTALL_APPDATADIR.

# --- bundled packs (resources/CMakeLists.txt builds them into build/packs/) ---------
# Linux and Windows get them from resources/CMakeLists.txt's install rule; a macOS
# bundle keeps them inside (Contents/Resources/packs).
if(APPLE)
  file(GLOB _pack_manifests CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/packs/*/pack.json)
  foreach(_manifest IN LISTS _pack_manifests)
    get_filename_component(_pack_dir ${_manifest} DIRECTORY)
    get_filename_component(_pack_name ${_pack_dir} NAME)
    install(FILES ${CMAKE_BINARY_DIR}/packs/${_pack_name}.ohtpack
            DESTINATION ${OHT_INSTALL_APPDATADIR}/packs)
  endforeach()
endif()

# --- translations -------------------------------------------------------------------
# qt_add_translations (app/toolkit) compiles translations/*.ts into the binary and leaves
# the .qm files in the target's build folder; installed as files, they can be updated
# without a rebuild (AppTranslator prefers them).
file(GLOB _ts_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/translations/*.ts)
get_target_property(_toolkit_build_dir oht-toolkit BINARY_DIR)
foreach(_ts IN LISTS _ts_files)
  get_filename_component(_name ${_ts} NAME_WE)
  install(FILES ${_toolkit_build_dir}/${_name}.qm DESTINATION ${OHT_INSTALL_APPDATADIR}/translations)
endforeach()

# --- Linux (freedesktop): icons, .desktop, AppStream, MIME type, copyright ----------
if(UNIX AND NOT APPLE)
  # The executables use the system's libraries: no RUNPATH (qt_standard_project_setup
  # would set $ORIGIN/../lib, which Debian's policy rejects and nothing here needs).
  set_target_properties(oht-toolkit ohtpack PROPERTIES INSTALL_RPATH "")
  set(_hicolor ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
  install(FILES ${OHT_ICON_SVG} DESTINATION ${_hicolor}/scalable/apps RENAME ${OHT_APP_ID}.svg)
  foreach(_size IN LISTS OHT_ICON_SIZES)
    if(OHT_ICON_PNGS)
      install(FILES ${OHT_ICON_DIR}/${_size}x${_size}.png
              DESTINATION ${_hicolor}/${_size}x${_size}/apps RENAME ${OHT_APP_ID}.png)
    endif()
  endforeach()
  install(FILES linux/${OHT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  configure_file(linux/${OHT_APP_ID}.metainfo.xml.in
                 ${CMAKE_CURRENT_BINARY_DIR}/${OHT_APP_ID}.metainfo.xml @ONLY)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${OHT_APP_ID}.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES linux/${OHT_APP_ID}.mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${OHT_APP_ID}.xml)
  configure_file(linux/copyright.in ${CMAKE_CURRENT_BINARY_DIR}/copyright @ONLY)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/oht-toolkit)
endif()

# --- Windows: the executable's icon and version information -------------------------
if(WIN32 AND OHT_WINDOWS_ICO)
  configure_file(windows/oht-toolkit.rc.in ${CMAKE_CURRENT_BINARY_DIR}/oht-toolkit.rc @ONLY)
  target_sources(oht-toolkit PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/oht-toolkit.rc)
  # The .ico is made by a custom command of this folder; with the Ninja generator (the
  # one the CI uses) the target-level dependency is enough to order the build.
  set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/oht-toolkit.rc
    TARGET_DIRECTORY oht-toolkit PROPERTIES OBJECT_DEPENDS ${OHT_WINDOWS_ICO})
  set_source_files_properties(${OHT_WINDOWS_ICO} TARGET_DIRECTORY oht-toolkit
    PROPERTIES GENERATED TRUE)
  add_dependencies(oht-toolkit oht_icons)
endif()

# --- macOS: the bundle's Info.plist (document type for .ohtpack) and icon -----------
if(APPLE)
  set_target_properties(oht-toolkit PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${OHT_APP_ID}
    MACOSX_BUNDLE_BUNDLE_NAME "HealthTech Toolkit"
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE oht-toolkit.icns
    MACOSX_BUNDLE_COPYRIGHT "One HealthTech volunteers (${OHT_APP_LICENSE})")
  if(OHT_MACOS_ICNS)
    install(FILES ${OHT_MACOS_ICNS} DESTINATION ${OHT_INSTALL_APPDATADIR})
  endif()
  # The command-line tool travels inside the bundle, where macdeployqt can fix its
  # library paths (deploy.cmake); app/ohtpack installs it to bin/ elsewhere.
  install(TARGETS ohtpack RUNTIME DESTINATION oht-toolkit.app/Contents/MacOS)
endif()
