"""Interview and transcript turns: paragraphs that a label hands to a speaker.

A Q&A interview ("Q: ..." / "A: ...", or dash-led answers) and a transcript
("BELL: ...", "THE CHAIR: ...", "Holt: ...") quote their speakers verbatim
without quotation marks: the label at the start of the paragraph says who
speaks, and the turn after it is a ``direct`` quote (evidence ``label-turn``).
The speaker comes from the introduction, the paragraphs before the first
label: a label names a person it mentions ("BELL" -> "Tom Bell"), a role it
gives someone ("the chair, Councillor Mira Holt"; "Denise Hobart (chair)"),
and "Q"/"A" are the two parties of its interview verb ("Ana Ruiz spoke to the
mayor, Tom Bell"; "Tom Bell told the Gazette": the newspaper asks).

Sieves (``quotes/sieves/registry.py``): ``transcript-label``, ``interview-q``,
``interview-a`` (the label decides), ``transcript-continuation`` (an
unlabelled paragraph between turns carries on the turn before it) and
``interview-alternation`` (after the first exchange, questions and answers
alternate without labels). The format is the news Q&A and the published
transcript as news style guides describe them (a standfirst naming both
parties, then labelled turns); a document is read this way only when at least
two paragraphs carry labels of one style that resolve, so a lone headline
"Mayor: budget cuts unavoidable", editorial labels ("Update:", "Photo:",
``not_labels.txt``) and live-blog time stamps ("14:32 -") are left alone.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .. import lexicon
from ..config import Config
from ..items import Item
from ..model import QuoteKind
from ..segment import Segmentation
from ..syntax.phrases import Mention
from .base import Attribution

__all__ = ["TURN_SIEVES", "find_turns", "merge_turns"]

#: The sieves of this family: a turn they decide never borrows a speaker from
#: its neighbours (a role label with no name, "MEMBER OF THE PUBLIC", stays unnamed).
TURN_SIEVES = frozenset({"transcript-label", "interview-q", "interview-a", "transcript-continuation", "interview-alternation"})

#: A speaker label opening a paragraph, then the turn.
_LABEL = re.compile(
    r"""
    (?P<label>
        [QA](?=[ ]?[:\u2013\u2014-]|\.[ ])                                # Q or A: question, answer ("Q.", "A:")
      | Question(?=[ ]?:) | Answer(?=[ ]?:)                                # spelt out

      | [A-Z][A-Z'\u2019.\-]{1,30}(?:[ ][A-Z][A-Z'\u2019.\-]{0,30}){0,5}    # capitals: BELL, ANA RUIZ, THE CHAIR
      | [A-Z][a-z'\u2019\-]{1,30}(?:[ ][A-Z][a-z'\u2019\-]{1,30}){0,2}      # a capitalised name: Holt, Tom Bell
    )
    (?:[ ]?:|[ ][\u2013\u2014-]|(?<=[QA])\.)   # a colon right after it, a spaced dash, or "Q." / "A."
    [ \t]{1,5}(?=\S)               # the turn starts at the next character
    """,
    re.VERBOSE,
)

#: A dash-led paragraph: an answer in a Q&A interview.
_DASH = re.compile(r"(?:[\u2013\u2014]|-(?=[ ]))[ \t]{0,5}(?=\S)")  # en or em dash, or a hyphen and a space

#: A run of capitalised words: a name as the introduction writes it.
_NAME = re.compile(
    r"""
    (?<![\w'\u2019])[A-Z][a-z][\w'\u2019\-]{0,30}          # a capitalised word of two letters or more
    (?:[ ](?:[A-Z][a-z]?[\w'\u2019\-]{0,30}))              # a second one (Tom Bell, Ana Ruiz, Kestrel Gazette)
    {0,4}                                                  # up to five words in all
    """,
    re.VERBOSE,
)

#: A word of letters (digits and tallies are no words): "Clinton: 2,316." is a score, not a turn.
_WORD = re.compile(r"[^\W\d_]{2,}")

#: A role the introduction gives a name: "the chair, NAME", "NAME (chair)", "NAME, the chair,".
_ROLE = re.compile(
    r"""
      \b(?:the|our)[ ](?P<role1>[a-z][a-z\-]{1,30}(?:[ ][a-z][a-z\-]{1,30}){0,2}),[ ]   # the chair, ...
        (?P<name1>[A-Z][\w'\u2019\-]{1,30}(?:[ ][A-Z][\w'\u2019\-]{1,30}){0,4})        # ... Councillor Mira Holt
    | (?P<name2>[A-Z][\w'\u2019\-]{1,30}(?:[ ][A-Z][\w'\u2019\-]{1,30}){0,4})          # Denise Hobart ...
        [ ]?\((?P<role2>[a-z][a-z\-]{1,30}(?:[ ][a-z][a-z\-]{1,30}){0,2})\)            # ... (chair)
    """,
    re.VERBOSE,
)

#: The words before a name that describe it: "the mayor, ", "The novelist ".
_DESCRIBED_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ ](?:[\w\-]{1,30}[ ]){0,3}[a-z][\w\-]{0,30},?[ ]\Z")
#: The words after a name that describe it: ", 49, the architect", ", who".
_DESCRIBED_AFTER = re.compile(r"\A,[ ](?:\d{1,3},[ ])?(?:the|a|an|who)\b")


@functools.cache
def _verb_pattern() -> re.Pattern[str]:
    """The interview verbs of ``interview_verbs.txt`` as one alternation (built and compiled once)."""
    phrases = sorted(lexicon.interview_verbs(), key=len, reverse=True)
    alternation = "|".join(r"[ ]".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"[ ](?P<verb>{alternation})[ ]")  # a verb phrase between two words


class _Label(NamedTuple):
    style: str  # qa | caps | name | dash
    label: str
    start: int  # of the label
    end: int
    turn: int  # where the turn text starts


class _Turn(NamedTuple):
    start: int
    end: int
    rule: str
    mention: Mention | None
    paragraph: int


def _label_of(text: str, start: int, end: int) -> _Label | None:
    """The label opening the paragraph [start, end), if any."""
    m = _LABEL.match(text, start, end)
    if m is not None:
        label = {"Question": "Q", "Answer": "A"}.get(m.group("label"), m.group("label"))
        if label.lower() in lexicon.not_labels():
            return None
        style = "qa" if label in {"Q", "A"} else "caps" if label.isupper() else "name"
        return _Label(style, label, m.start("label"), m.end("label"), m.end())
    d = _DASH.match(text, start, end)
    if d is not None:
        return _Label("dash", "", d.start(), d.start() + 1, d.end())
    return None


def _clean_name(run: str) -> str:
    """A name run without a leading title or article and a trailing possessive."""
    words = run.split()
    titles = lexicon.titles()
    while len(words) > 1 and (words[0].rstrip(".") in titles or words[0] in {"The", "A", "An"}):
        words = words[1:]
    words[-1] = re.sub(r"['\u2019]s?\Z", "", words[-1]) or words[-1]
    return " ".join(words)


class _Intro:
    """What the paragraphs around the turns say about the speakers: names by their words, roles."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.by_word: dict[str, str] = {}
        self.by_role: dict[str, str] = {}
        self._rank: dict[str, tuple[bool, int]] = {}
        for s, e in spans:
            for m in _NAME.finditer(text, s, e):
                name = _clean_name(m.group())
                words = name.lower().split()
                for k, w in enumerate(words):
                    # A person's name ends in the surname a label gives: a run
                    # that ends in the word beats a longer one that only holds it
                    # ("Celestine Vance" before "Vance Oduya Studio").
                    rank = (k == len(words) - 1, len(words))
                    if rank > self._rank.get(w, (False, 0)):
                        self.by_word[w], self._rank[w] = name, rank
            for m in _ROLE.finditer(text, s, e):
                role = m.group("role1") or m.group("role2")
                name = _clean_name(m.group("name1") or m.group("name2"))
                self.by_role.setdefault(role.split()[-1], name)
                self.by_role.setdefault(role, name)

    def resolve(self, label: str) -> str | None:
        """The full name a label stands for ("BELL" -> "Tom Bell", "THE CHAIR" -> the chair's name)."""
        words = label.lower().split()
        if words and words[0] in {"the", "a", "an"}:
            role = " ".join(words[1:])
            return self.by_role.get(role)
        if not words:
            return None
        name = self.by_word.get(words[-1])
        if name is not None and all(w in name.lower().split() for w in words):
            return name
        return self.by_role.get(" ".join(words))


def _mention(start: int, end: int, text: str, name: str | None) -> Mention | None:
    if name is None:
        return None
    return Mention(start, end, text[start:end], "name", name.split()[-1].lower(), name, None, (), (), None, False)


#: "In an interview with the Courier, Ana Ruiz ...": the outlet after "with"
#: asks, the first name after it answers.
_INTERVIEW_WITH = re.compile(r"\b(?:[Ii]n|[Dd]uring)[ ](?:an|a|this|the)[ ](?:\w+[ ])?(?:interview|conversation)[ ]with[ ]")


#: What follows a name that is its sentence's subject: a lower-case verb, or an age between commas.
_SUBJECT_NEXT = re.compile(r"[ ](?:[a-z]+\b)|,[ ]\d{1,3},")


def _parties(text: str, intro: list[tuple[int, int]], headline: str) -> tuple[str | None, str | None]:
    """(interviewer, interviewee) named by the introduction's interview verb."""
    verbs = lexicon.interview_verbs()
    for s, e in intro:
        for w in _INTERVIEW_WITH.finditer(text, s, e):
            names = [n for n in _NAME.finditer(text, w.end(), min(e, w.end() + 200))
                     if n.group().split()[0].lower() not in lexicon.pronouns()]
            if len(names) >= 2:
                return _clean_name(names[0].group()), _clean_name(names[1].group())
    for s, e in intro:
        for v in _verb_pattern().finditer(text, s, e):
            before = list(_NAME.finditer(text, max(s, v.start() - 200), v.start()))
            after = _NAME.search(text, v.end(), min(e, v.end() + 60))
            if not before or after is None:
                continue
            before = [b for b in before if b.group().split()[0].lower() not in lexicon.pronouns()]
            if not before:
                continue
            x, y = before[-1], after
            xs, ys = _clean_name(x.group()), _clean_name(y.group())
            direction = verbs[" ".join(v.group("verb").split())]
            if direction == "either" and _is_outlet(xs) != _is_outlet(ys):
                direction = "asker" if _is_outlet(xs) else "answerer"  # a newspaper asks: "Ruiz spoke to the Gazette"
            if direction == "either":
                dx, dy = _described(text, x, s), _described(text, y, s)
                if dx != dy:
                    direction = "answerer" if dx else "asker"
                else:
                    direction = "answerer" if xs.split()[-1] in headline and ys.split()[-1] not in headline else "asker"
            return (xs, ys) if direction == "asker" else (ys, xs)
    # "He spoke to us ...", or no interview verb at all: the person the
    # introduction is about, the first it names that is no outlet, answers.
    # (The headline, a first paragraph with no full stop, is passed over.)
    body = intro[1:] if intro and not text[intro[0][0] : intro[0][1]].rstrip().endswith((".", '"', "\u201d")) else intro
    for s, e in body:
        for n in _NAME.finditer(text, s, e):
            name = _clean_name(n.group())
            if " " in name and name.split()[0].lower() not in lexicon.pronouns() and not _is_outlet(name) and _SUBJECT_NEXT.match(text, n.end(), e):
                return None, name  # the subject of a sentence: "Edwin Tallis handed over", "Ana Ruiz, 61, said"
    return None, None


def _is_outlet(name: str) -> bool:
    """A newspaper, broadcaster or other organisation ("the Kestrel Gazette",
    "Radio Schelde"): in an interview it asks the questions."""
    words = set(name.split())
    types = lexicon.org_types()
    outlets = types.get("newspaper", frozenset()) | types.get("broadcaster", frozenset())
    return bool(words & (outlets | lexicon.org_words()))


def _described(text: str, m: re.Match[str], floor: int) -> bool:
    """The introduction describes this name ("the mayor, Tom Bell"; "Celestine Vance, 49, the architect")."""
    return bool(_DESCRIBED_BEFORE.search(text[max(floor, m.start() - 60) : m.start()])) or bool(
        _DESCRIBED_AFTER.match(text[m.end() : m.end() + 20])
    )


def _is_question(text: str, start: int, end: int) -> bool:
    return text[start:end].rstrip().rstrip("\"'\u201d\u2019*").endswith("?")


def find_turns(text: str, seg: Segmentation, config: Config) -> list[Item]:
    """The turns of an interview or transcript, as items (none in other documents)."""
    paras = [(p.start, p.end) for p in seg.paragraphs]
    labels = [_label_of(text, s, e) for s, e in paras]
    qa = [i for i, lab in enumerate(labels) if lab is not None and lab.style == "qa"]
    named = [i for i, lab in enumerate(labels) if lab is not None and lab.style in {"caps", "name"}]
    off = config.disabled_sieves
    if len(qa) >= 2 and any(labels[i].label == "Q" for i in qa):  # type: ignore[union-attr]
        turns = _qa_turns(text, paras, labels, qa[0])
    elif len(named) >= 2:
        turns = _named_turns(text, paras, labels, named)
    else:
        return []
    return [
        Item(t.start, t.end, QuoteKind.DIRECT, Attribution(t.mention, None, None, t.rule, "speech"), ("label-turn",),
             (), (), None, t.paragraph, seg.sentence_at(t.start), True)
        for t in turns if t.rule not in off
    ]


def _qa_turns(text: str, paras: list[tuple[int, int]], labels: list[_Label | None], first: int) -> list[_Turn]:
    """Q/A labels, dash-led answers, unlabelled continuations and alternation."""
    headline = text[paras[0][0] : paras[0][1]] if first > 0 else ""
    asker, answerer = _parties(text, paras[:first], headline)
    last_label = max(i for i, lab in enumerate(labels) if lab is not None and lab.style == "qa")
    out: list[_Turn] = []
    prev: str | None = None  # "q" or "a": whose turn came last
    said: dict[str, Mention | None] = {}  # the last label of each party: an unlabelled turn's mention
    for i in range(first, len(paras)):
        s, e = paras[i]
        lab = labels[i]
        if lab is not None and lab.style == "qa":
            prev = "q" if lab.label == "Q" else "a"
            said[prev] = _mention(lab.start, lab.end, text, asker if prev == "q" else answerer)
            out.append(_Turn(lab.turn, e, f"interview-{prev}", said[prev], i))
            continue
        if lab is not None and lab.style == "dash" and prev == "q":
            prev = "a"
            said[prev] = _mention(lab.start, lab.end, text, answerer)
            out.append(_Turn(lab.turn, e, "interview-a", said[prev], i))
            continue
        question = _is_question(text, s, e)
        if lab is not None or prev is None:
            prev = None
        elif prev == "a" and not question and i < last_label:
            out.append(_Turn(s, e, "transcript-continuation", out[-1].mention, i))
        elif prev == "a" and question or prev == "q" and not question:
            prev = "q" if question else "a"
            out.append(_Turn(s, e, "interview-alternation", said.get(prev), i))
        else:
            prev = None
    return out


def _named_turns(text: str, paras: list[tuple[int, int]], labels: list[_Label | None], named: list[int]) -> list[_Turn]:
    """Name, surname and role labels, and the unlabelled paragraphs of a long turn."""
    intro = _Intro(text, [(s, labels[i].start if labels[i] is not None else e) for i, (s, e) in enumerate(paras)])  # type: ignore[union-attr]
    resolved = {i: intro.resolve(labels[i].label) for i in named}  # type: ignore[union-attr]
    styles = [labels[i].style for i in named if resolved[i] is not None]  # type: ignore[union-attr]
    style = max(("caps", "name"), key=styles.count)
    if styles.count(style) < 2:
        return []
    turns_at = [i for i in named if labels[i].style == style and (style == "caps" or resolved[i] is not None)  # type: ignore[union-attr]
                and len(_WORD.findall(text, labels[i].turn, paras[i][1])) >= 2]  # type: ignore[union-attr]
    said = [resolved[i] for i in turns_at if resolved[i] is not None]
    if len(set(said)) < 2 or len(said) == len(set(said)):
        return []  # a conversation: two speakers at least, one of them speaking twice (not a list of headings)
    out: list[_Turn] = []
    current: Mention | None = None
    live = False
    for i in range(turns_at[0], len(paras)):
        s, e = paras[i]
        lab = labels[i]
        if i in resolved and i in turns_at and lab is not None:
            current = _mention(lab.start, lab.end, text, resolved[i])
            live = True
            out.append(_Turn(lab.turn, e, "transcript-label", current, i))
        elif live and lab is None and i < turns_at[-1] and text[s] not in "([" and not _names(text, s, e, current):
            out.append(_Turn(s, e, "transcript-continuation", current, i))
        else:
            live = False
    return out


def _names(text: str, start: int, end: int, speaker: Mention | None) -> bool:
    """The paragraph names the speaker of the turn before it: narration about them, not their words."""
    if speaker is None or not speaker.name:
        return False
    return speaker.name.split()[-1] in _WORD.findall(text, start, end)


def merge_turns(items: list[Item], turns: list[Item], seg: Segmentation) -> list[Item]:
    """The items with the turns added: an item over a label, or one that read
    the label as a headline speaker, gives way; quotes inside a turn stay."""
    if not turns:
        return items
    starts = {t.start for t in turns}
    paras = {t.paragraph: t for t in turns}
    kept = []
    for it in items:
        turn = paras.get(it.paragraph)
        if it.start in starts or turn is not None and (
            it.start < turn.start or "headline" in it.evidence or "marks-dash" in it.evidence
        ):
            continue
        kept.append(it)
    kept.extend(turns)
    kept.sort(key=lambda it: (it.start, -it.end))
    return kept
