# One row per language: name (the C symbol is tree_sitter_<name>, the query is
# grammars/<name>/facts.scm), the grammar's source directory in the pinned npm packages,
# and the file extensions (without the dot) and exact file names it reads.
set(_nm ${CREDLINT_NODE_MODULES})
credlint_add_grammar(python ${_nm}/tree-sitter-python/src EXTENSIONS py pyi)
credlint_add_grammar(javascript ${_nm}/tree-sitter-javascript/src EXTENSIONS js mjs cjs jsx)
credlint_add_grammar(typescript ${_nm}/tree-sitter-typescript/typescript/src EXTENSIONS ts mts cts)
credlint_add_grammar(tsx ${_nm}/tree-sitter-typescript/tsx/src EXTENSIONS tsx)
credlint_add_grammar(go ${_nm}/tree-sitter-go/src EXTENSIONS go)
credlint_add_grammar(java ${_nm}/tree-sitter-java/src EXTENSIONS java)
credlint_add_grammar(c_sharp ${_nm}/tree-sitter-c-sharp/src EXTENSIONS cs)
credlint_add_grammar(ruby ${_nm}/tree-sitter-ruby/src EXTENSIONS rb rake gemspec FILENAMES Gemfile Rakefile)
credlint_add_grammar(php ${_nm}/tree-sitter-php/php/src EXTENSIONS php)
credlint_add_grammar(rust ${_nm}/tree-sitter-rust/src EXTENSIONS rs)
credlint_add_grammar(kotlin ${_nm}/tree-sitter-kotlin/src EXTENSIONS kt kts)
credlint_add_grammar(hcl ${_nm}/@tree-sitter-grammars/tree-sitter-hcl/src EXTENSIONS tf tfvars hcl)
credlint_add_grammar(yaml ${_nm}/@tree-sitter-grammars/tree-sitter-yaml/src EXTENSIONS yml yaml)
credlint_add_grammar(json ${_nm}/tree-sitter-json/src EXTENSIONS json template)
