"""Documents that speak for whoever issued them: "a report by the Ostrava
Audit Office said", "a leaked Finance Ministry memo", "a company filing",
"its latest bulletin" (rule ``speaks-for``).

A helper of :mod:`quotes.resolve`, beside :mod:`quotes.organisations` (whom a
spokesperson or an organisation noun stands for) and :mod:`quotes.focus`
(which organisation is in focus).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import lexicon
from .centering import sentence_around
from .focus import org_in_focus
from .organisations import as_represented, employer, named_body, org_by_noun, org_noun_after
from .syntax.phrases import Mention, analyse, tokenize
from .syntax.words import MAKING_PARTICIPLES

if TYPE_CHECKING:
    from .coref import Coref, Entity

__all__ = ["issuer"]


#: Verbs of making or sending a document (an alternation for the patterns below).
_MAKING = "|".join(sorted(MAKING_PARTICIPLES)) + r"|carried[ \t]+out"
#: A recipient or a place between a document's participle and "by" ("filed
#: with the court by", "lodged at the High Court by"), in the patterns below.
_RECIPIENT = r"(?:(?:with|at|to|before)[ \t]+(?:the[ \t]+)?(?:[\p{L}\p{M}'\u2019.-]+[ \t]+){1,5}?(?=by[ \t]))?"
#: The issuer's phrase after "by"/"from" (group 1). A word inside the name
#: ends in no full stop but an initialism's, "U.S.", or a middle initial's,
#: "Tomas K. Adler", so the name stops at the sentence's end ("... Audit
#: Office. The"); a lower-case description may come before the name ("by
#: rural charity Fieldfare Trust", "by older people's charity ..."), and
#: "the" may follow "of" or "for" inside the name ("by the Office of the
#: Rail and Sea Inspector"; "X and the Y" joins two names).
_ISSUER_NAME = (
    r"((?:the[ \t]+)?(?:\p{Ll}[\p{Ll}'\u2019-]*[ \t]+){0,3}(?:(?:\p{Lu}(?:\.\p{Lu})+\.|\p{Lu}\.|\p{Lu}[\p{L}\p{M}'\u2019&-]*(?:\.\p{L}+)*)[ \t]+"
    r"(?:(?:of|for)[ \t]+(?:the[ \t]+)?|(?:and|de|du|la)[ \t]+)?){0,5}\p{Lu}[\p{L}\p{M}'\u2019.&-]*|the[ \t]+\p{Ll}+)"
)
#: Who issued a document, right after its noun: "a report by the Ostrava
#: Audit Office", "one message from Carl Dunmore", "a statement issued by
#: Norrvik Air". Only verbs of making or sending: whoever "saw" or
#: "obtained" a memo did not write it. Group 1 is the issuer's phrase.
_ISSUED_BY = regex.compile(
    # (a phrase of the document's own before a participle: "a summary of the treaty published by")
    r"(?:[ \t]+(?:of|on|into|about)[ \t]+(?:[\p{L}\p{M}'\u2019-]+[ \t]+){0,4}?[\p{L}\p{M}'\u2019-]+(?=,?[ \t]+(?:" + _MAKING + r"|put[ \t]+out)[ \t]))?"
    r",?[ \t]+(?:(?:" + _MAKING + r"|put[ \t]+out)[ \t]+"
    # (a time between the participle and "by": "published last month by", "released on Tuesday
    # evening by", "issued shortly afterwards by", "released later by", "put out late on Monday by")
    r"(?:(?:shortly|soon|late|early|much)[ \t]+)?"
    r"(?:(?:(?:last|this|next)[ \t]+\p{Ll}+|(?:on|in)[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+(?:morning|afternoon|evening|night))?"
    r"|afterwards?|after|later|earlier|yesterday|today|tonight|overnight|separately|simultaneously|jointly|recently)[ \t]+)?"
    + _RECIPIENT  # (a recipient or a place after the participle: "filed with the court by")
    + r")?(?:by|from)[ \t]+" + _ISSUER_NAME
)


#: An issuer given by a role and then named in apposition: "by the
#: council's head of planning, Rachel Dunn,", "by its chief economist, Tom
#: Bell," (group 1: the personal name, two to four capitalised words).
_BY_ROLE_NAME = regex.compile(
    r",?[ \t]+(?:(?:" + _MAKING + r")[ \t]+)?by[ \t]+(?:(?:the|its|their|his|her)[ \t]+|\p{Lu}[\p{L}\p{M}'\u2019-]*[ \t]+){0,3}"
    r"[\p{Ll}'\u2019-]+(?:[ \t]+[\p{Ll}'\u2019-]+){0,5},[ \t]+(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'\u2019.-]*){1,3})(?=[ \t]*[,)])"
)


#: The maker after a commissioner ("commissioned by LMU from Greyfield
#: Consulting"): "from" and the issuer's phrase (group 1: the maker).
_FROM_MAKER = regex.compile(r"[ \t]+from[ \t]+" + _ISSUER_NAME)


#: A document made by an organisation's own people, named by a lower-case
#: organisation or group noun: "a report prepared by council officers", "a
#: note written by police officers", "a review carried out by foundation
#: staff". Group 1 is the noun; :func:`_issuer_noun` finds the organisation.
_BY_STAFF = regex.compile(
    r",?[ \t]+(?:(?:" + _MAKING + r"|drawn[ \t]+up|put[ \t]+together)[ \t]+)?"
    + _RECIPIENT + r"by[ \t]+(?:its[ \t]+own[ \t]+|the[ \t]+)?(\p{Ll}+)(?:['\u2019]s(?:[ \t]+\p{Ll}+)?)?[ \t]+"
    r"(?:officers|officials|staff|employees|lawyers|auditors|inspectors|researchers|engineers|analysts|economists"
    r"|scientists|experts|investigators|advisers|advisors|planners|managers|directors)\b"
)


#: A document made by a council's officers or put to its members ("A report
#: prepared by officers for the meeting", "A report presented to
#: councillors"): the council speaks (the one the story names last).
_FOR_COUNCIL = regex.compile(
    r",?[ \t]+(?:" + _MAKING + r"|presented|put|tabled)[ \t]+(?:by[ \t]+officers\b|(?:to|for|before)[ \t]+(?:the[ \t]+)?"
    r"(?:councillors|council|cabinet|committee|members)\b)"
)


#: Professionals at an organisation as an issuer's phrase ("chemists at the
#: University of Harrowfield", "researchers from the Norland Institute"):
#: group 1 the plural noun (whose employer :func:`~quotes.organisations.employer` finds).
_STAFF_AT = regex.compile(r"(?:the[ \t]+)?(\p{Ll}+)[ \t]+(?:at|from|with)[ \t]+(?:the[ \t]+)?\p{Lu}.*")


#: Where a document is posted, after its noun: "on the board's website", "on
#: Kelby Council's Facebook page", "on its website" (group 1: "its" or
#: "their"; group 2: the owner's name or lower-case noun).
_ON_MEDIUM = regex.compile(
    r",?[ \t]+(?:(?:posted|published|put[ \t]+up)[ \t]+)?on[ \t]+(?:(its|their)[ \t]+|(?:the[ \t]+)?"
    r"((?:\p{Lu}[\p{L}\p{M}&'\u2019-]*[ \t]+){0,5}?\p{Lu}[\p{L}\p{M}&-]*|\p{Ll}+)(?:['\u2019]s)?[ \t]+)"
    r"(?:official[ \t]+|own[ \t]+)?(?:\p{Lu}\p{L}+[ \t]+)?(?:website|web[ \t]+site|site|page|account|blog|feed|channel|homepage)\b"
)


def _medium_owner(coref: Coref, m: Mention, text: str, found: regex.Match[str]) -> Entity | None:
    """The organisation that owns the website or page a document is posted on."""
    if found.group(1):
        return org_in_focus(coref, m.start)  # "on its website": the organisation in focus
    owner = found.group(2)
    if owner.islower():
        return org_by_noun(coref, owner, m.start)  # "on the board's website": the board named last
    phrase = analyse(tokenize(text, *found.span(2)), text)
    if phrase is None or phrase.kind not in {"name", "org"} or not phrase.name:
        return None
    return as_represented(coref.link_name(phrase))


#: Plural nouns of numbers a body publishes ("according to figures published by
#: the agency"), documents only with an issuer after them: a "figure" alone is
#: also a person ("a senior party figure said"), so they are not in roles.txt.
_DATA_NOUNS = frozenset({"figures", "numbers", "results", "estimates", "projections", "forecasts"})


def issuer(coref: Coref, m: Mention, text: str) -> Entity | None:
    """The one who issued the document *m* names ("a report by the Ostrava
    Audit Office" speaks for the office): the name after "by"/"from",
    linked as any name is, or the organisation a lower-case noun after it
    fits ("a report by the airline"). None when *m* is no document or no
    issuer follows."""
    if m.kind not in {"role", "org"} or m.kind == "org" and m.name and (last := m.name.split()[-1]).lower() == m.head and last[0].isupper():
        return None  # (most mentions: a name or a pronoun; a name ending in a capitalised document noun, "Kestrel Retail Data", is the body)
    role = lexicon.roles().get(m.head)
    if (role is None or role.kind != "doc") and m.head not in _DATA_NOUNS:
        return None
    if (named := _BY_ROLE_NAME.match(text, m.end, min(len(text), m.end + 160))) is not None:
        phrase = analyse(tokenize(text, *named.span(1)), text)
        if phrase is not None and phrase.kind == "name" and phrase.name:
            e = coref.link_name(phrase)
            e.person = True
            return e  # "A report by the council's head of planning, Rachel Dunn,": Dunn
    # (after the phrase, or after its noun when the phrase holds a participle:
    # "A report prepared for councillors by officers found")
    ats = (m.end,) if (noun_end := _noun_end(m, text)) == m.end else (m.end, noun_end)
    found = next((f for at in ats if (f := _ISSUED_BY.match(text, at, min(len(text), at + 160))) is not None), None)
    if found is None:
        staff = next((f for at in ats if (f := _BY_STAFF.match(text, at, min(len(text), at + 80))) is not None), None)
        if staff is not None:
            return _issuer_noun(coref, m, [staff.group(1)])  # "a report prepared by council officers": the council
        if any(_FOR_COUNCIL.match(text, at, min(len(text), at + 80)) for at in ats):
            return org_by_noun(coref, "council", m.start)  # "A report presented to councillors said": the council named last
        if (medium := next((f for at in ats if (f := _ON_MEDIUM.match(text, at, min(len(text), at + 120))) is not None), None)) is not None:
            return _medium_owner(coref, m, text, medium)  # "a notice on the board's website": the board
        return (_issuer_of(coref, m, text) or _issuer_possessor(coref, m, text) or _issuer_before(coref, m, text) or _issuer_earlier(coref, m, text)
                or _giver_earlier(coref, m, text) or _author_earlier(coref, m, text))
    return _issuer_named(coref, m, text, found)


def _noun_end(m: Mention, text: str) -> int:
    """Where the document's noun ends inside its phrase *m* ("A report|
    prepared for councillors"), or the phrase's end."""
    found = _NOUN_WORD.search(text, m.start, m.end)
    while found is not None and found.group().lower() not in (m.head, m.head + "s"):
        found = _NOUN_WORD.search(text, found.end(), m.end)
    return found.end() if found is not None else m.end


#: A word of a phrase (for :func:`_noun_end`).
_NOUN_WORD = regex.compile(r"[\p{L}\p{M}'\u2019-]+")


#: How far back (characters) a definite document noun finds the same
#: document with its issuer ("A report by X ... the report said").
_EARLIER_REACH = 1000


def _issuer_earlier(coref: Coref, m: Mention, text: str) -> Entity | None:
    """"A report by fire investigator Ruth Calder found ... ¶ ..., the report
    said": a definite document noun re-mentions the latest document of that
    noun before it, whose issuer the text named ("by"/"from" after it)."""
    if not m.text[:4].lower() == "the " or m.text.lower() != "the " + m.head:
        return None  # (only a bare "the report": "the council's report" names its own)
    lo = max(0, m.start - _EARLIER_REACH)
    window = text[lo : m.start].lower()
    k = len(window)
    while (k := window.rfind(m.head, 0, k)) >= 0:
        end = k + len(m.head)
        if (k == 0 or not window[k - 1].isalpha()) and (end == len(window) or not window[end].isalpha()):
            found = _ISSUED_BY.match(text, lo + end, min(len(text), lo + end + 160))
            if found is not None:
                return _issuer_named(coref, m, text, found)
    return None


#: "In a statement", "in a victim statement read to the court", "in an
#: email to staff": a document opening a speaker's clause (group 1: its
#: noun and up to two words before it).
_IN_DOC = regex.compile(r"\b[Ii]n\s+(?:a|an|his|her|their|its)\s+((?:[\p{Ll}-]+\s+){0,2}\p{Ll}+)\b")


def _giver_earlier(coref: Coref, m: Mention, text: str) -> Entity | None:
    """'In a victim statement read to the court, the daughter, Janet Colley,
    said ... ¶ "…," the statement said': a bare definite document noun
    re-mentions the document through which the speaker just quoted spoke,
    whose noun opens that speaker's clause ("In a statement, ..."): that
    speaker speaks (news)."""
    if coref.fiction or m.text.lower() != "the " + m.head or coref.last_speaker is None:
        return None
    start, end = coref.last_content
    if end < 0 or m.start - end > _EARLIER_REACH:
        return None
    sent, _ = sentence_around(coref, start, text)
    found = next((f for f in _IN_DOC.finditer(text, sent, start) if m.head in f.group(1).split()), None)
    e = coref.entities[coref.last_speaker]
    return e if found is not None and e.names else None


#: How a document is given to the subject of its clause, for
#: :func:`_author_earlier`: a fronted "In a statement issued through her
#: lawyer," before the subject (group ``doc``: up to three words, the noun
#: among them); "wrote to", whose object is a letter; "sent a letter",
#: "issued a statement" after the subject (group ``sent``, the same).
_AUTHORED = regex.compile(
    r"""\b[Ii]n[ \t]+(?:a|an|his|her|their|its)[ \t]+(?P<doc>[\p{Ll}-]+(?:[ \t]+[\p{Ll}-]+){0,2})\b[^,.;:!?\n]{0,100},
        |\b(?P<wrote>wrote|writes|has[ \t]+written|had[ \t]+written)[ \t]+to\b
        |\b(?:sent|issued|released|published|circulated|posted|emailed)[ \t]+(?:a|an)[ \t]+(?P<sent>[\p{Ll}-]+(?:[ \t]+[\p{Ll}-]+){0,2})\b""",
    regex.VERBOSE,
)
#: The documents "wrote to" sends.
_WRITTEN = frozenset({"letter", "email", "e-mail", "note", "message"})


def _author_earlier(coref: Coref, m: Mention, text: str) -> Entity | None:
    """'In a statement issued through her lawyer, the widow, Anja Kessel,
    thanked the rescuers. "…," the statement said', 'Peter Vosk wrote to
    fans. …, the letter said': a bare definite document noun re-mentions the
    document the latest sentence of that noun gave to its subject, whoever
    that subject is and whatever the verb (news; :func:`_giver_earlier` reads
    a fronted document only before a speaker already quoted). The subject is
    the first name after a fronted "In a ...," or the last before the verb,
    never a possessor ("Varnholt's mother, Grete Varnholt,")."""
    if m.text.lower() != "the " + m.head:
        return None
    lo = max(0, m.start - _EARLIER_REACH)
    last = None
    for f in _AUTHORED.finditer(text, lo, m.start):
        if m.head in (f.group("doc") or f.group("sent") or "").split() or f.group("wrote") and m.head in _WRITTEN:
            last = f
    if last is None:
        return None
    sent, sent_end = sentence_around(coref, last.start(), text)
    names = sorted((s, e, ent) for ent in coref.entities if ent.names and ent.kind in {"person", "organisation"}
                   for s, e, _ in ent.mentions if sent <= s < sent_end and text[e : e + 2] not in ("'s", "\u2019s"))
    if last.group("doc"):
        return next((ent for s, _, ent in names if last.end() <= s <= last.end() + 60), None)
    return next((ent for s, _, ent in reversed(names) if s < last.start()), None)


def _issuer_named(coref: Coref, m: Mention, text: str, found: regex.Match[str]) -> Entity | None:
    """The entity of the issuer's phrase *found* names (group 1 of :data:`_ISSUED_BY`)."""
    if "commissioned" in found.group(0) and (maker := _FROM_MAKER.match(text, found.end(), min(len(text), found.end() + 120))) is not None:
        found = maker  # "a study commissioned by LMU from Greyfield Consulting": Greyfield wrote it
    s, e = found.span(1)
    e -= text[e - 1] == "."  # (the sentence's full stop, or an abbreviation's: "Acme Corp" names it as well)
    if (staff := _STAFF_AT.fullmatch(text, s, e)) is not None and (
        (staff_m := analyse(tokenize(text, s, staff.end(1)), text)) is not None and (by := employer(coref, staff_m, text)) is not None
    ):
        return by  # "by chemists at the University of Harrowfield": the university (organisations.employer)
    if (noun := org_noun_after(text, e)) is not None and not (text[s:e].endswith(("'s", "\u2019s", "s'", "s\u2019")) or _names_person(coref, text[s:e])):
        e = noun.end()  # "a news release from the Tamarack County company": the company from there, not the county (but "from Ryan's office", "by the Sanders campaign": the person's)
    phrase = analyse(tokenize(text, s, e), text)
    if phrase is None:
        return None
    if phrase.kind in {"name", "org"} and phrase.name:
        return as_represented(coref.link_name(phrase))
    if phrase.kind in {"role", "org"} and not phrase.plural:
        e, _ = coref._resolve_role(phrase._replace(kind="role"), m.start)  # "a report by the airline": the airline named before
        return e if e is not None and e.kind == "organisation" and (e.names or phrase.kind == "org") else None  # ("a statement from the council": unnamed, by its noun)
    return None


def _names_person(coref: Coref, phrase: str) -> bool:
    """Does *phrase* ("the Sanders") name a person the document has named?"""
    words = [w for w in phrase.split() if w[:1].isupper()]
    e = coref.find(" ".join(words)) if words else None
    return e is not None and e.kind == "person" and e.person


def _issuer_of(coref: Coref, m: Mention, text: str) -> Entity | None:
    """The name after "of" inside the document's own phrase: "the latest
    bulletin of the Regional Environmental Agency", "the annual report of
    Harbour Holdings" (a capitalised name only: "the minutes of the meeting"
    name no issuer)."""
    found = _OF_NAME.search(text, m.start, m.end)
    if found is None or found.end() != m.end:
        return None
    phrase = analyse(tokenize(text, found.start(1), found.end(1)), text)
    if phrase is None or phrase.kind not in {"name", "org"} or not phrase.name:
        return None
    return as_represented(coref.link_name(phrase))


#: "of" and a capitalised name ending a document's phrase (group 1: the name).
_OF_NAME = regex.compile(r"[ \t]of[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}\p{M}'\u2019&-]*(?:[ \t]+(?:(?:of|for|and|de|du|la)[ \t]+)?\p{Lu}[\p{L}\p{M}'\u2019&-]*){0,5})")


#: A possessive name opening a document's phrase, then at most three
#: lower-case words ending it ("Brennmark Metals' annual report", "Amsel's
#: latest note", "Hollerith & Crane's catalogue note"; group 1: the name).
_POSSESSOR = regex.compile(
    r"(?:[Tt]he[ \t]+)?(\p{Lu}[\p{L}\p{M}&.-]*(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}\p{M}&.-]*){0,4})(?:['\u2019]s|(?<=s)['\u2019])"
    r"(?:[ \t]+\p{Ll}[\p{L}-]*){1,4}"
)


def _issuer_possessor(coref: Coref, m: Mention, text: str) -> Entity | None:
    """The issuer named as the document's possessor: "Brennmark Metals'
    annual report", "Amsel's latest note" (a one-word name only when the
    text names that entity elsewhere, as for :func:`_issuer_before`)."""
    found = _POSSESSOR.match(text, m.start, m.end)
    if found is None or found.end() != m.end:
        return None
    phrase = analyse(tokenize(text, *found.span(1)), text)
    if phrase is None or phrase.kind not in {"name", "org"} or not phrase.name:
        return None
    if " " not in phrase.name:
        e = coref.find(phrase.name)
        return as_represented(e) if e is not None and e.names and (e.kind == "organisation" or e.gender or e.title or e.has_given_name()) else None
    return as_represented(coref.link_name(phrase))


def _issuer_before(coref: Coref, m: Mention, text: str) -> Entity | None:
    """The issuer named right before the document noun: "a leaked Finance
    Ministry memo", "a Kelvin University study", "the Mueller report" (a
    single word only when the text names that entity elsewhere, so "the
    Brexit report" and "the Iowa poll" stay documents)."""
    words = text[m.start : m.end].split()
    roles = lexicon.roles()
    h = next((k for k, w in enumerate(words) if (r := roles.get(w.lower().rstrip(".,"))) is not None and r.singular == m.head),
             len(words) - 1)
    words = words[: h + 1]  # (the document noun ends it: "a police summary of evidence")
    k = len(words) - 1
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() not in {"the", "a", "an"}:
        k -= 1
    run = words[k:-1]
    if not run or not all(w[:1].isupper() for w in run):
        return _issuer_noun(coref, m, words[:-1])
    start = m.start + text[m.start : m.end].index(" ".join(run))
    phrase = analyse(tokenize(text, start, start + len(" ".join(run))), text)
    if phrase is None or phrase.kind not in {"name", "org"} or not phrase.name:
        return None
    if len(run) == 1:
        e = coref.find(phrase.name)
        sure = e is not None and e.names and (e.kind == "organisation" or e.gender or e.title or e.has_given_name())
        return as_represented(e) if sure else None  # ("Robert Mueller ... the Mueller report"; never "Iowa")
    return as_represented(coref.link_name(phrase))


def _issuer_noun(coref: Coref, m: Mention, before: list[str]) -> Entity | None:
    """The issuer a lower-case noun before the document noun names: "a
    company filing" (the company named last), "a police summary" (the force
    the story names), "district projections"; "its latest bulletin" (the
    organisation in focus). None when nothing fits ("a police report" in a
    story that names no force)."""
    for w in reversed(before):
        low = w.lower()
        if low == "its":
            return org_in_focus(coref, m.start)
        role = lexicon.roles().get(low)
        if role is None or not w.isalpha() or not w.islower():
            continue
        if role.kind == "org":
            return org_by_noun(coref, low, m.start)
        if role.kind == "group":
            return named_body(coref, low)
        return None
    return None
