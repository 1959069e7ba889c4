# One row per language: name, npm package source directory. The C symbol is
# tree_sitter_<name>. The source-code issue adds the languages credlint scans; the
# runtime is proven here with JSON.
credlint_add_grammar(json ${CREDLINT_NODE_MODULES}/tree-sitter-json/src)
