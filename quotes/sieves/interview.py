"""Interview and transcript turns: paragraphs that a label hands to a speaker.

A Q&A interview ("Q: ..." / "A: ...", or dash-led answers) and a transcript
("BELL: ...", "THE CHAIR: ...", "Holt: ...") quote their speakers verbatim
without quotation marks: the label at the start of the paragraph says who
speaks, and the turn after it is a ``direct`` quote (evidence ``label-turn``).
The speaker comes from the introduction, the paragraphs before the first
label: a label names a person it mentions ("BELL" -> "Tom Bell", "MS RUIZ" ->
"Ana Ruiz"), a role it gives someone ("the chair, Councillor Mira Holt";
"Denise Hobart (chair)"; "presented by Tom Bell"; "The judge is Ana Ruiz"),
and "Q"/"A" are the two parties of its interview verb ("Ana Ruiz spoke to the
mayor, Tom Bell"; "Tom Bell told the Gazette": the newspaper asks). A label
may name itself ("HOST (Saskia Brandt):", "PIETER OLSEN (mayor):", "Q (Tom
Reed, Courier):" at a press conference), stand for initials ("JT:" for Jana
Tomic), or belong to the publication, which asks and names no one ("VALLEY
POST:"). A Q&A printed with no labels at all ("We
spoke to Reid. Edited excerpts:", then one-sentence questions and their
answers) is read the same way.

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
from .parties import MAX_INTRO_PARAGRAPHS, NAME, clean_name, is_outlet, parties, verb_pattern

__all__ = ["TURN_SIEVES", "find_turns", "labelled_turn", "merge_turns"]

#: The sieves of this family: a turn they decide never borrows a speaker from
#: its neighbours (a role label with no name, "MEMBER OF THE PUBLIC", stays unnamed).
TURN_SIEVES = frozenset({"transcript-label", "interview-q", "interview-a", "transcript-continuation", "interview-alternation"})

#: A speaker label opening a paragraph, then the turn.
_LABEL = re.compile(
    r"""
    (?P<label>
        [QA](?=[ ]?[:\u2013\u2014-]|\.[ ]|[ ]\([^()\n]{2,80}\)[ ]?:)       # Q or A: question, answer ("Q.", "A:", "Q (Tom Reed, Courier):")
      | Question(?=[ ]?:) | Answer(?=[ ]?:)                                # spelt out

      | [A-Z][A-Z'\u2019.\-]{1,30}(?:[ ][A-Z][A-Z'\u2019.\-]{0,30}){0,5}    # capitals: BELL, ANA RUIZ, THE CHAIR
      | [A-Z][a-z'\u2019\-]{1,30}(?:[ ][A-Z][a-z'\u2019\-]{1,30}){0,2}      # a capitalised name: Holt, Tom Bell
    )
    (?:[ ]\((?P<paren>[^()\n]{2,80})\)(?=[ ]?:))?   # "HOST (Saskia Brandt):", "PIETER OLSEN (mayor):" (a colon: "Oslo (AFP) -" is a dateline)
    (?:[ ]?:|[ ][\u2013\u2014-]|(?<=[QA])\.)   # a colon right after it, a spaced dash, or "Q." / "A."
    [ \t]{1,5}(?=\S)               # the turn starts at the next character
    """,
    re.VERBOSE,
)

#: What ends a label (:data:`_LABEL`): a colon, a spaced dash, or the full
#: stop after "Q" or "A" (also a label in capitals ending in either, "NASA.").
_LABEL_ENDS = (":", " -", " \u2013", " \u2014", "Q.", "A.")
#: How far into a paragraph a label's end may lie: six words of capitals
#: (191 characters), a bracket (84) and the colon, rounded up.
_LABEL_REACH = 300

#: A dash-led paragraph: an answer in a Q&A interview.
_DASH = re.compile(r"(?:[\u2013\u2014]|-(?=[ ]))[ \t]{0,5}(?=\S)")  # en or em dash, or a hyphen and a space

#: Name particles, lower case inside a name written out from capitals ("Joost de Graaf").
_PARTICLES = frozenset("de van der von den da di du la le del al el bin ibn ter".split())

#: Words a label written out as a name never holds ("MEMBER OF THE PUBLIC", "THE CHAIR").
_NOT_IN_NAMES = frozenset("THE A AN OF AND FOR TO IN ON".split())

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

#: A role the introduction gives as a participle and a name: "presented by Anjali Mehra", "chaired by ...".
_ROLE_BY = re.compile(r"\b(?P<verb>presented|hosted|chaired|moderated|fronted)[ ]by[ ](?P<name>[A-Z][\w'\u2019\-]{1,30}(?:[ ][A-Z][\w'\u2019\-]{1,30}){0,4})")
#: The role each of those participles gives ("Presenter:", "HOST:", "THE CHAIR:").
_ROLE_OF = {"presented": "presenter", "hosted": "host", "chaired": "chair", "moderated": "moderator", "fronted": "presenter"}
#: A role the introduction gives with a copula: "The judge is Harriet Coombe", "Our host was Tom Bell".
_ROLE_IS = re.compile(r"\b(?:The|the|Our|our)[ ](?P<role>[a-z][a-z\-]{1,30})[ ](?:is|was)[ ](?P<name>[A-Z][\w'\u2019\-]{1,30}(?:[ ][A-Z][\w'\u2019\-]{1,30}){0,4})")


@functools.cache
def _title_words() -> frozenset[str]:
    """The one-word titles of ``titles.txt``, lower-case, without their full
    stops: the honorifics and titles a label may put before a surname ("MS
    ABARA:", "DR. LINDQVIST:", "MAYOR OKONJO:")."""
    return frozenset(t.lower().rstrip(".") for t in lexicon.titles() if " " not in t)


class _Label(NamedTuple):
    style: str  # qa | caps | name | dash
    label: str
    start: int  # of the label
    end: int
    turn: int  # where the turn text starts
    paren: str = ""  # what a bracket after the label says: a name ("Saskia Brandt") or a role


class _Turn(NamedTuple):
    start: int
    end: int
    rule: str
    mention: Mention | None
    paragraph: int


def _label_of(text: str, start: int, end: int) -> _Label | None:
    """The label opening the paragraph [start, end), if any."""
    lim = min(end, start + _LABEL_REACH)
    # (What ends every label, looked for first in C: most paragraphs hold none
    # near their start, and the pattern is not tried.)
    m = _LABEL.match(text, start, end) if any(text.find(c, start, lim) >= 0 for c in _LABEL_ENDS) else None
    if m is not None:
        label = {"Question": "Q", "Answer": "A"}.get(m.group("label"), m.group("label"))
        if label.lower() in lexicon.not_labels():
            return None
        style = "qa" if label in {"Q", "A"} else "caps" if label.isupper() else "name"
        return _Label(style, label, m.start("label"), m.end("label"), m.end(), m.group("paren") or "")
    d = _DASH.match(text, start, end)
    if d is not None:
        return _Label("dash", "", d.start(), d.start() + 1, d.end())
    return None


#: How far (characters) from a labelled paragraph another paragraph with its label is looked for.
_TURN_REACH = 20_000


def labelled_turn(text: str, start: int, end: int) -> bool:
    """Does the paragraph [start, end) open with a speaker label in capitals
    ("KESTLER:", "Q:") that another paragraph near it opens with too? Then it is
    a turn of a transcript or an interview, not a headline ("Mayor: budget
    cuts unavoidable"), whatever it holds: the quotes inside it are
    its speaker's report of others. (Looked for within :data:`_TURN_REACH`
    on either side: a bounded search per paragraph, linear in all.)"""
    lab = _label_of(text, start, end)
    if lab is None or lab.style not in {"caps", "qa"}:
        return False  # (a name label, "Bernie Sanders: ...", may be a headline repeated in the story)
    key = "\n" + text[lab.start : lab.turn].rstrip()
    return text.find(key, max(0, start - _TURN_REACH), max(0, start - 1)) >= 0 or text.find(key, end, end + _TURN_REACH) >= 0


class _Intro:
    """What the paragraphs around the turns say about the speakers: names by their words, roles."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.by_word: dict[str, str] = {}
        self.by_role: dict[str, str] = {}
        self.names: list[str] = []  # every name run, in order (for initials: "JT" -> "Jana Tomic")
        self._rank: dict[str, tuple[bool, int]] = {}
        for s, e in spans:
            for m in NAME.finditer(text, s, e):
                self.add(clean_name(m.group()))
            for m in _ROLE.finditer(text, s, e):
                role = m.group("role1") or m.group("role2")
                name = clean_name(m.group("name1") or m.group("name2"))
                self.by_role.setdefault(role.split()[-1], name)
                self.by_role.setdefault(role, name)
            for m in _ROLE_BY.finditer(text, s, e):
                self.by_role.setdefault(_ROLE_OF[m.group("verb")], clean_name(m.group("name")))
            for m in _ROLE_IS.finditer(text, s, e):
                self.by_role.setdefault(m.group("role"), clean_name(m.group("name")))

    def add(self, name: str) -> None:
        """Index a name by its words: a label of any of them may stand for it."""
        self.names.append(name)
        words = name.lower().split()
        for k, w in enumerate(words):
            # A person's name ends in the surname a label gives: a run
            # that ends in the word beats a longer one that only holds it
            # ("Celestine Vance" before "Vance Oduya Studio").
            rank = (k == len(words) - 1, len(words))
            if rank > self._rank.get(w, (False, 0)):
                self.by_word[w], self._rank[w] = name, rank

    def label_name(self, lab: _Label) -> str | None:
        """The name a label gives itself: a name in its bracket ("HOST (Saskia
        Brandt)"), or a label of two or more words that reads as a full name
        ("PIETER OLSEN (mayor)", "JOOST DE GRAAF"); it joins the index, so
        "BRANDT:" later stands for her."""
        if NAME.fullmatch(lab.paren.strip()) and not is_outlet(lab.paren):
            name = lab.paren.strip()
        elif lab.style == "caps" and len(lab.label.split()) >= 2 and not set(lab.label.split()) & _NOT_IN_NAMES and (
            self.resolve(lab.label) is None and not lexicon.roles().get(lab.label.split()[-1].lower())
        ):
            name = " ".join(w.lower() if w.lower() in _PARTICLES else w.capitalize() for w in lab.label.split())
            name = clean_name(name) if len(lab.label.split()) > 2 else name  # ("CLLR MAY ODUYA": May Oduya; "MR RENNER" stays)
        else:
            return None
        self.add(name)
        return name

    def resolve(self, label: str) -> str | None:
        """The full name a label stands for ("BELL" -> "Tom Bell", "MS ABARA" -> "Alison Abara", "THE CHAIR" -> the chair's name, "JT" -> "Jana Tomic")."""
        words = label.lower().split()
        if len(words) > 1 and words[0].rstrip(".") in _title_words():
            words = words[1:]  # "MS ABARA", "DR. LINDQVIST", "MAYOR OKONJO": the surname the introduction gives in full
        if words and words[0] in {"the", "a", "an"}:
            role = " ".join(words[1:])
            return self.by_role.get(role)
        if not words:
            return None
        name = self.by_word.get(words[-1])
        if name is not None and all(w in name.lower().split() for w in words):
            return name
        if label.isupper() and label.isalpha() and 2 <= len(label) <= 3:
            # Initials: the one name whose words' first letters spell the label.
            fits = {n for n in self.names if "".join(w[0] for w in n.split() if w.lower() not in _PARTICLES) == label}
            if len(fits) == 1:
                return fits.pop()
        return self.by_role.get(" ".join(words))


def _bracket_name(lab: _Label) -> str | None:
    """The person a question's or answer's bracket names ("Q (Tom Reed, Harbour Courier):" -> Tom Reed;
    not "Q (unidentified reporter):", nor an outlet alone)."""
    first = lab.paren.split(",")[0].strip()
    return first if first and NAME.fullmatch(first) and " " in first and not is_outlet(first) else None


def _mention(start: int, end: int, text: str, name: str | None) -> Mention | None:
    if name is None:
        return None
    return Mention(start, end, text[start:end], "name", name.split()[-1].lower(), name, None, (), (), None, False)


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
        first = qa[0]
        # A press conference: the speakers' opening statements, labelled in capitals with
        # names the introduction gives ("HALE:" for Ruth Hale), come before the first question.
        while first > 1 and (lab := labels[first - 1]) is not None and lab.style == "caps":
            intro = _Intro(text, paras[max(0, first - 1 - MAX_INTRO_PARAGRAPHS) : first - 1])
            if (intro.label_name(lab) or intro.resolve(lab.label)) is None:
                break
            first -= 1
        turns = _qa_turns(text, paras, labels, first)
    elif len(named) >= 2:
        turns = _named_turns(text, paras, labels, named)
    else:
        # (a lone label, "Choreographer Anouk Delveaux: « ... »", is a headline's)
        turns = _dash_turns(text, paras, labels) or (_bare_turns(text, paras) if not qa and not named else [])
    if turns and _publication_asks(text, paras[max(0, turns[0].paragraph - MAX_INTRO_PARAGRAPHS) : turns[0].paragraph]):
        # "She spoke to us ...", "We met in a cafe ...": the publication asks,
        # naming no one, and its questions are its own voice, as its headline
        # and narration are: no one's quotes (news annotation leaves them out).
        # A named asker's questions stay quotes.
        turns = [t for t in turns if t.mention is not None or t.rule not in _QUESTION_RULES or not _is_question(text, t.start, t.end)]
    return [
        Item(t.start, t.end, QuoteKind.DIRECT, Attribution(t.mention, None, None, t.rule, "speech"), ("label-turn",),
             (), (), None, t.paragraph, seg.sentence_at(t.start), True)
        for t in turns if t.rule not in off
    ]


#: The sieves that may hand a paragraph to the asker.
_QUESTION_RULES = frozenset({"interview-q", "interview-alternation"})

#: The publication in its own narration: "We met in a cafe", "she spoke to us" (quotations cut out first).
_WE = re.compile(r"\b(?:[Ww]e|us)\b")

#: A quotation inside the introduction, cut out before looking for "we" ("so nobody has to interrupt us").
_QUOTED = re.compile(r"[\"\u201c\u201e\u00ab\u2039][^\"\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\n]{0,600}[\"\u201d\u201c\u00bb\u203a]")


def _publication_asks(text: str, intro: list[tuple[int, int]]) -> bool:
    """Does the introduction, outside its quotations, speak as the publication ("we", "us")?"""
    return any(_WE.search(_QUOTED.sub(" ", text[s:e])) for s, e in intro)


def _qa_turns(text: str, paras: list[tuple[int, int]], labels: list[_Label | None], first: int) -> list[_Turn]:
    """Q/A labels, dash-led answers, name labels answering ("Q: ..." / "NISHIDA: ..."),
    unlabelled continuations and alternation."""
    headline = text[paras[0][0] : paras[0][1]] if first > 0 else ""
    asker, answerer = parties(text, paras[:first], headline)
    last_label = max(i for i, lab in enumerate(labels) if lab is not None and lab.style == "qa")
    out: list[_Turn] = []
    prev: str | None = None  # "q" or "a": whose turn came last
    said: dict[str, Mention | None] = {}  # the last label of each party: an unlabelled turn's mention
    intro = _Intro(text, paras[max(0, first - MAX_INTRO_PARAGRAPHS) : first])  # (names for "NISHIDA:" answering a press conference's "Q:")
    for i in range(first, len(paras)):
        s, e = paras[i]
        lab = labels[i]
        named = (intro.label_name(lab) or intro.resolve(lab.label)) if lab is not None and lab.style in {"caps", "name"} else None
        if lab is not None and named is not None:
            prev = "a"
            said[prev] = _mention(lab.start, lab.end, text, named)
            out.append(_Turn(lab.turn, e, "transcript-label", said[prev], i))
            continue
        if lab is not None and lab.style == "qa":
            prev = "q" if lab.label == "Q" else "a"
            said[prev] = _mention(lab.start, lab.end, text, _bracket_name(lab) or (asker if prev == "q" else answerer))
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


#: "Edited excerpts:", "This interview has been condensed": a Q&A follows.
_EXCERPTS = re.compile(r"\b(?:[Ee]xcerpts|[Ee]dited for (?:length|clarity)|(?:has been|was) (?:condensed|edited))\b")

#: A sentence end inside a paragraph: a bare question is one sentence ("Why now?"), not narration ending in one.
_INNER_END = re.compile(r"[.!?:;][ \n]")

#: The most a bare question paragraph holds (a question, not a paragraph that ends in one).
_MAX_QUESTION = 300


def _bare_turns(text: str, paras: list[tuple[int, int]]) -> list[_Turn]:
    """A Q&A printed with no labels ("We spoke to Reid ... Edited excerpts:",
    "Our reporter Ida Lund met him in the wheelhouse"): paragraphs that are
    one short question alternate with answers. Read so only when at least
    three such questions each have an answer after them, the paragraph before
    the first holds an interview verb or an editing note, and the introduction
    names who answers; each answer paragraph (and the ones after it, up to the
    next question) is the interviewee's."""
    def is_bare_question(i: int) -> bool:
        s, e = paras[i]
        if e - s > _MAX_QUESTION + 20:
            return False  # (no slice of a long paragraph: the test runs on every document)
        body = text[s:e].strip()
        return 0 < len(body) <= _MAX_QUESTION and body.endswith("?") and not _INNER_END.search(body[:-1]) and body[0] not in "\"'\u201c\u2018\u00ab\u201e-\u2013\u2014"
    asks = [is_bare_question(i) for i in range(len(paras))]
    questions = [i for i in range(1, len(paras) - 1) if asks[i] and not asks[i + 1]]
    if len(questions) < 3:
        return []
    first = questions[0]
    lead = paras[first - 1]
    # An introduction that says who talked to whom ("We spoke to ...", "Our reporter Ida Lund met him ...")
    # or how the Q&A was edited ("Edited excerpts:"), then questions close together.
    if not (verb_pattern().search(text, *lead) or _EXCERPTS.search(text, *lead)) or any(b - a > 4 for a, b in zip(questions, questions[1:])):
        return []
    headline = text[paras[0][0] : paras[0][1]]
    asker, answerer = parties(text, paras[:first], headline)
    if answerer is None:
        return []
    # The mentions are where the introduction names the two parties (no label to point at).
    q_at, a_at = _named_at(text, paras[0][0], lead[1], asker), _named_at(text, paras[0][0], lead[1], answerer)
    if a_at is None:
        return []
    return [_Turn(s, e, "interview-q", q_at, i) if asks[i] else _Turn(s, e, "interview-a", a_at, i)
            for i, (s, e) in enumerate(paras[first:], first)]


def _dateline(text: str, lab: _Label) -> bool:
    """A label of one word in capitals followed by a dash ("HALVERN — ..."): a news dateline's place."""
    return lab.style == "caps" and " " not in lab.label and any(d in text[lab.end : lab.turn] for d in "\u2014\u2013-")


def _named_at(text: str, start: int, end: int, name: str | None) -> Mention | None:
    """A mention of *name* where the introduction ``text[start:end]`` last names it (a turn with no label to point at)."""
    if name is None:
        return None
    k = text.rfind(name.split()[-1], start, end)
    return _mention(k, k + len(name.split()[-1]), text, name) if k >= 0 else None


def _dash_turns(text: str, paras: list[tuple[int, int]], labels: list[_Label | None]) -> list[_Turn]:
    """A Q&A whose answers open with a dash and whose questions carry no
    label, as French, Spanish and Russian interviews are printed ("Why did
    you say no?" / "– Because ..."): read so only when three answers at least
    each follow a paragraph that ends in a question mark, after an
    introduction that names who answers. A dash paragraph right after an
    answer carries it on; other paragraphs are narration."""
    def dash(i: int) -> bool:
        return labels[i] is not None and labels[i].style == "dash"  # type: ignore[union-attr]
    asked = [i for i in range(1, len(paras)) if dash(i) and labels[i - 1] is None and _is_question(text, *paras[i - 1])]
    if len(asked) < 3 or asked[0] < 2:
        return []
    first = asked[0] - 1
    asker, answerer = parties(text, paras[:first], text[paras[0][0] : paras[0][1]])
    if answerer is None:
        return []
    q_at = _named_at(text, paras[0][0], paras[first - 1][1], asker)
    out: list[_Turn] = []
    for i in range(first, len(paras)):
        s, e = paras[i]
        lab = labels[i]
        if lab is not None and lab.style == "dash" and out and out[-1].paragraph == i - 1:
            out.append(_Turn(lab.turn, e, "interview-a", _mention(lab.start, lab.end, text, answerer), i))
        elif lab is None and i + 1 < len(paras) and dash(i + 1) and _is_question(text, s, e):
            out.append(_Turn(s, e, "interview-q", q_at, i))
    return out


def _named_turns(text: str, paras: list[tuple[int, int]], labels: list[_Label | None], named: list[int]) -> list[_Turn]:
    """Name, surname and role labels, and the unlabelled paragraphs of a long turn."""
    # (a dateline, "HALVERN — The brewery ...", reads like a label and a dash: its paragraph is introduction)
    intro = _Intro(text, [(s, lab.start if lab is not None and not _dateline(text, lab) else e) for lab, (s, e) in zip(labels, paras)])
    resolved: dict[int, str | None] = {}
    for i in named:
        lab = labels[i]
        assert lab is not None
        resolved[i] = intro.label_name(lab) if lab.paren or lab.style == "caps" and intro.resolve(lab.label) is None else None
        resolved[i] = resolved[i] or intro.resolve(lab.label)
    styles = [labels[i].style for i in named if resolved[i] is not None]  # type: ignore[union-attr]
    style = max(("caps", "name"), key=styles.count)
    if styles.count(style) < 2:
        return []
    turns_at = [i for i in named if labels[i].style == style and (style == "caps" or resolved[i] is not None)  # type: ignore[union-attr]
                and len(_WORD.findall(text, labels[i].turn, paras[i][1])) >= 2]  # type: ignore[union-attr]
    said = [resolved[i] for i in turns_at if resolved[i] is not None]
    said_by = [labels[i].label for i in turns_at]  # type: ignore[union-attr]
    asking = [x for x in set(said_by) if said_by.count(x) >= 2 and all(resolved[i] is None for i in turns_at if labels[i].label == x)]  # type: ignore[union-attr]
    if (len(set(said)) < 2 or len(said) == len(set(said))) and not (said and len(said) > len(set(said)) and asking):
        # A conversation: two speakers at least, one of them speaking twice (not
        # a list of headings); or a named speaker answering a label that asks
        # twice and names no one ("VALLEY POST:", the publication).
        return []
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


def merge_turns(items: list[Item], turns: list[Item], seg: Segmentation, text: str = "") -> list[Item]:
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
            or it.end <= turn.end and not it.marks and not _someone_else(it)
        ):
            # (also a clause the turn's speaker reports in their own voice,
            # "If I know what the sky is doing": the turn holds those words already)
            continue
        kept.append(it)
    # (a turn stays whole: the quotes inside it that others said become its
    # inner quotes once their speakers are known, quotes.inner.nest_in_turns)
    kept.extend(turns)
    kept.sort(key=lambda it: (it.start, -it.end))
    return kept


#: Pronouns by which a turn's speaker reports their own words ("I told them that ..."), or the listener's.
_OWN_VOICE = frozenset("i we me us you".split())


def _someone_else(it: Item) -> bool:
    """An item inside a turn that a cue gives to someone other than the turn's
    speaker: "My editor, Mirela Dumitrescu, said, '...'", "The governor says
    the wing is at the top of his list" (not "I told them that ...")."""
    a = it.attribution
    m = a.mention if a is not None else None
    if m is None or a is None or a.cue is None or m.head in _OWN_VOICE:
        return False
    # Words in quotation marks with a cue, or a clause whose source is a name
    # (a description's bare clause, "Members will have seen ...", is too weak).
    return bool(it.marks) and m.kind in {"name", "role", "org", "pronoun"} or m.kind in {"name", "org"} and bool(m.name)
