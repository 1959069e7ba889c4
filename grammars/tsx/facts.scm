; TSX (TypeScript with JSX): the tree-sitter-typescript package's tsx grammar has the node
; types of the typescript grammar, so its query is typescript/facts.scm as it stands; JSX
; look-alikes are covered by fixtures/grammars/tsx/.
; inherits: typescript
