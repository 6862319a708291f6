"""The registry of attribution sieves: one list, by name, in the order they decide.

A *sieve* is a rule that finds who said a quote; its name is what
``Quote.evidence`` says. Each is registered once, here, with:

* ``family``: the module of :mod:`quotes.sieves` that implements it
  (``tags``, ``tails``, ``reported``, ``sources``, ``nominal``, ``headlines``,
  ``context``, ``dialogue``, ``interview``);
* ``stage``: where the pipeline asks it: ``direct`` (the frame around a
  direct quote), ``headline`` (a headline line), ``sentence`` (a sentence
  of reported speech: the pipeline runs this stage's entry points as one
  chain, in registry order, and the first that finds a report decides),
  ``fragment`` (a quoted fragment inside a paraphrase), ``context`` (a
  quote with no cue of its own takes a speaker from its neighbours) or
  ``dialogue`` (fiction's untagged lines);
* ``order``: its rank among all sieves, most precise first, as the
  pipeline tries them (CoreNLP's sieve design; Lee et al. 2013, Muzny et
  al. 2017);
* ``kinds``: the quote kinds it attributes;
* ``entries``: the methods of :class:`~quotes.sieves.attributor.Attributor`
  (or the functions of the context stage) that decide it in its stage;
  several sieves share one entry when one reading can end in several of
  them (``after_quote`` decides ``cue-after-quote``, ``cue-inverted``,
  ``dash-attribution``, and ``according-to`` too). A sieve added from
  outside (:meth:`Registry.register` with a function as *entry*) joins
  the ``sentence`` chain at its place: see ``docs/writing-a-rule.md``.

Its measured confidence is data, not code: ``confidence.tsv`` beside this
module, rewritten by ``python benchmarks/accuracy.py --write-confidence``.
``Config(disabled_sieves={"turn-taking"})`` switches sieves off by name:
their decisions are discarded and the next sieve in order gets the quote.
``docs/rules.md`` is checked against this list by ``tests/test_docs.py``,
and ``benchmarks/accuracy.py`` prints each sieve's precision and volume
from it. ``docs/writing-a-rule.md`` shows how to add one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import resources

import attrs

__all__ = ["Sieve", "Registry", "REGISTRY", "NO_SPEAKER", "LINKS", "link_of", "read_confidences", "read_entity_confidences"]

#: An entry point: the name of an Attributor method, or a function taking the
#: Attributor first (a sieve added from outside).
Entry = str | Callable[..., object]

#: The name under which ``confidence.tsv`` keeps the confidence of a quote
#: that no sieve attributed (reported without a speaker).
NO_SPEAKER = "no-speaker"

STAGES = ("direct", "headline", "sentence", "fragment", "context", "dialogue")
KINDS = frozenset({"direct", "mixed", "indirect"})


#: How a quote's speaker entity was reached from its mention, as the
#: entity-level confidence table names it: a coreference rule of its
#: evidence, else "name" (the mention names the entity), "description" (an
#: entity the text never names: evidence ``described-speaker``) or "none"
#: (no speaker).
LINKS = ("name", "partial-name", "title-chain", "speaks-for", "pronoun", "possessive-description", "relative-pronoun",
         "description-chain", "narrator", "stanza-coref", "description", "none")


def link_of(evidence: tuple[str, ...] | list[str], has_speaker: bool) -> str:
    """The link category of a quote from its evidence (see :data:`LINKS`)."""
    if not has_speaker:
        return "none"
    if "described-speaker" in evidence:
        return "description"
    for name in evidence:
        if name in LINKS:
            return name
    return "name"


def read_entity_confidences(text: str) -> dict[tuple[str, str, str], tuple[float, int]]:
    """Parse ``entity_confidence.tsv``: ``(genre, sieve or "*", link) -> (confidence, items)``."""
    out: dict[tuple[str, str, str], tuple[float, int]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        genre, sieve, link, conf, n = line.split("\t")[:5]
        out[(genre, sieve, link)] = (float(conf), int(n))
    return out


def read_confidences(text: str) -> dict[str, tuple[float, int | None]]:
    """Parse ``confidence.tsv``: ``name -> (confidence, items measured)``."""
    out: dict[str, tuple[float, int | None]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        n = int(cells[2]) if len(cells) > 2 and cells[2].strip() else None
        out[cells[0]] = (float(cells[1]), n)
    return out


def _load_confidences() -> dict[str, tuple[float, int | None]]:
    return read_confidences(resources.files(__package__).joinpath("confidence.tsv").read_text(encoding="utf-8"))


@attrs.frozen
class Sieve:
    """One attribution sieve: its name, where it lives and what it serves."""

    name: str
    family: str
    stage: str = attrs.field(validator=attrs.validators.in_(STAGES))
    order: int
    kinds: frozenset[str]
    entries: tuple[Entry, ...]
    summary: str
    confidence: float
    measured_on: int | None = None


class Registry:
    """Sieves by name; iterating gives them in the order they decide.

    Like Python-Markdown's ``Registry``: a sieve is added by name at a place
    in the order (``before=``) and removed by name (:meth:`deregister`)."""

    def __init__(
        self, confidences: dict[str, tuple[float, int | None]], entity: dict[tuple[str, str, str], tuple[float, int]] | None = None
    ) -> None:
        self._sieves: dict[str, Sieve] = {}
        self._order: list[str] = []
        self._confidences = dict(confidences)
        self._entity = dict(entity or {})

    def register(
        self,
        name: str,
        *,
        family: str,
        stage: str,
        kinds: str,
        entry: str | Callable[..., object],
        summary: str,
        confidence: float | None = None,
        before: str | None = None,
    ) -> Sieve:
        """Add a sieve at the end of the order, or just *before* another.

        *kinds* is a space-separated list; *entry* the space-separated names of
        the Attributor methods that decide it, or one function taking the
        Attributor first. The confidence comes from ``confidence.tsv`` unless
        given (a sieve added from outside has no row there)."""
        if name in self._sieves:
            raise ValueError(f"sieve {name!r} is registered twice")
        if confidence is not None:
            self._confidences[name] = (confidence, None)
        if name not in self._confidences:
            raise ValueError(f"sieve {name!r} has no row in confidence.tsv and no confidence was given")
        kind_set = frozenset(kinds.split())
        if not kind_set <= KINDS:
            raise ValueError(f"sieve {name!r}: unknown kinds {sorted(kind_set - KINDS)}")
        entries: tuple[Entry, ...] = tuple(entry.split()) if isinstance(entry, str) else (entry,)
        conf, n = self._confidences[name]
        at = self._order.index(before) if before is not None else len(self._order)
        self._order.insert(at, name)
        sieve = Sieve(name, family, stage, 0, kind_set, entries, summary, conf, n)
        self._sieves[name] = sieve
        self._renumber()
        return sieve

    def deregister(self, name: str) -> None:
        """Remove the sieve *name* (and a confidence given at registration)."""
        del self._sieves[name]
        self._order.remove(name)
        self._renumber()

    def _renumber(self) -> None:
        for i, name in enumerate(self._order):
            if self._sieves[name].order != i:
                self._sieves[name] = attrs.evolve(self._sieves[name], order=i)

    def __iter__(self) -> Iterator[Sieve]:
        return (self._sieves[name] for name in list(self._order))

    def __len__(self) -> int:
        return len(self._sieves)

    def __contains__(self, name: object) -> bool:
        return name in self._sieves

    def __getitem__(self, name: str) -> Sieve:
        return self._sieves[name]

    def names(self) -> tuple[str, ...]:
        return tuple(self._order)

    def stage(self, stage: str) -> tuple[Sieve, ...]:
        """The sieves of one stage, in order."""
        return tuple(s for s in self if s.stage == stage)

    def entries(self, stage: str, disabled: frozenset[str] = frozenset()) -> tuple[Entry, ...]:
        """The distinct entry points of one stage, in the order of their first
        sieve, leaving out a function entry whose sieve is in *disabled*."""
        out: dict[Entry, None] = {}
        for s in self.stage(stage):
            for e in s.entries:
                if isinstance(e, str) or s.name not in disabled:
                    out.setdefault(e, None)
        return tuple(out)

    def confidence(self, name: str | None) -> float:
        """The measured confidence of sieve *name* (None: no sieve decided)."""
        return self._confidences[name or NO_SPEAKER][0]

    def entity_confidence(self, genre: str, sieve: str | None, link: str, default: float) -> float:
        """A quote's confidence: how often, measured in *genre* ("news" or
        "fiction"), the speaker *entity* is right when *sieve* found the
        mention and *link* reached the entity (``entity_confidence.tsv``: the
        sieve's row for that link, else the lower of *default*, the sieve's
        own confidence, and the link's row for all sieves)."""
        cell = self._entity.get((genre, sieve or NO_SPEAKER, link))
        if cell is not None:
            return cell[0]
        row = self._entity.get((genre, "*", link))
        if row is not None:
            # No cell of its own: the entity is right only where both the
            # sieve's mention and the link are, so neither rate may be exceeded.
            return min(default, row[0])
        return min(default, self.confidence(NO_SPEAKER)) if link == "none" else default

    def confidences(self) -> dict[str, float]:
        """Every confidence of the table, the no-speaker one included."""
        return {name: c for name, (c, _) in self._confidences.items()}


def _load_entity_confidences() -> dict[tuple[str, str, str], tuple[float, int]]:
    path = resources.files(__package__).joinpath("entity_confidence.tsv")
    return read_entity_confidences(path.read_text(encoding="utf-8")) if path.is_file() else {}


REGISTRY = Registry(_load_confidences(), _load_entity_confidences())
_reg = REGISTRY.register

# -- direct: the frame around a direct quote (sieves/tags.py) ----------------------------
_reg("dash-attribution", family="tags", stage="direct", kinds="direct", entry="after_quote",
     summary='A name after a dash that follows the quote (epigraph, testimonial).')
_reg("cue-after-quote", family="tags", stage="direct", kinds="direct mixed", entry="after_quote",
     summary='Speaker and cue after the quote: "…," Smith said.')
_reg("cue-inverted", family="tags", stage="direct", kinds="direct mixed", entry="after_quote",
     summary='Cue before the speaker: "…," said Smith.')
_reg("headline-quote", family="tags", stage="direct", kinds="direct", entry="after_quote",
     summary='A line opening with a quote and a colon, then its speaker: "…": Ana Ruiz on the harbour.')
_reg("noun-tag", family="tags", stage="direct", kinds="direct", entry="after_quote",
     summary='A noun tag after the quote, "was his answer": the possessor speaks.')
_reg("cue-before-quote", family="tags", stage="direct", kinds="direct mixed", entry="before_quote",
     summary='Speaker and cue introduce the quote: Smith said: "…"')
_reg("cue-participle", family="tags", stage="direct", kinds="direct mixed", entry="before_quote",
     summary='A participle cue whose speaker is the subject of its clause: …, saying, "…"')
_reg("colon-introduction", family="tags", stage="direct", kinds="direct", entry="before_quote",
     summary='A bare speaker and a colon: Smith: "…"')
# -- direct: interview and transcript turns (sieves/interview.py) -------------------------
_reg("transcript-label", family="interview", stage="direct", kinds="direct", entry="find_turns",
     summary="A transcript turn: its label names the speaker (BELL: ... -> Tom Bell; THE CHAIR: ...).")
_reg("interview-q", family="interview", stage="direct", kinds="direct", entry="find_turns",
     summary="Q: in a Q&A interview: the interviewer the introduction names.")
_reg("interview-a", family="interview", stage="direct", kinds="direct", entry="find_turns",
     summary="A: (or a dash-led answer) in a Q&A interview: the interviewee the introduction names.")
# -- headline, sentence and fragment: reported speech ------------------------------------
_reg("headline", family="headlines", stage="headline", kinds="direct mixed indirect", entry="headline_colon",
     summary="A headline: Speaker: claim / claim, minister tells X.")
_reg("headline-cue", family="headlines", stage="headline", kinds="mixed", entry="headline_cue",
     summary="A title-case headline whose verb is capitalised: Ruiz Claims 'Deal Is Dead'.")
_reg("asked-by", family="sources", stage="sentence", kinds="indirect", entry="asked_question",
     summary="(When) asked by X whether …: X is the asker.")
_reg("asked-question", family="sources", stage="sentence", kinds="indirect", entry="asked_question",
     summary="(When) asked whether …: an indirect question with no named asker.")
_reg("according-to", family="sources", stage="sentence", kinds="direct mixed indirect", entry="according_to_first",
     summary='"according to X": before a clause; also after a quote or clause (read by after_quote, before_quote and clause_cue_after).')
_reg("clause-cue-after", family="tails", stage="sentence", kinds="mixed indirect", entry="as_put_it clause_cue_after",
     summary="CLAUSE, Smith said.")
_reg("cue-clause", family="reported", stage="sentence", kinds="mixed indirect", entry="as_put_it cue_clause",
     summary="Smith said (that) CLAUSE.")
_reg("impersonal-cue", family="sources", stage="sentence", kinds="indirect", entry="impersonal_clause",
     summary="A view with no named holder: is expected to, reportedly.")
_reg("nominal-cue", family="nominal", stage="fragment", kinds="mixed indirect", entry="nominal_cues nominal_cue",
     summary="A noun as cue: Smith's claim that …, her promise to …")
_reg("cue-before-fragment", family="nominal", stage="fragment", kinds="mixed", entry="cue_before_fragment",
     summary='The nearest cue before a quoted fragment reports it.')
_reg("predicate-fragment", family="nominal", stage="fragment", kinds="mixed", entry="predicate_fragment",
     summary='A fragment in the object of any verb: the subject used those words.')
# -- context: a quote with no cue of its own (sieves/context.py) --------------------------
_reg("split-quote", family="context", stage="context", kinds="direct", entry="link_split_quotes",
     summary='"A," she said, "B.": B shares A\'s speaker and cue.')
_reg("headline-echo", family="context", stage="context", kinds="direct", entry="headline_echo",
     summary="News: a headline's quote that a later quote of the story holds is that quote's speaker's.")
_reg("multi-paragraph", family="context", stage="context", kinds="direct", entry="context_sieve",
     summary="A piece of a multi-paragraph quote shares the speaker of another piece.")
_reg("previous-sentence", family="context", stage="context", kinds="direct mixed", entry="context_sieve",
     summary="The speaker attributed earlier in the same paragraph.")
_reg("same-sentence", family="context", stage="context", kinds="direct mixed", entry="context_sieve",
     summary="The speaker of another attributed quote of the same sentence.")
_reg("paragraph-continuation", family="context", stage="context", kinds="direct", entry="context_sieve",
     summary="A quote-only paragraph continues the previous paragraph's speaker (newswire).")
_reg("transcript-continuation", family="interview", stage="context", kinds="direct", entry="find_turns",
     summary="An unlabelled paragraph between transcript turns carries on the turn before it.")
_reg("interview-alternation", family="interview", stage="context", kinds="direct", entry="find_turns",
     summary="After the first Q/A exchange, unlabelled questions and answers alternate.")
# -- dialogue: fiction's untagged lines (sieves/dialogue.py) ------------------------------
_reg("vocative", family="dialogue", stage="dialogue", kinds="direct", entry="context_sieve",
     summary="A line answering a neighbour that addressed someone by name is that person's.")
_reg("narration-before", family="dialogue", stage="dialogue", kinds="direct", entry="context_sieve",
     summary="The subject of the narration sentence just before the quote in its paragraph.")
_reg("action-beat", family="dialogue", stage="dialogue", kinds="direct", entry="context_sieve",
     summary="The subject of the narration sentence right after the quote in its paragraph.")
_reg("turn-taking", family="dialogue", stage="dialogue", kinds="direct", entry="context_sieve",
     summary="Untagged lines alternate between the two last speakers.")
_reg("narration-subject", family="dialogue", stage="dialogue", kinds="direct", entry="context_sieve",
     summary="After a paragraph of narration, its subject speaks.")
_reg("nearest-mention", family="dialogue", stage="dialogue", kinds="direct", entry="context_sieve",
     summary="Fallback: the closest person mentioned before the quote.")
del _reg
