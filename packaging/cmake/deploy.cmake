# Windows and macOS: copy Qt (with QtWebEngine's helper process and resources, the
# platform, SQLite and image plugins) and the third-party libraries next to the app at
# install time, so the installer carries everything. Linux packages depend on the
# distribution's libraries instead (cpack.cmake), so nothing is deployed there.
# Not built here (Debian); see packaging/README.md and packaging/ci/.
if(WIN32)
  # windeployqt on oht-toolkit.exe: Qt DLLs, plugins (sqldrivers, platforms, …),
  # QtWebEngineProcess.exe and its resources into bin/, plus a qt.conf. ohtpack.exe sits
  # in the same bin/ and needs a subset of the same DLLs.
  qt_generate_deploy_app_script(TARGET oht-toolkit FILENAME_VARIABLE _deploy_script
                                NO_UNSUPPORTED_PLATFORM_ERROR)
  install(SCRIPT ${_deploy_script})
  # libarchive, md4c, libsodium, OpenSSL, zlib (vcpkg on the CI) are not Qt's: resolve what the
  # two executables load and copy every DLL that is neither Windows' nor Qt's. The MSVC
  # runtime comes from InstallRequiredSystemLibraries (cpack.cmake).
  set(_dll_dirs)
  foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _dll_dirs "${_prefix}/bin")
  endforeach()
  install(CODE "set(_oht_executables \"$<TARGET_FILE:oht-toolkit>;$<TARGET_FILE:ohtpack>\")
set(_oht_dll_dirs \"${_dll_dirs}\")")
  install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
      EXECUTABLES ${_oht_executables}
      RESOLVED_DEPENDENCIES_VAR _resolved
      UNRESOLVED_DEPENDENCIES_VAR _unresolved
      DIRECTORIES ${_oht_dll_dirs}
      PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" "^hvsifiletrust" "^pdmutilities"
      POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll$" ".*[Ww]in[Ss]x[Ss]/.*")
    foreach(_dll IN LISTS _resolved)
      file(INSTALL "${_dll}" DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
    endforeach()
    if(_unresolved)
      message(WARNING "DLLs not found, not shipped: ${_unresolved}")
    endif()
  ]])
elseif(APPLE)
  # macdeployqt on the bundle, with ohtpack (installed into Contents/MacOS by
  # desktop.cmake) as an extra executable so its library paths are fixed too. This is
  # what qt_generate_deploy_app_script writes for a bundle, plus ADDITIONAL_EXECUTABLES
  # (its Qt 6.4 form takes no extra executables). macdeployqt also copies Homebrew's
  # libarchive, md4c, libsodium and OpenSSL into Contents/Frameworks.
  set(_deploy_script ${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-$<CONFIG>.cmake)
  file(GENERATE OUTPUT ${_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt6_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:oht-toolkit>.app\"
    ADDITIONAL_EXECUTABLES \"$<TARGET_FILE_NAME:oht-toolkit>.app/Contents/MacOS/ohtpack\")
")
  install(SCRIPT ${_deploy_script})
endif()
