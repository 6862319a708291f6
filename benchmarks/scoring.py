"""Scoring of quote extraction against the development corpora.

Pure functions only: nothing here reads files at import time or prints.
The gold format is the one described in ``../shared/data/README.md``: one
JSON document per line, with ``text`` and a list of ``quotes`` whose
``start``/``end`` are half-open offsets into ``text``.

Predicted quotes are duck-typed: anything with ``start``, ``end``, ``kind``
(an enum with ``.value`` or a plain string), ``speaker`` (``None`` or an
object with ``.name``), ``speaker_mention`` (``None`` or a span with
``start``/``end``/``text``) and ``evidence`` (a tuple of rule names).

Definitions (the README's suggested scoring):

* a gold quote is *found* when one predicted quote, of any kind, covers at
  least half of its characters;
* a predicted quote is *precise* when at least half of its characters lie
  inside one gold quote, of any kind;
* attribution is judged on found quotes that have a gold speaker, with
  :func:`speaker_right` (mention overlap, or lenient name matching).

Matching uses a sweep over spans sorted by start, so a whole novel
(~900k characters, thousands of quotes) costs O(n log n + k), where k is
the number of overlapping (gold, predicted) pairs.
"""

from __future__ import annotations

import bisect
import heapq
import json
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "KINDS",
    "Characters",
    "best_overlap",
    "character_aliases",
    "has_gold_speaker",
    "is_found",
    "is_precise",
    "kind_counts",
    "load_corpus",
    "name_matches",
    "name_tokens",
    "overlap",
    "overlapping",
    "ratio",
    "score_corpus",
    "speaker_right",
]

#: Gold quote kinds, in report order.
KINDS: tuple[str, ...] = ("direct", "mixed", "indirect")

Doc = dict[str, Any]
Gold = dict[str, Any]

# --------------------------------------------------------------------------
# loading and span arithmetic
# --------------------------------------------------------------------------


def load_corpus(path: str | Path) -> list[Doc]:
    """Read a JSONL corpus file: one document (a dict) per non-blank line."""
    docs: list[Doc] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                docs.append(json.loads(line))
    return docs


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Number of characters shared by the half-open spans ``[a_start, a_end)``
    and ``[b_start, b_end)`` (0 when they are disjoint or only touch)."""
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _bounds(item: Any) -> tuple[int, int]:
    """``(start, end)`` of a gold dict or of a predicted object."""
    if isinstance(item, Mapping):
        return int(item["start"]), int(item["end"])
    return int(item.start), int(item.end)


def ratio(num: int | float, den: int | float) -> float | None:
    """``num / den``, or ``None`` when the denominator is 0."""
    return None if not den else num / den


def best_overlap(item: Any, candidates: Iterable[Any]) -> tuple[Any | None, int]:
    """The candidate sharing the most characters with *item*, and that count.

    Works for gold dicts and predicted objects alike. Ties keep the first
    candidate. Returns ``(None, 0)`` when nothing overlaps.
    """
    start, end = _bounds(item)
    best: Any | None = None
    best_n = 0
    for cand in candidates:
        c_start, c_end = _bounds(cand)
        n = overlap(start, end, c_start, c_end)
        if n > best_n:
            best, best_n = cand, n
    return best, best_n


def is_found(gold: Gold, preds: Sequence[Any]) -> Any | None:
    """The predicted quote that *finds* ``gold``, or ``None``.

    A gold quote is found when some predicted quote (of any kind) overlaps at
    least 50% of the gold quote's length. The best one (largest overlap) is
    returned so that its attribution can be checked.
    """
    start, end = _bounds(gold)
    length = end - start
    best, n = best_overlap(gold, preds)
    if best is None or length <= 0 or 2 * n < length:
        return None
    return best


def is_precise(pred: Any, golds: Sequence[Gold]) -> bool:
    """True when at least half of ``pred``'s characters lie inside one gold
    quote of any kind (max over gold quotes of overlap / len(pred) >= 0.5).
    Empty predictions are never precise."""
    start, end = _bounds(pred)
    length = end - start
    if length <= 0:
        return False
    _, n = best_overlap(pred, golds)
    return 2 * n >= length


def overlapping(
    queries: Sequence[tuple[int, int]], items: Sequence[tuple[int, int]]
) -> list[list[int]]:
    """For every query span, the indices of the item spans that overlap it.

    A sweep over both lists sorted by start: items that began at or before a
    query's start sit in a heap keyed by end, and the ones that ended are
    popped for good (later queries start no earlier); items that begin inside
    the query are found by bisection. Cost O((n + m) log m + k) for k hits,
    instead of the O(n * m) of comparing all pairs. Empty spans overlap
    nothing.
    """
    order = sorted((i for i in range(len(items)) if items[i][1] > items[i][0]), key=lambda i: items[i])
    starts = [items[i][0] for i in order]
    heap: list[tuple[int, int]] = []  # (end, item index)
    ptr = 0
    hits: list[list[int]] = [[] for _ in queries]
    for qi in sorted(range(len(queries)), key=lambda i: queries[i]):
        q_start, q_end = queries[qi]
        while ptr < len(order) and starts[ptr] <= q_start:
            idx = order[ptr]
            heapq.heappush(heap, (items[idx][1], idx))
            ptr += 1
        while heap and heap[0][0] <= q_start:
            heapq.heappop(heap)
        found = [idx for _, idx in heap] if q_end > q_start else []
        stop = bisect.bisect_left(starts, q_end, lo=ptr)
        found.extend(order[ptr:stop])
        hits[qi] = found
    return hits


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})

#: Titles and forms of address, dropped before comparing names.
HONORIFICS: frozenset[str] = frozenset(
    """
    mr mrs ms miss mx messrs mme mlle madam madame monsieur sir dame lady lord
    dr doc prof professor rev reverend fr father hon honorable honourable
    sen senator rep representative congressman congresswoman gov governor
    president pres vice secretary sec minister chancellor mayor judge justice
    gen general col colonel capt captain cmdr commander lt lieutenant maj major
    sgt sergeant adm admiral gop dem
    jr sr ii iii iv esq
    herr frau fräulein
    """.split()
)

#: Function words (English and German articles) and pronouns: they never
#: identify anyone, so "he" does not match "he".
STOPWORDS: frozenset[str] = frozenset(
    """
    the a an of and
    der die das den dem des ein eine einer eines einem einen von
    i me my myself we us our you your he him his she her they them their
    it its who whom one
    er sie es ich wir ihr
    """.split()
)


@lru_cache(maxsize=1 << 16)
def name_tokens(name: str) -> tuple[str, ...]:
    """Lower-cased content tokens of a name.

    Possessive ``'s`` and punctuation are removed (``O’Dowd’s`` gives
    ``odowd``, ``Bell-Vidal`` gives ``bell vidal``), then honorifics
    and stopwords are dropped.
    """
    text = name.translate(_APOSTROPHES).lower()
    text = re.sub(r"'s\b", "", text)
    text = text.replace("'", "")
    tokens = re.findall(r"[^\W_]+", text)
    return tuple(t for t in tokens if t not in HONORIFICS and t not in STOPWORDS)


@lru_cache(maxsize=1 << 16)
def _surface_key(name: str) -> str:
    """Light normalisation for exact look-ups: case, apostrophes and
    punctuation only (honorifics are kept, so "Mrs Bell" != "Mr Bell")."""
    text = name.translate(_APOSTROPHES).lower()
    text = re.sub(r"'s\b", "", text).replace("'", "")
    return " ".join(re.findall(r"[^\W_]+", text))


def _tokens_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return bool(a) and bool(b) and (a[-1] in b or b[-1] in a)


#: Two names joined into one ("Jane and Elizabeth", "Greyling & Shaw").
_JOINED = re.compile(r"\s(?:and|&)\s", re.I)
#: An "of" phrase after a name ("Teodor Vasca of Calderia"): where or whose, not who.
_OF = re.compile(r"\sof\s", re.I)


def name_matches(pred_name: str | None, gold_name: str | None, aliases: Iterable[str] = ()) -> bool:
    """Lenient name comparison.

    Both names are reduced with :func:`name_tokens`; they match when the last
    token of either appears among the other's tokens ("Ruiz" ~ "Ana M.
    Ruiz", "Patel" ~ "Sam Patel"). Each alias (e.g. a PDNC character's
    aliases) is tried the same way against ``pred_name``. Empty names never
    match; a name made only of a title ("the General") matches that title.
    As a user reads a name, a predicted name joining two names ("Jane and
    Elizabeth") is neither of them, and only the part before an "of" phrase
    ("Marjorie of Brenda", "Teodor Vasca of Calderia") names the speaker,
    unless the gold name is built the same way ("Marks and Spencer", "the
    Duke of York").
    """
    if not pred_name:
        return False
    golds = [n for n in (gold_name, *aliases) if n]
    if _JOINED.search(pred_name) and not any(_JOINED.search(n) for n in golds):
        return False  # "Jane and Elizabeth" names two people, neither of them alone
    if (of := _OF.search(pred_name)) is not None and not any(_OF.search(n) for n in golds):
        pred_name = pred_name[: of.start()]  # "Marjorie of Brenda", "Teodor Vasca of Calderia": the name before "of"
    pred = name_tokens(pred_name)
    if not pred:
        # A name that is only a title ("the General", "the Captain") matches
        # the same title, word for word, and nothing else.
        key = _title_key(pred_name)
        return bool(key) and any(n and _title_key(n) == key for n in (gold_name, *aliases))
    if gold_name and (_tokens_match(pred, name_tokens(gold_name)) or _acronym_of(gold_name, pred_name) or _acronym_of(pred_name, gold_name)):
        return True
    return any(alias and _tokens_match(pred, name_tokens(alias)) for alias in aliases)


#: Words an acronym skips ("FEC" for "Federal Election Commission", "DoT" aside).
_ACRONYM_SKIPS = frozenset("of the and for de la du & y".split())


def _acronym_of(short: str, full: str) -> bool:
    """*short* is the initialism of *full* ("AP" ~ "Associated Press", "DNC" ~
    "Democratic National Committee"): one organisation under two of its names."""
    short = short.replace(".", "").strip()
    if short[:4].lower() == "the ":
        short = short[4:]  # "the AP"
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
        return False
    parts = [p for w in full.split() if w.lower() not in _ACRONYM_SKIPS for p in w.split("-") if p]
    return len(parts) == len(short) and all(p[0].isupper() for p in parts) and "".join(p[0] for p in parts) == short


def _title_key(name: str) -> str:
    """A title-only name's words without a leading article ("The General" -> "general")."""
    key = _surface_key(name)
    return key[4:] if key.startswith("the ") else key


class Characters:
    """A document's character list (PDNC ``meta.characters``).

    Maps a character's main name to its aliases, and a surface form back to
    the characters that carry it (used to reject a predicted name that is
    exactly another character's name, e.g. "Mrs. Bell" for Tom Bell,
    which surname matching alone would accept).
    """

    __slots__ = ("_aliases", "_owners")

    def __init__(self, aliases: Mapping[str, Sequence[str]]) -> None:
        self._aliases: dict[str, tuple[str, ...]] = {
            name: tuple(a for a in names if a) for name, names in aliases.items()
        }
        owners: dict[str, set[str]] = defaultdict(set)
        for name, names in self._aliases.items():
            for surface in (name, *names):
                key = _surface_key(surface)
                if key:
                    owners[key].add(name)
        self._owners = dict(owners)

    @classmethod
    def from_doc(cls, doc: Doc) -> Characters | None:
        """Build from ``doc["meta"]["characters"]``, or ``None`` if absent."""
        mapping = character_aliases(doc)
        return cls(mapping) if mapping else None

    def aliases_of(self, name: str) -> tuple[str, ...]:
        """The aliases of the character whose main name is *name*."""
        return self._aliases.get(name, ())

    def owners(self, surface: str) -> frozenset[str]:
        """Main names of the characters with exactly this surface form."""
        return frozenset(self._owners.get(_surface_key(surface), ()))

    def __len__(self) -> int:
        return len(self._aliases)


def character_aliases(doc: Doc) -> dict[str, tuple[str, ...]]:
    """``{main name: aliases}`` from ``doc["meta"]["characters"]``.

    In PDNC that field is a list of ``{"name", "aliases", "gender"}`` dicts;
    a ``{name: aliases}`` mapping is accepted too. Empty when absent.
    """
    chars = (doc.get("meta") or {}).get("characters")
    result: dict[str, tuple[str, ...]] = {}
    if isinstance(chars, Mapping):
        for name, aliases in chars.items():
            result[str(name)] = tuple(str(a) for a in (aliases or ()))
    elif isinstance(chars, list):
        for entry in chars:
            if isinstance(entry, Mapping) and entry.get("name"):
                result[str(entry["name"])] = tuple(str(a) for a in entry.get("aliases") or ())
    return result


# --------------------------------------------------------------------------
# attribution
# --------------------------------------------------------------------------


def has_gold_speaker(gold: Gold) -> bool:
    """True when attribution of this gold quote can be scored: it has a named
    speaker or speaker mention spans, and is not marked ``has_source: false``."""
    if gold.get("has_source") is False:
        return False
    return gold.get("speaker") is not None or bool(gold.get("speaker_mentions"))


def speaker_right(
    pred: Any,
    gold: Gold,
    aliases: Characters | Mapping[str, Sequence[str]] | None = None,
) -> bool:
    """Is the predicted attribution of ``pred`` right for ``gold``?

    True when any of these holds:

    a. ``pred.speaker_mention`` overlaps one of ``gold["speaker_mentions"]``;
    b. ``pred.speaker.name`` matches ``gold["speaker"]`` (:func:`name_matches`);
    c. ``pred.speaker_mention.text`` matches ``gold["speaker"]``;
    d. with a character list (PDNC), one of the gold character's aliases
       matches the predicted name.

    When the gold speaker is null and there are no mention spans, a raw
    ``speaker_text`` (PolNeAR) is used as the gold name; PDNC placeholders
    such as ``_narr`` are not. With a character list, a predicted name that is
    exactly the name or alias of *other* characters only is wrong, even if its
    surname matches.
    """
    mention = getattr(pred, "speaker_mention", None)
    gold_mentions = gold.get("speaker_mentions") or ()
    if mention is not None and any(
        overlap(mention.start, mention.end, int(s), int(e)) > 0 for s, e in gold_mentions
    ):
        return True

    gold_name = gold.get("speaker")
    if gold_name is None and not gold_mentions:
        raw = gold.get("speaker_text")
        if raw and not str(raw).startswith("_"):
            gold_name = str(raw)
    if not gold_name:
        return False

    speaker = getattr(pred, "speaker", None)
    candidates = [
        name
        for name in (
            getattr(speaker, "name", None) if speaker is not None else None,
            getattr(mention, "text", None) if mention is not None else None,
        )
        if name
    ]
    chars = Characters(aliases) if isinstance(aliases, Mapping) else aliases
    alias_list = chars.aliases_of(gold_name) if chars else ()
    for name in candidates:
        if chars:
            owners = chars.owners(name)
            if owners and gold_name not in owners:
                continue  # exactly someone else's name
        if name_matches(name, gold_name, alias_list):
            return True
    return False


# --------------------------------------------------------------------------
# corpus scoring
# --------------------------------------------------------------------------


def _kind(pred: Any) -> str:
    kind = getattr(pred, "kind", None)
    return str(getattr(kind, "value", kind))


def _mode(pred: Any) -> str | None:
    mode = getattr(pred, "mode", None)
    return None if mode is None else str(getattr(mode, "value", mode))


def _snippet(text: str, start: int, end: int, context: int = 60, inner: int = 160) -> str:
    """``…left⟦quote⟧right…`` on one line, the quote shortened to *inner* chars."""
    body = text[start:end]
    if len(body) > inner:
        half = inner // 2 - 2
        body = body[:half] + " … " + body[-half:]
    left = text[max(0, start - context) : start]
    right = text[end : end + context]
    out = ("…" if start > context else "") + left + "⟦" + body + "⟧" + right
    out += "…" if end + context < len(text) else ""
    return " ".join(out.split())


def _label(value: Any) -> str:
    """A category value as a table key; null, "" and NaN become ``(none)``."""
    return value if isinstance(value, str) and value and value != "nan" else "(none)"


def _pred_speaker(pred: Any) -> str | None:
    speaker = getattr(pred, "speaker", None)
    return None if speaker is None else getattr(speaker, "name", None)


def _pred_mention(pred: Any) -> str | None:
    mention = getattr(pred, "speaker_mention", None)
    return None if mention is None else getattr(mention, "text", None)


def _gold_speaker_label(text: str, gold: Gold) -> str:
    label = gold.get("speaker") or gold.get("speaker_text") or "-"
    mentions = gold.get("speaker_mentions") or ()
    if mentions and len(mentions) <= 3:
        label += " @ " + " | ".join(repr(text[s:e]) for s, e in mentions)
    elif mentions:
        label += f" ({len(mentions)} mentions)"
    return label


def _spread(items: list[Any], k: int) -> list[Any]:
    """Up to *k* items evenly spread over the list (deterministic)."""
    if k <= 0 or not items:
        return []
    if len(items) <= k:
        return list(items)
    if k == 1:
        return [items[0]]
    return [items[round(i * (len(items) - 1) / (k - 1))] for i in range(k)]


def _pick_wrong(wrong: list[tuple[Doc, Gold, Any]], k: int) -> list[tuple[Doc, Gold, Any]]:
    """Up to *k* wrong attributions: about half where a speaker was predicted
    (misattributions) and half where none was, topping up from either."""
    named = [w for w in wrong if _pred_speaker(w[2]) or _pred_mention(w[2])]
    unnamed = [w for w in wrong if not (_pred_speaker(w[2]) or _pred_mention(w[2]))]
    n_named = min(len(named), max(k - len(unnamed), (k + 1) // 2))
    return _spread(named, n_named) + _spread(unnamed, k - n_named)


class _Tally:
    """Counts for one row of the detection/attribution table."""

    __slots__ = ("n_gold", "found", "n_with_speaker", "found_with_speaker", "right")

    def __init__(self) -> None:
        self.n_gold = self.found = self.n_with_speaker = 0
        self.found_with_speaker = self.right = 0

    def add(self, found: bool, with_speaker: bool, right: bool) -> None:
        self.n_gold += 1
        self.found += found
        self.n_with_speaker += with_speaker
        self.found_with_speaker += found and with_speaker
        self.right += found and with_speaker and right

    def figures(self) -> dict[str, Any]:
        return {
            "n_gold": self.n_gold,
            "found": self.found,
            "recall": ratio(self.found, self.n_gold),
            "n_with_speaker": self.n_with_speaker,
            "found_with_speaker": self.found_with_speaker,
            "right": self.right,
            "attr_on_found": ratio(self.right, self.found_with_speaker),
            "end_to_end": ratio(self.right, self.n_with_speaker),
        }


def _precision_table(counts: Mapping[str, list[int]]) -> dict[str, dict[str, Any]]:
    return {
        key: {"n_pred": n, "correct": ok, "precision": ratio(ok, n)}
        for key, (ok, n) in sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[0]))
    }


def score_corpus(
    docs: Sequence[Doc],
    extract_fn: Callable[[str], Sequence[Any]],
    max_examples: int = 0,
) -> dict[str, Any]:
    """Run ``extract_fn(text)`` on every document and score it.

    Returns a JSON-ready dict:

    * ``kinds``: per gold kind and ``all``: ``n_gold``, ``recall``,
      ``n_with_speaker``, ``attr_on_found`` (right / found with speaker) and
      ``end_to_end`` (found and right / with speaker);
    * ``by_attribution_type``: the same rows per gold ``attribution_type``
      (PDNC: Explicit / Anaphoric / Implicit), when the corpus has it;
    * ``precision``: per predicted kind and ``all`` (``n_pred``, ``precision``);
      ``precision_by_mode`` likewise per predicted ``mode``;
    * ``rules``: for precise predictions whose best gold has a speaker, per
      rule named in ``evidence``, how often the attribution was right (only
      predictions that name a speaker or mention; the others are counted under
      ``(no speaker)``);
    * ``n_docs``, ``n_chars``, ``seconds`` (extraction only),
      ``chars_per_sec``, ``n_failed_docs`` and ``first_failure``: a document
      whose extraction raised counts as having no predictions;
    * ``examples`` (when ``max_examples`` > 0): missed gold quotes and wrong
      attributions (half of them with a predicted speaker when possible),
      with snippets, spread over the corpus.
    """
    by_kind: dict[str, _Tally] = defaultdict(_Tally)
    by_type: dict[str, _Tally] = defaultdict(_Tally)
    overall = _Tally()
    prec_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # [correct, n]
    prec_mode: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rules: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # [right, n]
    missed: list[tuple[Doc, Gold, Any | None]] = []
    wrong: list[tuple[Doc, Gold, Any]] = []
    n_chars = 0
    seconds = 0.0
    n_failed = 0
    first_failure: str | None = None

    span_prec = [0, 0]  # quote-span detection: correct, predicted
    span_direct = [0, 0]  # gold direct quotes found by those spans, all
    for doc in docs:
        text: str = doc["text"]
        golds: list[Gold] = list(doc.get("quotes") or ())
        n_chars += len(text)
        began = time.perf_counter()
        try:
            preds = list(extract_fn(text))
        except Exception as exc:  # a crash on one document must not stop the run
            preds = []
            n_failed += 1
            if first_failure is None:
                first_failure = f"{doc.get('id')}: {type(exc).__name__}: {exc}"
        seconds += time.perf_counter() - began

        chars = Characters.from_doc(doc)
        gold_spans = [_bounds(g) for g in golds]
        pred_spans = [_bounds(p) for p in preds]

        # recall and attribution, per gold quote
        for gold, hit_ids in zip(golds, overlapping(gold_spans, pred_spans)):
            match = is_found(gold, [preds[i] for i in hit_ids])
            with_speaker = has_gold_speaker(gold)
            right = match is not None and with_speaker and speaker_right(match, gold, chars)
            found = match is not None
            for tally in (overall, by_kind[str(gold.get("kind"))]):
                tally.add(found, with_speaker, right)
            if "attribution_type" in gold:
                by_type[_label(gold["attribution_type"])].add(found, with_speaker, right)
            if not found and max_examples:
                near, _ = best_overlap(gold, [preds[i] for i in hit_ids])
                missed.append((doc, gold, near))
            elif found and with_speaker and not right and max_examples:
                wrong.append((doc, gold, match))

        # Quote-span detection, the marks-based stage on its own: the spans in
        # quotation marks that the extractor reports (direct quotes and the
        # verbatim fragments of mixed quotes), scored with the same rules.
        qspans: list[tuple[int, int]] = []
        for p in preds:
            if _kind(p) == "direct":
                qspans.append(_bounds(p))
            elif _kind(p) == "mixed":
                qspans.extend(_bounds(f) for f in getattr(p, "fragments", ()) or ())
        for sp, hit_ids in zip(qspans, overlapping(qspans, gold_spans)):
            span_prec[0] += is_precise({"start": sp[0], "end": sp[1]}, [golds[i] for i in hit_ids])
            span_prec[1] += 1
        for gold, hit_ids in zip(golds, overlapping(gold_spans, qspans)):
            if gold.get("kind") == "direct":
                span_direct[1] += 1
                span_direct[0] += is_found(gold, [{"start": qspans[i][0], "end": qspans[i][1]} for i in hit_ids]) is not None

        # precision and per-rule attribution, per predicted quote
        for pred, hit_ids in zip(preds, overlapping(pred_spans, gold_spans)):
            cands = [golds[i] for i in hit_ids]
            ok = is_precise(pred, cands)
            for key, table in ((_kind(pred), prec_kind), ("all", prec_kind), (_mode(pred), prec_mode)):
                if key is not None:
                    table[key][0] += ok
                    table[key][1] += 1
            if not ok:
                continue
            best, _ = best_overlap(pred, cands)
            if best is None or not has_gold_speaker(best):
                continue
            attributed = _pred_speaker(pred) is not None or _pred_mention(pred) is not None
            right = attributed and speaker_right(pred, best, chars)
            names = set(getattr(pred, "evidence", ()) or ()) if attributed else {"(no speaker)"}
            for rule in names or {"(no evidence)"}:
                rules[rule][0] += right
                rules[rule][1] += 1

    kinds = {kind: by_kind[kind].figures() for kind in KINDS}
    for kind in sorted(set(by_kind) - set(KINDS)):
        kinds[kind] = by_kind[kind].figures()
    kinds["all"] = overall.figures()
    if "all" not in prec_kind:
        prec_kind["all"] = [0, 0]

    result: dict[str, Any] = {
        "n_docs": len(docs),
        "n_chars": n_chars,
        "seconds": seconds,
        "chars_per_sec": ratio(n_chars, seconds),
        "n_failed_docs": n_failed,
        "first_failure": first_failure,
        "kinds": kinds,
        "by_attribution_type": {t: by_type[t].figures() for t in sorted(by_type)},
        "precision": _precision_table(prec_kind),
        "span_detection": {
            "n_spans": span_prec[1],
            "precision": ratio(span_prec[0], span_prec[1]),
            "direct_recall": ratio(span_direct[0], span_direct[1]),
        },
        "precision_by_mode": _precision_table(prec_mode),
        "rules": [
            {"rule": rule, "n": n, "right": ok, "precision": ratio(ok, n)}
            for rule, (ok, n) in sorted(rules.items(), key=lambda kv: (-kv[1][1], kv[0]))
        ],
    }
    if max_examples:
        result["examples"] = {
            "missed": [_missed_example(d, g, p) for d, g, p in _spread(missed, max_examples)],
            "wrong": [_wrong_example(d, g, p) for d, g, p in _pick_wrong(wrong, max_examples)],
        }
    return result


def _missed_example(doc: Doc, gold: Gold, near: Any | None) -> dict[str, Any]:
    text: str = doc["text"]
    start, end = _bounds(gold)
    example: dict[str, Any] = {
        "doc": doc.get("id"),
        "kind": gold.get("kind"),
        "start": start,
        "end": end,
        "gold_speaker": _gold_speaker_label(text, gold),
        "snippet": _snippet(text, start, end),
    }
    if near is not None:
        n_start, n_end = _bounds(near)
        example["nearest_pred"] = {
            "kind": _kind(near),
            "start": n_start,
            "end": n_end,
            "overlap": overlap(start, end, n_start, n_end),
        }
    return example


def _wrong_example(doc: Doc, gold: Gold, pred: Any) -> dict[str, Any]:
    text: str = doc["text"]
    start, end = _bounds(gold)
    return {
        "doc": doc.get("id"),
        "kind": gold.get("kind"),
        "start": start,
        "end": end,
        "attribution_type": gold.get("attribution_type"),
        "gold_speaker": _gold_speaker_label(text, gold),
        "pred_speaker": _pred_speaker(pred),
        "pred_mention": _pred_mention(pred),
        "evidence": list(getattr(pred, "evidence", ()) or ()),
        "snippet": _snippet(text, start, end),
    }


def kind_counts(docs: Iterable[Doc]) -> Counter[str]:
    """Number of gold quotes per kind (a convenience for reports)."""
    return Counter(str(q.get("kind")) for d in docs for q in d.get("quotes") or ())
