# Arrows point down only (docs/ARCHITECTURE.md): ui -> sync -> gong -> core; sandbox -> core.
# Fails, naming each file and line, when a folder includes a layer it must not see.
#   cmake -DSOURCE_DIR=<repo> -P tests/check-layers.cmake
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "check-layers: pass -DSOURCE_DIR=<the repository>")
endif()

# folder:layers its files must not include ("gong" stands for #include "gong/..."). ui/ must
# not reach into the composition root (app/Application.h) either.
set(rules
    "ui:gong,sandbox,app"
    "app/core:gong,sync,sandbox,ui"
    "app/gong:sync,ui,sandbox"
    "app/sync:ui,sandbox"
    "app/sandbox:gong,sync,ui")

set(violations 0)
foreach(rule IN LISTS rules)
    string(REPLACE ":" ";" parts "${rule}")
    list(GET parts 0 folder)
    list(GET parts 1 forbidden)
    string(REPLACE "," "|" alternatives "${forbidden}")
    file(GLOB_RECURSE files LIST_DIRECTORIES false
         "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.hpp"
         "${SOURCE_DIR}/${folder}/*.cpp")
    if(NOT files)
        message(SEND_ERROR "check-layers: no sources under ${SOURCE_DIR}/${folder}")
        math(EXPR violations "${violations} + 1")
        continue()
    endif()
    foreach(file IN LISTS files)
        # Only the include lines: a whole file as a CMake list would trip over its brackets.
        set(pattern "^[ \t]*#[ \t]*include[ \t]*[\"<](${alternatives})/")
        file(STRINGS "${file}" includes REGEX "${pattern}")
        if(NOT includes)
            continue()
        endif()
        file(READ "${file}" text)
        file(RELATIVE_PATH where "${SOURCE_DIR}" "${file}")
        foreach(line IN LISTS includes)
            string(REGEX MATCH "${pattern}" found "${line}")
            set(layer "${CMAKE_MATCH_1}")
            string(FIND "${text}" "${line}" at)
            string(SUBSTRING "${text}" 0 ${at} before)
            string(REGEX MATCHALL "\n" newlines "${before}")
            list(LENGTH newlines number)
            math(EXPR number "${number} + 1")
            string(STRIP "${line}" line)
            message("${where}:${number}: ${folder}/ must not include ${layer}/: ${line}")
            math(EXPR violations "${violations} + 1")
        endforeach()
    endforeach()
endforeach()

if(violations GREATER 0)
    message(FATAL_ERROR "check-layers: ${violations} include(s) against the layers")
endif()
message(STATUS "check-layers: every include points down")
