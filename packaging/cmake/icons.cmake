# The app icon (resources/icons/oht-toolkit.svg) rendered at build time by our own
# oht-iconrender (Qt's QSvgRenderer, so no extra tool on any platform): PNGs for the
# hicolor theme, oht-toolkit.ico on Windows, oht-toolkit.icns on macOS.
set(OHT_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/oht-toolkit.svg)
set(OHT_ICON_SIZES 16 22 24 32 48 64 128 256)
set(OHT_ICON_DIR ${CMAKE_CURRENT_BINARY_DIR}/icons)
set(OHT_ICON_PNGS)
set(OHT_WINDOWS_ICO)
set(OHT_MACOS_ICNS)

find_package(Qt6 QUIET COMPONENTS Svg)
if(NOT TARGET Qt6::Svg)
  message(WARNING "Qt SVG not found (Debian: qt6-svg-dev): the app icon is installed as SVG "
                  "only, without PNG sizes, .ico or .icns. Run packaging/install-deps.sh.")
  return()
endif()

add_executable(oht-iconrender tools/iconrender.cpp)
target_link_libraries(oht-iconrender PRIVATE Qt6::Svg Qt6::Gui)
# A build tool: not in build/bin (what ships), not a bundle or a GUI-subsystem program.
set_target_properties(oht-iconrender PROPERTIES
  RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tools
  MACOSX_BUNDLE OFF
  WIN32_EXECUTABLE OFF)

foreach(_size IN LISTS OHT_ICON_SIZES)
  list(APPEND OHT_ICON_PNGS ${OHT_ICON_DIR}/${_size}x${_size}.png)
endforeach()
list(JOIN OHT_ICON_SIZES "," _sizes)
set(_outputs ${OHT_ICON_PNGS})
set(_args --png ${_sizes})
if(WIN32)
  set(OHT_WINDOWS_ICO ${OHT_ICON_DIR}/oht-toolkit.ico)
  list(APPEND _outputs ${OHT_WINDOWS_ICO})
  list(APPEND _args --ico ${OHT_WINDOWS_ICO})
endif()
if(APPLE)
  set(OHT_MACOS_ICNS ${OHT_ICON_DIR}/oht-toolkit.icns)
  list(APPEND _outputs ${OHT_MACOS_ICNS})
  list(APPEND _args --icns ${OHT_MACOS_ICNS})
endif()
add_custom_command(
  OUTPUT ${_outputs}
  COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
          $<TARGET_FILE:oht-iconrender> ${OHT_ICON_SVG} ${OHT_ICON_DIR} ${_args}
  DEPENDS oht-iconrender ${OHT_ICON_SVG}
  COMMENT "Rendering the app icon"
  VERBATIM)
add_custom_target(oht_icons ALL DEPENDS ${_outputs})
