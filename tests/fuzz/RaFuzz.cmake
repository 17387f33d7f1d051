# Shared CMake for the libFuzzer targets (tests/models/*/fuzz).
#
# ra_fuzz_target(NAME [INCLUDES dir...] SOURCES ...) is used inside a fuzz
# directory's own small clang project: it builds NAME from SOURCES with
# -fsanitize=fuzzer,address,undefined against Qt Core, with models/ and the
# INCLUDES directories on the include path.
#
# ra_add_fuzz_replay(NAME DIR BUILD TARGETS spec...) is used in the main (GCC)
# tree: it registers the ctest test NAME, which (with clang++-14, or clang++)
# runs tests/fuzz/run_fuzz.sh to build DIR's project in
# ${CMAKE_BINARY_DIR}/BUILD and replay each target's corpus and regressions
# through it once, under ASan and UBSan. A spec is TARGET, or TARGET:SUBDIR
# when its inputs are in DIR/SUBDIR. Random fuzzing is not part of the
# suite: scripts/fuzz.sh.
get_filename_component(RA_FUZZ_ROOT ${CMAKE_CURRENT_LIST_DIR}/../.. ABSOLUTE)
set(RA_FUZZ_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/run_fuzz.sh)

function(ra_fuzz_target name)
  cmake_parse_arguments(arg "" "" "SOURCES;INCLUDES" ${ARGN})
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "the fuzz target needs clang (libFuzzer)")
  endif()
  find_package(Qt6 6.4 REQUIRED COMPONENTS Core)
  add_executable(${name} ${arg_SOURCES})
  target_include_directories(${name} PRIVATE ${RA_FUZZ_ROOT}/models ${arg_INCLUDES})
  target_compile_definitions(${name} PRIVATE QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER)
  target_compile_options(${name} PRIVATE -g -O1 -fsanitize=fuzzer,address,undefined
                         -fno-sanitize-recover=undefined)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_libraries(${name} PRIVATE Qt6::Core)
endfunction()

function(ra_add_fuzz_replay name)
  cmake_parse_arguments(arg "" "DIR;BUILD" "TARGETS" ${ARGN})
  # The versioned compiler the setup installs (clang-14) first: a plain
  # clang++ comes only with Debian's separate "clang" package.
  # Registered even where it is missing, so the run fails and says what to
  # install instead of quietly testing less.
  find_program(RA_CLANGXX NAMES clang++-14 clang++)
  add_test(NAME ${name} COMMAND sh ${RA_FUZZ_SCRIPT} replay ${arg_DIR}
           ${CMAKE_BINARY_DIR}/${arg_BUILD} ${arg_TARGETS})
  set_tests_properties(${name} PROPERTIES TIMEOUT 900 LABELS fuzz)
  if(RA_CLANGXX)
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "RA_CLANGXX=${RA_CLANGXX}")
  endif()
endfunction()
