"""The attribution sieves, one module per family, and their registry.

``registry.py`` lists every sieve once, by name, in the order they decide;
``confidence.tsv`` holds their measured confidences. The families: ``tags``
(the frame around a direct quote), ``tails`` and ``reported`` (reported
clauses), ``sources`` (according to, as X put it, impersonal and asked
questions), ``nominal`` (nouns as cues and quoted fragments), ``headlines``,
``context`` (a quote with no cue of its own) and ``dialogue`` (fiction's
untagged lines); ``subjects`` holds the subject finders they share and
``base`` the per-document state, composed by ``attributor.Attributor``.
"""
