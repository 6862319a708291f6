"""What the pipeline takes from a backend's richer layers (stanza).

* ``dep-subject``: the speaker is the nominal subject (``nsubj``, or the
  ``obl:agent`` of a passive) of the cue verb in the dependency parse, with
  its whole subtree ("The senator who criticized Ana Ruiz"), even when a name
  sits nearer to the cue. The word-list sieves only guess this from word order.
* ``ner``: a PERSON / ORG / NORP / GPE entity is a speaker mention even when no
  word list knows it (lower-case or unusual names).
* ``stanza-coref``: a mention that the backend's coreference puts in a chain
  with a name or description resolves to that entity; the rule-based chains
  keep everything else (merged, not replaced).

All lookups are by character offset and bounded, so the pipeline stays linear.
"""

from __future__ import annotations

from bisect import bisect_right

from ..backends.base import Analysis
from .phrases import Mention

__all__ = ["Layers"]

_SUBJECT_RELS = ("nsubj", "nsubj:outer", "csubj")
_AGENT_RELS = ("obl:agent",)
# Dependents that belong to a subject's core noun phrase (not relative clauses).
_CORE_RELS = frozenset("det amod compound flat flat:name fixed nmod:poss nummod case det:poss".split())
_SPEAKER_LABELS = frozenset({"PERSON", "PER", "ORG", "NORP", "GPE"})


class Layers:
    """Offset indexes over an :class:`Analysis` (built once per document)."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        toks = analysis.tokens
        self.has_deps = "depparse" in analysis.layers and bool(toks)
        self.has_ner = "ner" in analysis.layers and bool(analysis.entities)
        self.has_coref = "coref" in analysis.layers and bool(analysis.chains)
        self._starts = [t.start for t in toks]
        self._children: dict[int, list[int]] = {}
        if self.has_deps:
            for i, t in enumerate(toks):
                if t.head >= 0:
                    self._children.setdefault(t.head, []).append(i)
        ents = sorted(analysis.entities)
        self._ents = ents
        self._ent_starts = [e.start for e in ents]
        self._chain_of: dict[tuple[int, int], int] = {}
        for ci, chain in enumerate(analysis.chains):
            for s, e in chain:
                self._chain_of[(s, e)] = ci

    # -- dependencies ---------------------------------------------------------
    def token_at(self, offset: int) -> int:
        """Index of the backend token covering *offset*, or -1."""
        i = bisect_right(self._starts, offset) - 1
        toks = self.analysis.tokens
        if 0 <= i < len(toks) and toks[i].start <= offset < max(toks[i].end, toks[i].start + 1):
            return i
        return -1

    def _core(self, i: int) -> tuple[int, int]:
        """The subject word with its determiners, modifiers and name parts ("The senator")."""
        toks = self.analysis.tokens
        lo, hi = toks[i].start, toks[i].end
        stack = [i]
        while stack:
            k = stack.pop()
            for c in self._children.get(k, ()):
                if toks[c].deprel in _CORE_RELS:
                    lo, hi = min(lo, toks[c].start), max(hi, toks[c].end)
                    stack.append(c)
        return lo, hi

    def subject_span(self, cue_start: int) -> tuple[int, int] | None:
        """Character span of the subject of the verb at *cue_start*, if the parse has one."""
        if not self.has_deps:
            return None
        v = self.token_at(cue_start)
        if v < 0:
            return None
        toks = self.analysis.tokens
        kids = self._children.get(v, ())
        for rels in (_SUBJECT_RELS, _AGENT_RELS):
            for c in kids:
                if toks[c].deprel in rels:
                    return self._core(c)
        # A participle or coordinated verb ("…, saying"): its head verb's subject.
        head = toks[v].head
        if head >= 0 and toks[v].deprel in ("advcl", "conj", "xcomp"):
            for c in self._children.get(head, ()):
                if toks[c].deprel in _SUBJECT_RELS:
                    return self._core(c)
        return None

    # -- named entities -------------------------------------------------------
    def entity_in(self, start: int, end: int) -> tuple[int, int, str] | None:
        """A speaker-like named entity inside ``[start, end)`` (the last one)."""
        if not self.has_ner:
            return None
        k = bisect_right(self._ent_starts, end) - 1
        while k >= 0 and self._ents[k].start >= start:
            e = self._ents[k]
            if e.end <= end and e.label in _SPEAKER_LABELS:
                return e.start, e.end, e.label
            k -= 1
        return None

    def entities(self) -> list[tuple[int, int, str]]:
        return [(e.start, e.end, e.label) for e in self._ents if e.label in _SPEAKER_LABELS]

    # -- coreference ----------------------------------------------------------
    def chain_mates(self, m: Mention) -> list[tuple[int, int]]:
        """Other mentions in the backend coreference chain of mention *m* (by overlap)."""
        if not self.has_coref:
            return []
        ci = self._chain_of.get((m.start, m.end))
        if ci is None:
            for (s, e), c in self._chain_of.items():
                if s < m.end and m.start < e:
                    ci = c
                    break
        if ci is None:
            return []
        return [span for span in self.analysis.chains[ci] if span != (m.start, m.end)]
