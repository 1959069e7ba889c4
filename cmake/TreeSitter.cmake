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
# A row in grammars/languages.cmake names the language (the C symbol is
# tree_sitter_<name>), its source directory, and the file extensions and file names it
# reads; grammars/<name>/facts.scm is its query. The rows become the generated
# grammar_table.inc (analyzer/parse/source), so adding a language needs no C++.
function(credlint_add_grammar name srcdir)
  cmake_parse_arguments(ARG "" "" "EXTENSIONS;FILENAMES" ${ARGN})
  set(_sources ${srcdir}/parser.c)
  if(EXISTS ${srcdir}/scanner.c)
    list(APPEND _sources ${srcdir}/scanner.c)
  endif()
  add_library(tsg_${name} STATIC ${_sources})
  target_include_directories(tsg_${name} PRIVATE ${srcdir})
  set_target_properties(tsg_${name} PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
  target_compile_options(tsg_${name} PRIVATE -w)
  set_property(GLOBAL APPEND PROPERTY CREDLINT_GRAMMAR_TARGETS tsg_${name})
  set_property(GLOBAL APPEND PROPERTY CREDLINT_GRAMMAR_NAMES ${name})
  string(REPLACE ";" "\", \"" _ext "${ARG_EXTENSIONS}")
  string(REPLACE ";" "\", \"" _names "${ARG_FILENAMES}")
  set_property(GLOBAL PROPERTY CREDLINT_GRAMMAR_${name}_EXTENSIONS "${_ext}")
  set_property(GLOBAL PROPERTY CREDLINT_GRAMMAR_${name}_FILENAMES "${_names}")
endfunction()

include(${CREDLINT_GRAMMARS_DIR}/languages.cmake)

# grammar_table.inc: extern declarations, the query texts (raw strings) and one
# GrammarRow per language. Regenerated when languages.cmake or a facts.scm changes.
function(credlint_write_grammar_table out)
  get_property(_names GLOBAL PROPERTY CREDLINT_GRAMMAR_NAMES)
  set(_externs "")
  set(_rows "")
  foreach(name IN LISTS _names)
    set(_query_file ${CREDLINT_GRAMMARS_DIR}/${name}/facts.scm)
    if(NOT EXISTS ${_query_file})
      message(FATAL_ERROR "grammars/${name}/facts.scm is missing: every language needs its query")
    endif()
    set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_query_file})
    file(READ ${_query_file} _query)
    # `; inherits: LANG` (the nvim-treesitter convention): LANG's query comes first, so a
    # dialect whose grammar shares the node types (tsx of typescript) keeps no copy.
    string(REGEX MATCH "; inherits: ([a-z_]+)" _inherits "${_query}")
    if(_inherits)
      set(_base_file ${CREDLINT_GRAMMARS_DIR}/${CMAKE_MATCH_1}/facts.scm)
      set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${_base_file})
      file(READ ${_base_file} _base_query)
      set(_query "${_base_query}\n${_query}")
    endif()
    get_property(_ext GLOBAL PROPERTY CREDLINT_GRAMMAR_${name}_EXTENSIONS)
    get_property(_files GLOBAL PROPERTY CREDLINT_GRAMMAR_${name}_FILENAMES)
    string(APPEND _externs "extern \"C\" const TSLanguage* tree_sitter_${name}(void);\n")
    string(APPEND _externs "constexpr std::string_view k_${name}_extensions[] = {\"${_ext}\"};\n")
    string(APPEND _externs "constexpr std::string_view k_${name}_filenames[] = {\"${_files}\"};\n")
    string(APPEND _externs "constexpr std::string_view k_${name}_query = R\"credlint_scm(${_query})credlint_scm\";\n")
    string(APPEND _rows "    {\"${name}\", &tree_sitter_${name}, k_${name}_extensions, k_${name}_filenames, k_${name}_query},\n")
  endforeach()
  # file(WRITE), not file(CONFIGURE): queries are full of `@capture` names.
  file(WRITE ${out}.tmp "// Generated from grammars/languages.cmake and grammars/*/facts.scm by cmake/TreeSitter.cmake.\n${_externs}\nconstexpr GrammarRow kGrammarRows[] = {\n${_rows}};\n")
  file(COPY_FILE ${out}.tmp ${out} ONLY_IF_DIFFERENT)
endfunction()
set(CREDLINT_GRAMMAR_TABLE ${CMAKE_BINARY_DIR}/generated/grammar_table.inc)
credlint_write_grammar_table(${CREDLINT_GRAMMAR_TABLE})
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CREDLINT_GRAMMARS_DIR}/languages.cmake)
