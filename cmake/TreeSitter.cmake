# The tree-sitter runtime and grammars come from exact-pinned npm packages
# (grammars/package.json + package-lock.json), installed here with `npm ci` when
# missing and compiled from source. Debian's libtree-sitter-dev (0.20.7, ABI <= 14)
# cannot load current grammars such as HCL, so it is never used.
set(CREDLINT_GRAMMARS_DIR ${CMAKE_SOURCE_DIR}/grammars)
set(CREDLINT_NODE_MODULES ${CREDLINT_GRAMMARS_DIR}/node_modules)
set(_ts_lock ${CREDLINT_GRAMMARS_DIR}/package-lock.json)
set(_ts_stamp ${CREDLINT_NODE_MODULES}/.package-lock.json)

if(NOT EXISTS ${_ts_stamp} OR ${_ts_lock} IS_NEWER_THAN ${_ts_stamp})
  find_program(NPM_PROGRAM npm REQUIRED)
  message(STATUS "Installing pinned grammar packages (npm ci in grammars/)")
  execute_process(COMMAND ${NPM_PROGRAM} ci --no-audit --no-fund --loglevel=error
                  WORKING_DIRECTORY ${CREDLINT_GRAMMARS_DIR} RESULT_VARIABLE _npm_result)
  if(NOT _npm_result EQUAL 0)
    message(FATAL_ERROR "npm ci in grammars/ failed (${_npm_result})")
  endif()
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_ts_lock} ${CREDLINT_GRAMMARS_DIR}/package.json)

set(_ts_lib ${CREDLINT_NODE_MODULES}/tree-sitter/vendor/tree-sitter/lib)
add_library(ts_runtime STATIC ${_ts_lib}/src/lib.c)
target_include_directories(ts_runtime SYSTEM PUBLIC ${_ts_lib}/include)
target_include_directories(ts_runtime PRIVATE ${_ts_lib}/src ${_ts_lib}/src/wasm)
target_compile_definitions(ts_runtime PRIVATE _POSIX_C_SOURCE=200112L _DEFAULT_SOURCE)
set_target_properties(ts_runtime PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
target_compile_options(ts_runtime PRIVATE -w)

# One static library per grammar: parser.c plus the external scanner when present.
function(credlint_add_grammar name srcdir)
  set(_sources ${srcdir}/parser.c)
  if(EXISTS ${srcdir}/scanner.c)
    list(APPEND _sources ${srcdir}/scanner.c)
  endif()
  add_library(tsg_${name} STATIC ${_sources})
  target_include_directories(tsg_${name} PRIVATE ${srcdir})
  set_target_properties(tsg_${name} PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
  target_compile_options(tsg_${name} PRIVATE -w)
  set_property(GLOBAL APPEND PROPERTY CREDLINT_GRAMMAR_TARGETS tsg_${name})
endfunction()

include(${CREDLINT_GRAMMARS_DIR}/languages.cmake)
