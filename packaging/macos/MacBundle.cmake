# macOS bundle for the armlift target (included from packaging/CMakeLists.txt on APPLE):
# Info.plist from the project version, armlift.icns from the rendered PNGs, and macdeployqt
# on the installed bundle so `cpack -G DragNDrop` (and `cmake --install`) produce a
# self-contained, optionally signed armlift.app.

# Qt 6.8 needs macOS 12; the recipe configures with -DCMAKE_OSX_DEPLOYMENT_TARGET=12.0.
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(ARMLIFT_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
else()
    set(ARMLIFT_MACOS_MINIMUM 12.0)
endif()
configure_file(${ARMLIFT_PACKAGING_DIR}/macos/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)
set_target_properties(armlift PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist
    MACOSX_BUNDLE_GUI_IDENTIFIER ${ARMLIFT_APP_ID}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION})

# armlift.icns: iconutil wants an .iconset folder with these exact names.
find_program(ARMLIFT_ICONUTIL iconutil)
if(ARMLIFT_ICONUTIL AND ARMLIFT_ICON_PNGS)
    set(iconset ${CMAKE_CURRENT_BINARY_DIR}/armlift.iconset)
    set(icns ${CMAKE_CURRENT_BINARY_DIR}/armlift.icns)
    set(copy_commands "")
    foreach(pair IN ITEMS 16:16x16 32:16x16@2x 32:32x32 64:32x32@2x 128:128x128 256:128x128@2x
                          256:256x256 512:256x256@2x 512:512x512 1024:512x512@2x)
        string(REPLACE ":" ";" pair "${pair}")
        list(GET pair 0 px)
        list(GET pair 1 name)
        list(APPEND copy_commands COMMAND ${CMAKE_COMMAND} -E copy
             ${CMAKE_CURRENT_BINARY_DIR}/icons/${px}x${px}/${ARMLIFT_APP_ID}.png ${iconset}/icon_${name}.png)
    endforeach()
    add_custom_command(OUTPUT ${icns}
        COMMAND ${CMAKE_COMMAND} -E rm -rf ${iconset}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
        ${copy_commands}
        COMMAND ${ARMLIFT_ICONUTIL} -c icns -o ${icns} ${iconset}
        DEPENDS ${ARMLIFT_ICON_PNGS}
        COMMENT "Making armlift.icns"
        VERBATIM)
    # The custom command lives in this directory, the bundle target in app/: a target here
    # drives it, and the file only needs to be copied into Contents/Resources.
    add_custom_target(armlift-icns DEPENDS ${icns})
    add_dependencies(armlift armlift-icns)
    set_source_files_properties(${icns} TARGET_DIRECTORY armlift PROPERTIES
        GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
    target_sources(armlift PRIVATE ${icns})
else()
    message(WARNING "Armlift: iconutil or rendered PNGs missing; the bundle will have no icon")
endif()

# macdeployqt on the installed bundle: Qt frameworks and plugins (platforms/cocoa, styles,
# imageformats, iconengines/svg, tls), qtkeychain, libgit2 and KF6SyntaxHighlighting (whose
# syntax definitions are compiled into the library). armlift-scan is passed with -executable
# so its dependencies are rewritten too. Signing happens here when ARMLIFT_CODESIGN_IDENTITY
# is set in the environment (a "Developer ID Application: ..." identity in the keychain):
# hardened runtime + secure timestamp, which notarisation requires.
find_program(ARMLIFT_MACDEPLOYQT macdeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(ARMLIFT_MACDEPLOYQT)
    install(CODE "
        set(app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/armlift.app\")
        set(args \"\${app}\" \"-executable=\${app}/Contents/MacOS/armlift-scan\" -verbose=1 -always-overwrite)
        if(NOT \"\$ENV{ARMLIFT_CODESIGN_IDENTITY}\" STREQUAL \"\")
            list(APPEND args \"-codesign=\$ENV{ARMLIFT_CODESIGN_IDENTITY}\" -hardened-runtime -timestamp)
        endif()
        message(STATUS \"macdeployqt \${args}\")
        execute_process(COMMAND \"${ARMLIFT_MACDEPLOYQT}\" \${args} RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR \"macdeployqt failed (\${rc})\")
        endif()
    ")
else()
    message(WARNING "Armlift: macdeployqt not found; the installed bundle needs Qt on the system")
endif()
