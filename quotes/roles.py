"""Stage 2, span roles: what each quoted span is doing in its sentence.

Takes the text, the :class:`~quotes.config.Config` and the segmentation;
finds the quoted spans (:func:`quotes.spans.find_quoted_spans`) and hands on
a frozen :class:`SpanRoles`: every top-level span in *direct* position (a
quotation standing alone, with its tag around it), *embedded* (a verbatim
fragment inside a reported clause: a mixed quote) or *non-speech* (a title,
a nickname, a scare quote), with the reason for each.
"""

from __future__ import annotations

import functools

import attrs
import regex

from . import lexicon
from .config import Config
from .marks import Weight
from .nonspeech import FrameContext, non_speech_frame
from .segment import Segmentation
from .spans import QuotedSpan, find_quoted_spans
from .syntax.phrases import is_cap
from .titles import foreign_small_words
from .syntax.words import BE, PREPOSITIONS, TITLE_SMALL_WORDS, is_title_case, quote_adverb

__all__ = ["SpanRoles", "find_span_roles"]

_SENT_END = frozenset(".!?\u2026")
_DIRECT_BEFORE = frozenset(":,;\u2014\u2013-([\u2015")
_CLOSE_MARKS = frozenset("\"'\u201d\u2019\u00bb\u203a")
#: Prepositions that cannot open the tag of a quote ('"…" she said', '"…" said
#: Ruiz', '"…" according to Ruiz'): the sentence runs on after the mark.
NO_TAG_START = frozenset("about after against at before by during for from in into of on over than".split())
_APOSTROPHES = frozenset("'\u2019")
#: A sentence end inside a quote ("… there. The servants …").
_INNER_SENTENCE_END = regex.compile(r"[.!?]\s")
_CJK_RE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_CORNER_MARKS = frozenset("\u300c\u300e")
#: Subject pronouns: a span holding one is someone's words ('"We Will Fight On": nurses vow ...').
_SUBJECT_PRONOUNS = frozenset("i we you he she they i'm we're you're he's she's they're i've we've".split())
#: The non-speech reasons of a span that may still be a fragment after a headline colon.
_HEADLINE_FRAGMENT_REASONS = frozenset({"non-speech-scare", "non-speech-title", "non-speech-short"})


@attrs.frozen
class SpanRoles:
    """The quoted spans of a text and the role of each top-level one."""

    seg: Segmentation
    spans: list[QuotedSpan]
    top: list[QuotedSpan]  # the spans at depth 0, in text order
    close_ends: set[int]
    position: tuple[str, ...]  # per top-level span: "direct", "embedded" or "non-speech"
    reason: tuple[str, ...]  # per top-level span: the rule that decided its position
    embedded: tuple[int, ...]  # indexes into top of embedded fragments
    loose: tuple[int, ...]  # scare quotes and titles: fragments only after a headline colon
    titles: frozenset[int]  # the loose ones that look like titles of works ("The Big Short")


def find_span_roles(text: str, config: Config, seg: Segmentation) -> SpanRoles:
    """Find the quoted spans of *text* and classify each top-level one."""
    dash = config.dash_dialogue
    if dash == "auto":
        n = sum(1 for p in seg.paragraphs if text.startswith(("--", "\u2014", "\u2015"), p.start))
        dash = n >= config.dash_dialogue_min
    spans = find_quoted_spans(text, seg.paragraphs, max_nesting=config.max_nesting, dash_dialogue=bool(dash))
    top = [q for q in spans if q.depth == 0]
    close_ends = {q.close_end for q in spans}
    classifier = _Classifier(text, config, seg, close_ends)
    position: list[str] = []
    reasons: list[str] = []
    embedded: list[int] = []
    loose: list[int] = []
    titles: set[int] = set()
    for qi, q in enumerate(top):
        pos, reason = classifier.classify(q)
        classifier.prev = (q, reason)
        classifier.prev_position = pos
        position.append(pos)
        reasons.append(reason)
        if reason in _HEADLINE_FRAGMENT_REASONS:
            loose.append(qi)
            if reason == "non-speech-title" or is_title_case(text[q.start : q.end].split()):
                titles.add(qi)
        if pos == "embedded":
            embedded.append(qi)
    return SpanRoles(seg, spans, top, close_ends, tuple(position), tuple(reasons), tuple(embedded), tuple(loose),
                     frozenset(titles))


#: A closing dash after a span and a sentence that goes on in lower case (' – and she says ...').
_DASHED_ON = regex.compile(r"[ \t]*[\u2013\u2014][ \t]*\p{Ll}")
#: Characters of plain-text emphasis that may wrap a quotation's words ("_Ow!_", "*Never!*").
_EMPHASIS = frozenset("_*")


class _Classifier:
    """Decides the position of quoted spans, with what it needs of the document."""

    def __init__(self, text: str, config: Config, seg: Segmentation, close_ends: set[int]) -> None:
        self.text = text
        self.config = config
        self.seg = seg
        self.close_ends = close_ends
        self.prev: tuple[QuotedSpan, str] | None = None  # the span before and its reason
        self.prev_position = ""  # and its position

    def classify(self, q: QuotedSpan) -> tuple[str, str]:
        """Return (position, reason): position is 'direct', 'embedded' or 'non-speech'."""
        text = self.text
        if q.how == "dash":
            return "direct", "dash-dialogue"
        para = self.seg.paragraphs[q.paragraph]
        k = q.open_start - 1
        while k >= para.start and text[k].isspace():
            k -= 1
        prev = text[k] if k >= para.start else ""
        words = text[q.start : q.end].split()
        emphasis = q.end - q.start > 2 and text[q.start] in _EMPHASIS and text[q.end - 1] == text[q.start]
        if emphasis:
            # '"_Ow!_"', '"*Never!*"': plain-text emphasis (a Gutenberg book's italics) wraps the words; the rules read them bare
            words = [w.strip(text[q.start]) for w in words] if len(words) == 1 else [words[0][1:], *words[1:-1], words[-1][:-1]]
        # Scripts written without spaces count about two characters a word.
        # (Read only when the span's first 400 characters are not all ASCII,
        # which no such script is: five spans in six on PolNeAR are, and the
        # script test costs a property look-up per character.)
        cjk_end = min(q.end, q.start + 400)
        cjk = 0 if text[q.start : cjk_end].isascii() else len(_CJK_RE.findall(text, q.start, cjk_end))
        n_words = max(len(words), cjk // 2)
        if text[q.open_start] in _CORNER_MARKS:
            # 「…」 and 『…』 mark quotations only: no embedded/mixed reading.
            return "direct", "position-direct"
        # Words just before the mark (for "so-called", "titled", "the term").
        before_raw = text[max(para.start, q.open_start - 40) : q.open_start].split()
        before = [w.lower() for w in before_raw]
        named = _non_speech_naming(before_raw, before, n_words)
        if named is not None and not _passive_evaluation(before, words, text[q.close_end : q.close_end + 4] if q.close_end >= 0 else ""):
            return "non-speech", named
        sents = self.seg.sentences
        sent_start = max(para.start, sents[self.seg.sentence_at(q.open_start)].start if sents else para.start)
        framed = non_speech_frame(FrameContext(text, q, sent_start, words), self.prev)  # (the span split once, for both)
        if framed is not None:
            return "non-speech", framed
        after = text[q.close_end : q.close_end + 30] if q.close_end >= 0 else ""
        if (
            n_words <= 3
            and prev
            and prev.isalpha()
            and is_cap(before_raw[-1] if before_raw else "")
            and after[:1] == " "
            and after[1:2].isupper()
            and q.weight == Weight.DOUBLE
        ):
            return "non-speech", "non-speech-nickname"
        content_end = text[q.end - 2] if emphasis else text[q.end - 1]
        prev = self._effective_prev(q, k, prev, para.start)
        position = self._position(q, prev, before, words, content_end, n_words, after, para.start)
        return self._demote(q, position, prev, before, words, content_end, n_words, after)

    def _effective_prev(self, q: QuotedSpan, k: int, prev: str, para_start: int) -> str:
        """The character before the mark as the position rules read it ("a" when it sits inside a clause)."""
        text = self.text
        if prev in _APOSTROPHES and k + 1 not in self.close_ends:
            prev = "a"  # "the dockers’ “…”": a possessive apostrophe closes no quote
        elif prev == "(" and q.close_end >= 0 and text[q.close_end : q.close_end + 1] == ")" and not _INNER_SENTENCE_END.search(text, q.start, q.end):
            j = k - 1
            while j >= para_start and text[j].isspace():
                j -= 1
            if j >= para_start and text[j].isalnum():
                prev = "a"  # 'from 1 ("Oh, fine") to 6': a gloss in parentheses inside a clause
            elif self.prev_position == "embedded" and self.prev is not None and self.prev[0].close_end == j + 1:
                prev = "a"  # 'is the line «Ici finit la route» («Here the road ends»)': a gloss of the span inside a clause is inside it too
        return prev

    def _position(
        self, q: QuotedSpan, prev: str, before: list[str], words: list[str], content_end: str, n_words: int, after: str,
        para_start: int,
    ) -> str:
        """'direct' or 'embedded', from the character and the words before the mark."""
        if prev == "" or prev in _DIRECT_BEFORE or prev in _SENT_END or prev in _CLOSE_MARKS:
            position = "direct"
            if self._continues_clause(q, prev, words, content_end, para_start):
                position = "embedded"
        else:
            # A cue right before the mark without a comma: 'said "We will win."'
            pw = _verb_before(before)  # ('said simply "No."': past a manner adverb)
            if (
                pw in lexicon.cue_verbs() and (content_end in ".!?,\u2026" or n_words >= 6) and words[0][:1].isupper()
                and "what" not in before[-4:-1]  # 'what he called "Harbour Inc.,"': a naming inside a clause
            ):
                position = "direct"
                if content_end not in ".!?,;:\u2026-\u2014" and after[:1] == " " and (after.split() or [""])[0] in NO_TAG_START:
                    position = "embedded"  # 'said "I stood up to them" for years': the clause runs on
            else:
                position = "embedded"
        return position

    def _demote(
        self, q: QuotedSpan, position: str, prev: str, before: list[str], words: list[str], content_end: str, n_words: int,
        after: str,
    ) -> tuple[str, str]:
        """Titles, short title-like spans and scare quotes are no speech, whatever their position."""
        para = self.seg.paragraphs[q.paragraph]
        if position == "direct" and prev == "," and 2 <= n_words <= 10 and content_end == "," and is_title_case(words):
            nxt = (after.split() or [""])[0]
            pw = _verb_before(before)  # ('said simply "No."': past a manner adverb)
            if nxt.islower() and nxt not in lexicon.pronouns() and nxt not in lexicon.cue_verbs() and pw not in lexicon.cue_verbs():
                # 'his memoir, "Lost Tide: A Life," with its first publisher': a title
                # between commas inside a clause, not a quotation in direct position.
                return "non-speech", "non-speech-title"
        if position == "direct" and 2 <= n_words <= 5 and q.paragraph == 0 and self._headline_name(q, words, after):
            return "non-speech", "non-speech-title"
        if (position == "direct" and prev in "\u2013\u2014" and 2 <= n_words <= 10 and content_end.isalnum() and is_title_case(words)
                and (m := _DASHED_ON.match(after)) is not None and not self._tag_at(after[m.end() - 1 :])):
            # 'put her on its cover – "The Quiet Genius of Jazz" – and she says ...': a title set off by
            # dashes inside a sentence that goes on in lower case, not a quotation in direct position
            return "non-speech", "non-speech-title"
        if position == "direct" and n_words <= 3 and content_end not in ".!?,\u2026-\u2014" and q.how == "paired":
            # "Hamlet" opens tonight: a short title-like span starting a sentence.
            para_only = q.open_start == para.start and q.close_end == para.end
            if not para_only and (not self._cue_near(q) or n_words <= 2 and self._headline_modifier(q, after)):
                # ("'Miracle' cure claims under fire": in a headline the span
                # modifies the noun after it, and "claims" is a noun too)
                return "non-speech", "non-speech-short"
        if position == "embedded" and n_words <= self.config.scare_max_words and not self._cue_near(q):
            return "non-speech", "non-speech-scare"
        if position == "embedded" and n_words <= 2 and self._headline_modifier(q, after):
            return "non-speech", "non-speech-scare"
        if position == "embedded" and n_words <= 8 and is_title_case(words):
            return "non-speech", "non-speech-title"
        if position == "embedded" and n_words <= 6 and _foreign_in_english(words, before):
            return "non-speech", "non-speech-title" if words[0][:1].isupper() else "non-speech-term"
        return position, "position-" + position

    @staticmethod
    def _tag_at(rest: str) -> bool:
        """Do the words *rest* open with a tag ("he said", "said Ruiz", "the minister said")?"""
        words = [w.strip(".,;:") for w in rest.split()[:4]]
        verbs = lexicon.cue_verbs()
        if not words:
            return False
        if words[0] in verbs:
            return True  # ("said Ruiz")
        if words[0] in lexicon.pronouns():
            return len(words) > 1 and words[1] in verbs  # ("he said"; not "and she says ...", a clause going on)
        return words[0] in {"the", "a", "an"} and any(w in verbs for w in words[1:])  # ("the minister said")

    @functools.cached_property
    def _headline_line(self) -> bool:
        """The first paragraph is a headline: one line of at most 16 words with no closing stop
        (read once per document: a text that is one long paragraph has thousands of spans in it)."""
        para = self.seg.paragraphs[0]
        line = self.text[para.start : min(para.end, para.start + 400)].rstrip()
        return para.end - para.start <= 400 and "\n" not in line and line[-1:] not in ".!?" and len(line.split()) <= 16

    def _headline_name(self, q: QuotedSpan, words: list[str], after: str) -> bool:
        """'"Project Halcyon": battery maker to bring 900 jobs to ...': a span
        in title case opening a headline written in sentence case, before its
        colon, names the story's subject (a scheme, a campaign, a work),
        whatever verb follows; a headline in title case throughout, or a span
        with a subject pronoun ('"We Will Fight On": nurses vow ...'), quotes."""
        if q.open_start != self.seg.paragraphs[0].start or after[:1] != ":" or not self._headline_line:
            return False
        if not is_title_case(words) or not words[-1][-1:].isalnum() or any(w.lower() in _SUBJECT_PRONOUNS for w in words):
            return False
        rest = self.text[q.close_end + 1 : self.seg.paragraphs[0].end].split()
        return sum(1 for w in rest if w.isalpha() and w.islower() and w not in TITLE_SMALL_WORDS) >= 2

    def _headline_modifier(self, q: QuotedSpan, after: str) -> bool:
        """'Band confirms 'last' tour', 'Firm bets on "cowless" milk': in a
        headline (the text's first paragraph, one line with no closing stop),
        a one- or two-word span right before the lower-case noun it modifies
        is a scare quote even after a cue verb: a headline quotes a word to
        keep its distance from it, not to report it."""
        if q.paragraph != 0 or not self._headline_line:
            return False
        nxt = (after.split() or [""])[0]
        # After a preposition or an article the span and the word make a noun
        # phrase: "at 'crisis' talk", "over 'ghost' claims" (the word is no verb).
        before = (self.text[max(0, q.open_start - 12) : q.open_start].split() or [""])[-1].lower()
        noun_phrase = before in PREPOSITIONS or before in {"the", "a", "an", "off", "up", "down", "out"}  # (and a phrasal verb's particle: "shrugs off")
        forms = lexicon.cue_verbs().get(nxt, ())
        particle = (after.split()[1:2] or [""])[0].lower()
        cue = any(f.particle is None or f.particle == particle for f in forms)  # ("chimes again": "chime" cues only with "in")
        return (
            after[:1] == " " and nxt.isalpha() and nxt.islower() and (noun_phrase or not cue)
            and nxt not in lexicon.small_words() and nxt not in lexicon.pronouns() and nxt not in NO_TAG_START
        )

    def _continues_clause(self, q: QuotedSpan, prev: str, words: list[str], content_end: str, para_start: int) -> bool:
        """A quote in direct position that is really part of a paraphrase.

        '"I waved and smiled" at passing families' (the sentence runs on after the
        mark), 'X says whatever happens, "the law …"' and 'warning that unless …,
        "the river will flood."' (the quote finishes a clause begun outside).
        """
        text = self.text
        after = text[q.close_end : q.close_end + 3] if q.close_end >= 0 else ""
        if content_end not in ".!?,;:\u2026-\u2014" and after[:1] == " " and after[1:2].islower():
            # ... unless the words after the mark are its tag: '"Hi there" she said'.
            verbs = lexicon.cue_verbs()
            tail = text[q.close_end : q.close_end + 60].split()[:4]
            if tail and tail[0] in NO_TAG_START:
                return True  # '"We are angry" by the delay, …': a tag never opens with a preposition
            for w in tail:
                w = w.strip(".,;:!?")
                if w in verbs:
                    return False
                if not w.isalpha():
                    break
            return True
        if prev not in ",;" or not words or not words[0][:1].islower():
            return False
        si = self.seg.sentence_at(q.open_start)
        lo = max(self.seg.sentences[si].start if self.seg.sentences else 0, para_start, q.open_start - 300)
        before = text[lo : q.open_start].lower().split()
        verbs = lexicon.cue_verbs()
        if any(_closes_quote(w) for w in before[-9:]):
            return False  # '"A," returned my father, "b …"': an interrupted quote
        for n, w in enumerate(before):
            if _closes_quote(w) and any(
                x.strip(".,;:") in verbs for x in before[n + 1 : n + 6]
            ):
                return False  # '"Tom," said Ada, looking at him, "every …"'

        for n, w in enumerate(reversed(before)):
            w = w.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()")
            if w in verbs:
                return n > 3  # a cue far back: the quote ends a reported clause
            if w == "that":
                return True
        return len(before) > 3

    def _cue_near(self, q: QuotedSpan) -> bool:
        """A reporting cue in the sentence(s) around the quote (outside it)."""
        s = self.seg.sentences
        si = self.seg.sentence_at(q.open_start)
        ei = self.seg.sentence_at(q.end)
        lo = max(s[si].start if s else 0, q.open_start - 200)
        hi = min(s[ei].end if s else len(self.text), max(q.close_end, q.end) + 200)
        # Bounded on both sides: a sentence with thousands of quotes stays linear.
        window = self.text[lo : q.open_start] + " " + self.text[max(q.close_end, q.end) : hi]
        verbs = lexicon.cue_verbs()
        nouns = lexicon.cue_nouns()
        roles = lexicon.roles()
        document = False  # a document's noun so far, before the mark ("An audit by X found "...""): its cue of any mode writes
        before_end = q.open_start - lo
        at = 0
        low = window.lower()
        for raw in low.split():
            at = low.find(raw, at) + len(raw)
            w = raw.strip(".,;:!?\"'\u201c\u201d\u2018\u2019()")
            if w in verbs and (document and at <= before_end or any(r.mode in ("speech", "writing") for r in verbs[w])):
                return True
            if w in nouns and nouns[w].mode in ("speech", "writing"):
                return True  # "her assertion that the plan was "dead""
            if w == "according":
                return True
            if (r := roles.get(w)) is not None and r.kind == "doc":
                document = True
        return False


def _foreign_in_english(words: list[str], before: list[str]) -> bool:
    """'closed with „Unter dem Eis“', 'calling her method «théâtre du
    silence»': a short phrase of another language (one of its small words, no
    English one) inside an English sentence (an English small word among the
    words before the mark) is a title, a name or a term; an English article
    translates what anyone said in another language, so words left in it
    are no one's."""
    low = [w.lower().strip(".,;:!?") for w in words]
    foreign = foreign_small_words()
    return (any(w in foreign for w in low) and not any(w in TITLE_SMALL_WORDS for w in low)
            and any(w in TITLE_SMALL_WORDS for w in before))


def _verb_before(before: list[str]) -> str:
    """The word that may be the cue before the mark, *before* being the words
    before it: the last one, or the one before a manner adverb ('said simply
    "No."', 'replied curtly "Next question."'), without its comma or stop."""
    pw = before[-1].strip(".,") if before else ""
    return before[-2].strip(".,") if len(before) > 1 and quote_adverb(pw) else pw


def _non_speech_naming(before_raw: list[str], before: list[str], n_words: int) -> str | None:
    """The reason when the words before a short span name it ("so-called", "titled", "the term"), else None."""
    ns = lexicon.non_speech()
    for n in (3, 2, 1):
        if len(before) >= n and " ".join(before[-n:]).strip(",") in ns and n_words <= 12:
            if n == 1 and _named_by_speaker(before_raw):
                return None
            return "non-speech-" + ns[" ".join(before[-n:]).strip(",")]
    return None


def _passive_evaluation(before: list[str], words: list[str], after: str) -> bool:
    """'The deal was called "a betrayal" by union leader Ivar Holm': a passive
    naming verb with an indefinite complement and its agent after it is the
    agent's evaluation, said ('"the Builders' Charter" by tenants' groups',
    a definite name, stays a name)."""
    return len(before) >= 2 and before[-2] in BE and bool(words) and words[0].lower() in ("a", "an") and after.startswith(" by ")


def _closes_quote(word: str) -> bool:
    """Does *word* end with a closing quotation mark ('won,"', "'a,'"), not an
    apostrophe ("Lisbon's", "the dockers'")?"""
    w = word.rstrip(".,;:!?")
    if not w or w[-1] not in _CLOSE_MARKS:
        return False
    if w[-1:] in _APOSTROPHES and len(w) > 1 and w[-2].isalpha():
        return False
    return True


def _named_by_speaker(before_raw: list[str]) -> bool:
    """'what Smith called "…"', 'what critics have dubbed "…"': a naming verb
    whose subject stands right before it is a speech act (a mixed quote), not
    the naming of a thing ('a dog called "Rex"')."""
    if len(before_raw) < 2 or before_raw[-1].lower() not in lexicon.cue_verbs() or before_raw[-1].lower() in {"calls", "call"}:
        return False  # (the present names by habit: 'what Orrery calls "…"', see nonspeech._what_habitual)
    prev = before_raw[-2]
    if prev.lower() in {"he", "she", "they", "we", "i", "have", "has", "had"}:
        return True
    j = len(before_raw) - 2
    while j >= 0 and is_cap(before_raw[j]) and len(before_raw) - j <= 5:
        j -= 1  # the words of a name: 'what Ana Ruiz called'
    k = j
    while k >= 0 and len(before_raw) - k <= 9 and before_raw[k].isalpha() and before_raw[k].islower() and before_raw[k] not in {"what", "as"}:
        k -= 1  # a person's role before the name, or as the subject: 'what chief executive Ilse Marrow called', 'what its chief executive called'
    role = lexicon.roles().get(before_raw[j]) if k < j else None
    if role is not None and role.kind == "person" and not role.plural and 0 <= k and before_raw[k].lower() in {"what", "as"}:
        return True
    return 0 <= j < len(before_raw) - 2 and before_raw[j].lower() in {"what", "as"}


