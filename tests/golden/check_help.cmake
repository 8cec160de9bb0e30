# Every subcommand's --help says what it reads and what it writes.
#
#   cmake -DRETICULIST=<program> -P tests/golden/check_help.cmake
#
# The subcommands are taken from `reticulist --help` (its "Subcommands:" section), so a new
# subcommand is checked without touching this file.
cmake_minimum_required(VERSION 3.25)
if(NOT DEFINED RETICULIST)
  message(FATAL_ERROR "check_help.cmake: -DRETICULIST=... is required")
endif()

execute_process(COMMAND "${RETICULIST}" --help RESULT_VARIABLE code OUTPUT_VARIABLE help)
if(NOT code EQUAL 0)
  message(FATAL_ERROR "reticulist --help exited with ${code}")
endif()
string(FIND "${help}" "\nSubcommands:\n" at)
if(at EQUAL -1)
  message(FATAL_ERROR "reticulist --help has no Subcommands: section:\n${help}")
endif()
string(SUBSTRING "${help}" ${at} -1 section)
string(REGEX MATCHALL "\n  [a-z][a-z0-9_-]*" names "${section}")
if(NOT names)
  message(FATAL_ERROR "reticulist --help lists no subcommand:\n${help}")
endif()

set(failures 0)
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  execute_process(COMMAND "${RETICULIST}" ${name} --help RESULT_VARIABLE code OUTPUT_VARIABLE text)
  foreach(word IN ITEMS "Reads:" "Writes")
    string(FIND "${text}" "${word}" found)
    if(NOT code EQUAL 0 OR found EQUAL -1)
      message(STATUS "FAIL: reticulist ${name} --help (exit ${code}) does not say '${word}'")
      math(EXPR failures "${failures} + 1")
    endif()
  endforeach()
  message(STATUS "reticulist ${name} --help checked")
endforeach()
if(failures GREATER 0)
  message(FATAL_ERROR "${failures} help text(s) lack Reads:/Writes")
endif()
