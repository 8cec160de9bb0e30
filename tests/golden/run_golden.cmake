# Golden end-to-end test of the reticulist CLI: runs one case and compares everything it wrote
# with the expected files, printing `diff -u` on a mismatch (after igraph's
# etc/cmake/run_legacy_test.cmake).
#
#   cmake -DRETICULIST=<program> -DSOURCE_DIR=<source tree> -DCASE_DIR=<tests/golden/case>
#         -DWORK_DIR=<scratch folder> [-DUPDATE=ON] -P tests/golden/run_golden.cmake
#
# tests/CMakeLists.txt registers every tests/golden/<case>/ as the CTest test golden.<case>.
# A case folder holds:
#   case.cmake   sets ARGS (the arguments after the program name; they may use ${FIXTURES},
#                ${OUT} and ${KEY_FILE}), EXIT_CODE, and optionally FORBIDDEN: texts that no
#                output may hold (raw identifiers of accepted rows, say); optionally KEY_PERMISSIONS,
#                the permissions of the copy at ${KEY_FILE} (default OWNER_READ OWNER_WRITE)
#   out/         every file the run must leave in --out, byte for byte. No out/ folder: the run
#                must write nothing at all.
#   stdout.txt, stderr.txt   what the run prints
#
# Every run starts in a fresh WORK_DIR with --out ${WORK_DIR}/out. The key is the fixed test key
# tests/fixtures/test.key: given as RETICULIST_KEY, and copied (mode 0600) to ${KEY_FILE} for
# cases that pass --key-file. HOME and XDG_CONFIG_HOME point into WORK_DIR and must stay empty,
# so no run can create a key under the user's ~/.config. The key's hex text may appear in no
# output, stdout or stderr.
#
# manifest.json, stdout and stderr are compared after text that differs between machines and
# runs is replaced: the output folder by <out>, WORK_DIR by <work>, the program's path by
# <reticulist>, the source tree by <source>, the version in manifest.json by <version> and stage
# timings "(0.01 s)" by "(<seconds> s)". Every other file is compared as written.
# manifest.json must also parse and list every other file of the folder.
#
# Regenerating the expected files after an intended change: either
#   RETICULIST_GOLDEN_UPDATE=1 ctest --test-dir build -R golden
# or add -DUPDATE=ON to the command above for one case. Then review `git diff tests/golden`.
cmake_minimum_required(VERSION 3.25)

foreach(var RETICULIST SOURCE_DIR CASE_DIR WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_golden.cmake: -D${var}=... is required")
  endif()
endforeach()
if(DEFINED ENV{RETICULIST_GOLDEN_UPDATE} AND NOT "$ENV{RETICULIST_GOLDEN_UPDATE}" STREQUAL "")
  set(UPDATE ON)
endif()

set(FIXTURES "${SOURCE_DIR}/tests/fixtures")
set(OUT "${WORK_DIR}/out")
set(KEY_FILE "${WORK_DIR}/test.key")
set(FORBIDDEN "")
set(KEY_PERMISSIONS OWNER_READ OWNER_WRITE)
include("${CASE_DIR}/case.cmake")

# ---------------------------------------------------------------- a clean, isolated run
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(COPY "${FIXTURES}/test.key" DESTINATION "${WORK_DIR}"
     FILE_PERMISSIONS ${KEY_PERMISSIONS})
file(READ "${FIXTURES}/test.key" KEY_HEX)
string(STRIP "${KEY_HEX}" KEY_HEX)
string(TOUPPER "${KEY_HEX}" KEY_HEX_UPPER)
set(ENV{RETICULIST_KEY} "${KEY_HEX}")
unset(ENV{RETICULIST_KEY_FILE})
set(ENV{HOME} "${WORK_DIR}/home")
set(ENV{XDG_CONFIG_HOME} "${WORK_DIR}/config")
set(ENV{NO_COLOR} "1")
unset(ENV{COLUMNS})  # terminal tables take their fixed width (stdout is not a terminal here)

execute_process(COMMAND "${RETICULIST}" ${ARGS}
                WORKING_DIRECTORY "${WORK_DIR}"
                RESULT_VARIABLE exit_code
                OUTPUT_VARIABLE stdout
                ERROR_VARIABLE stderr)

set(failures "")
macro(fail text)
  list(APPEND failures "${text}")
  message(STATUS "FAIL: ${text}")
endmacro()

if(NOT "${exit_code}" STREQUAL "${EXIT_CODE}")
  fail("exit code ${exit_code}, expected ${EXIT_CODE}")
endif()
foreach(dir home config)
  if(EXISTS "${WORK_DIR}/${dir}")
    fail("the run wrote into ${dir} (a key under ~/.config?)")
  endif()
endforeach()

# ---------------------------------------------------------------- normalising
function(normalise text result)
  string(REPLACE "${OUT}" "<out>" text "${text}")
  string(REPLACE "${WORK_DIR}" "<work>" text "${text}")
  string(REPLACE "${RETICULIST}" "<reticulist>" text "${text}")
  string(REPLACE "${SOURCE_DIR}" "<source>" text "${text}")
  string(REGEX REPLACE "\\([0-9]+\\.[0-9]+ s\\)" "(<seconds> s)" text "${text}")
  string(REGEX REPLACE "\n  \"version\": \"[^\"]*\"" "\n  \"version\": \"<version>\"" text "${text}")
  set(${result} "${text}" PARENT_SCOPE)
endfunction()

# What the run produced, as compared: WORK_DIR/actual/{out/<files>, stdout.txt, stderr.txt}.
set(actual "${WORK_DIR}/actual")
file(MAKE_DIRECTORY "${actual}/out")
normalise("${stdout}" text)
file(WRITE "${actual}/stdout.txt" "${text}")
normalise("${stderr}" text)
file(WRITE "${actual}/stderr.txt" "${text}")
set(written "")
if(EXISTS "${OUT}")
  file(GLOB_RECURSE written LIST_DIRECTORIES false RELATIVE "${OUT}" "${OUT}/*")
  list(SORT written)
endif()
foreach(name IN LISTS written)
  if(name STREQUAL "manifest.json")
    file(READ "${OUT}/${name}" text)
    normalise("${text}" text)
    file(WRITE "${actual}/out/${name}" "${text}")
  else()
    get_filename_component(parent "${actual}/out/${name}" DIRECTORY)
    file(MAKE_DIRECTORY "${parent}")
    file(COPY_FILE "${OUT}/${name}" "${actual}/out/${name}")
  endif()
endforeach()

# ---------------------------------------------------------------- privacy
foreach(name IN LISTS written)
  file(READ "${OUT}/${name}" text)
  set(texts_${name} "${text}")
endforeach()
foreach(where IN ITEMS stdout stderr)
  set(texts_${where} "${${where}}")
endforeach()
foreach(where IN LISTS written ITEMS stdout stderr)
  foreach(secret IN ITEMS "${KEY_HEX}" "${KEY_HEX_UPPER}")
    string(FIND "${texts_${where}}" "${secret}" at)
    if(NOT at EQUAL -1)
      fail("${where} holds the pseudonymisation key")
    endif()
  endforeach()
  foreach(secret IN LISTS FORBIDDEN)
    string(FIND "${texts_${where}}" "${secret}" at)
    if(NOT at EQUAL -1)
      fail("${where} holds '${secret}'")
    endif()
  endforeach()
endforeach()

# ---------------------------------------------------------------- manifest.json
if("manifest.json" IN_LIST written)
  file(READ "${OUT}/manifest.json" json)
  string(JSON contract ERROR_VARIABLE json_error GET "${json}" output_contract)
  if(json_error)
    fail("manifest.json does not parse: ${json_error}")
  else()
    if(NOT contract EQUAL 1)
      fail("manifest.json: output_contract is ${contract}, expected 1")
    endif()
    string(JSON count LENGTH "${json}" files)
    set(listed "")
    if(count GREATER 0)
      math(EXPR last "${count} - 1")
      foreach(i RANGE ${last})
        string(JSON name GET "${json}" files ${i} name)
        list(APPEND listed "${name}")
      endforeach()
    endif()
    list(APPEND listed "manifest.json")
    list(SORT listed)
    if(NOT listed STREQUAL written)
      fail("manifest.json lists [${listed}] but the folder holds [${written}]")
    endif()
  endif()
endif()

# ---------------------------------------------------------------- update or compare
if(UPDATE)
  file(REMOVE_RECURSE "${CASE_DIR}/out")
  if(written)
    file(COPY "${actual}/out" DESTINATION "${CASE_DIR}")
  endif()
  file(COPY "${actual}/stdout.txt" "${actual}/stderr.txt" DESTINATION "${CASE_DIR}")
  message(STATUS "updated the expected files of ${CASE_DIR}")
else()
  set(expected_files "")
  if(EXISTS "${CASE_DIR}/out")
    file(GLOB_RECURSE expected_files LIST_DIRECTORIES false RELATIVE "${CASE_DIR}/out" "${CASE_DIR}/out/*")
    list(SORT expected_files)
  endif()
  if(NOT written STREQUAL expected_files)
    fail("--out holds [${written}], expected [${expected_files}]")
  endif()
  find_program(DIFF diff)
  set(compared "")
  foreach(name IN LISTS expected_files)
    list(APPEND compared "out/${name}")
  endforeach()
  foreach(name IN LISTS compared ITEMS stdout.txt stderr.txt)
    if(NOT EXISTS "${actual}/${name}")
      continue()  # reported above
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${CASE_DIR}/${name}" "${actual}/${name}"
                    RESULT_VARIABLE different)
    if(different)
      fail("${name} differs from the expected file")
      if(DIFF)
        execute_process(COMMAND "${DIFF}" -u "${CASE_DIR}/${name}" "${actual}/${name}" OUTPUT_VARIABLE diff_text)
        message("${diff_text}")
      endif()
    endif()
  endforeach()
endif()

if(failures)
  list(LENGTH failures n)
  message(FATAL_ERROR "golden case ${CASE_DIR}: ${n} failure(s); the run's outputs are in ${WORK_DIR}")
endif()
