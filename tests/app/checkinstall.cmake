# ctest script (cmake -P): `cmake --install` into a fresh prefix, then check that every file
# a desktop needs landed where the freedesktop.org specifications look for it, and that the
# installed CLI runs.   cmake -DBUILD_DIR=... -DPREFIX=... -DVALIDATE=desktop-file-validate -P checkinstall.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(expected
    bin/mqttscope
    bin/mqttscope-cli
    share/applications/mqttscope.desktop
    share/icons/hicolor/scalable/apps/mqttscope.svg
    share/metainfo/io.github.mqttscope.MqttScope.metainfo.xml
    share/doc/mqttscope/LICENSE
    share/doc/mqttscope/NOTICE)
foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}\n${output}")
    endif()
endforeach()
foreach(program mqttscope mqttscope-cli)
    execute_process(COMMAND test -x "${PREFIX}/bin/${program}" RESULT_VARIABLE notExecutable)
    if(notExecutable)
        message(FATAL_ERROR "${PREFIX}/bin/${program} is not executable")
    endif()
endforeach()

# The desktop file names the installed icon and program.
file(READ "${PREFIX}/share/applications/mqttscope.desktop" desktop)
if(NOT desktop MATCHES "\nIcon=mqttscope\n" OR NOT desktop MATCHES "\nExec=mqttscope[ \n]")
    message(FATAL_ERROR "the installed desktop file does not name Icon=mqttscope and Exec=mqttscope")
endif()
execute_process(COMMAND "${VALIDATE}" "${PREFIX}/share/applications/mqttscope.desktop"
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR output MATCHES "error|warning")
    message(FATAL_ERROR "desktop-file-validate on the installed file:\n${output}")
endif()

# The installed CLI runs (finds its Qt libraries, has its translations embedded).
execute_process(COMMAND "${PREFIX}/bin/mqttscope-cli" --version
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "^mqttscope-cli ")
    message(FATAL_ERROR "installed mqttscope-cli --version failed (${result}): ${output}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
message(STATUS "installed and checked: ${expected}")
