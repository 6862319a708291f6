"""The shallow-syntax layer: tokens, word classes, noun phrases, clauses and verbs.

Every rule asks this layer, never the raw token stream arithmetic of its own."""
