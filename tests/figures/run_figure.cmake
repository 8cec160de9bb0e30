# Figure tests of the CLI (heatmap, chart, diagram): what a figure contains, not its bytes
# (shared/style.md): a renderer may move a label by a pixel without a test failing, but never
# lose, add or change one.
#
#   cmake -DRETICULIST=<program> -DSOURCE_DIR=<source tree> -DCASE_DIR=<tests/figures/case>
#         -DWORK_DIR=<scratch folder> [-DUPDATE=ON] -P tests/figures/run_figure.cmake
#
# A case folder holds case.cmake, which sets ARGS (the arguments after the program name; they
# may use ${FIXTURES}, ${KEY_FILE} and ${FIGURE}, the file to write) and FIGURE_NAME (its file
# name, whose extension chooses the format), and the expected content:
#   .svg  texts.txt: every <text> element's content, in document order, one per line, as the
#         file writes it (escaped): the title, axes, labels, values, legend entries and [c] marks
#   .dot  expected.dot: the Graphviz source, compared exactly (it is text before layout)
#   .png / .pdf  the format's signature only
# Optionally FORBIDDEN: texts the figure may not hold (a pseudonym's prefix, an identifier).
# Regenerate with RETICULIST_GOLDEN_UPDATE=1 ctest --test-dir build -R figure, then review the diff.
cmake_minimum_required(VERSION 3.25)
if(DEFINED ENV{RETICULIST_GOLDEN_UPDATE} AND NOT "$ENV{RETICULIST_GOLDEN_UPDATE}" STREQUAL "")
  set(UPDATE ON)
endif()
set(FIXTURES "${SOURCE_DIR}/tests/fixtures")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(KEY_FILE "${WORK_DIR}/test.key")
file(COPY "${FIXTURES}/test.key" DESTINATION "${WORK_DIR}"
     FILE_PERMISSIONS OWNER_READ OWNER_WRITE)
set(ENV{HOME} "${WORK_DIR}/home")
set(ENV{XDG_CONFIG_HOME} "${WORK_DIR}/home/.config")
unset(ENV{RETICULIST_KEY_FILE})

include("${CASE_DIR}/case.cmake")
set(FIGURE "${WORK_DIR}/${FIGURE_NAME}")
include("${CASE_DIR}/case.cmake")  # again, now that FIGURE is known
execute_process(COMMAND "${RETICULIST}" ${ARGS} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "exit code ${code}\nstdout:\n${out}\nstderr:\n${err}")
endif()
if(NOT EXISTS "${FIGURE}")
  message(FATAL_ERROR "no figure written at ${FIGURE}\n${out}${err}")
endif()
file(READ "${FIGURE}" content)
foreach(text IN LISTS FORBIDDEN)
  string(FIND "${content}" "${text}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "the figure holds '${text}'")
  endif()
endforeach()

get_filename_component(ext "${FIGURE_NAME}" LAST_EXT)
if(ext STREQUAL ".svg")
  # CMake lists split at ';' (and keep '[...]' whole): both are made safe for the split first.
  string(REPLACE ";" "@SEMICOLON@" safe "${content}")
  string(REPLACE "[" "@OPEN@" safe "${safe}")
  string(REPLACE "]" "@CLOSE@" safe "${safe}")
  string(REGEX MATCHALL "<text[^>]*>[^<]*</text>" elements "${safe}")
  set(actual "")
  foreach(element IN LISTS elements)
    string(REGEX REPLACE "^<text[^>]*>([^<]*)</text>$" "\\1" text "${element}")
    string(APPEND actual "${text}\n")
  endforeach()
  string(REPLACE "@SEMICOLON@" ";" actual "${actual}")
  string(REPLACE "@OPEN@" "[" actual "${actual}")
  string(REPLACE "@CLOSE@" "]" actual "${actual}")
  set(expected_file "${CASE_DIR}/texts.txt")
elseif(ext STREQUAL ".dot")
  set(actual "${content}")
  set(expected_file "${CASE_DIR}/expected.dot")
else()
  file(READ "${FIGURE}" head LIMIT 4 HEX)
  if(ext STREQUAL ".png" AND NOT head STREQUAL "89504e47")
    message(FATAL_ERROR "not a PNG: ${head}")
  elseif(ext STREQUAL ".pdf" AND NOT head STREQUAL "25504446")
    message(FATAL_ERROR "not a PDF: ${head}")
  endif()
  return()
endif()
if(UPDATE)
  file(WRITE "${expected_file}" "${actual}")
  return()
endif()
file(WRITE "${WORK_DIR}/actual.txt" "${actual}")
execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${expected_file}" "${WORK_DIR}/actual.txt" RESULT_VARIABLE differ)
if(differ)
  execute_process(COMMAND diff -u "${expected_file}" "${WORK_DIR}/actual.txt")
  message(FATAL_ERROR "the figure's content differs from ${expected_file}")
endif()
