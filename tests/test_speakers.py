"""Speakers are entities that can speak: never a place, a date, or a piece
of the quote itself, and always of a kind a user can file (person,
organisation, group).

Run over our news set (``tests/news_eval``) and, when ``../shared`` is
there, every document of the three dev corpora.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotes
from quotes.syntax.phrases import analyse, tokenize
from quotes.syntax.types import NOT_SPEAKERS, SPEAKER_TYPES, mention_type

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT / "tests" / "news_eval"
DATA = ROOT.parent / "shared" / "data"


def _texts(name: str) -> list[str]:
    if name == "news":
        return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(NEWS.glob("*.json")) if p.name != "split.json"]
    path = DATA / f"{name}-dev.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent (the dev corpora live in ../shared)")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line)["text"] for line in fh]


def test_a_place_or_a_day_never_speaks() -> None:
    text = "Kestrel Bay said the ferry would sail. On Tuesday said the vote was close. Marlow Abbey said the roof would hold."
    assert all(q.speaker is None for q in quotes.extract(text))


@pytest.mark.parametrize("name", ["news", "polnear", "litbank", "pdnc"])
def test_no_junk_speakers(name: str) -> None:
    junk = []
    for text in _texts(name):
        for q in quotes.extract(text):
            if q.speaker is None:
                continue
            m = q.speaker_mention
            if q.speaker.kind not in SPEAKER_TYPES:
                junk.append(("kind", q.speaker.kind, q.speaker.name))
            if m is not None and q.start <= m.start and m.end <= q.end:
                junk.append(("inside its quote", m.text, q.text[:60]))
            if m is not None:
                seen = analyse(tokenize(text, m.start, m.end), text)
                if seen is not None and mention_type(seen) in NOT_SPEAKERS:
                    junk.append((mention_type(seen), m.text, q.text[:60]))
    assert junk == []


_FICTION = quotes.Config(genre="fiction")


@pytest.mark.parametrize(
    ("text", "genre", "name", "kind"),
    [
        ("Rainfall reached 90 millimetres, according to the national weather service.", None,
         "the national weather service", "organisation"),
        ("One grain wholesaler said it would stop buying from the region.", None, "One grain wholesaler", "organisation"),
        ('"Prices are too high," said one season-ticket holder outside the ground.', None, "one season-ticket holder", "person"),
        ("A source close to the minister said the budget would be delayed.", None, "A source", "person"),
        ("People familiar with the plan said it would be scrapped.", None, "People", "group"),
        ('"Who goes there?" called a voice behind the hedge.', _FICTION, "a voice", "person"),
        ('The butler bowed.\n\n"His lordship is out," said the butler.', _FICTION, "the butler", "person"),
    ],
)
def test_a_description_is_typed_by_its_head(text: str, genre: quotes.Config | None, name: str, kind: str) -> None:
    """The head of a description says what speaks (roles.txt: a person, an
    organisation, a document), found before a post-modifier ("a voice
    behind", "a source close to the minister") and never inside it."""
    q = quotes.extract(text, config=genre)[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, kind)


def test_a_description_that_cannot_speak_names_no_speaker() -> None:
    """'The rift deepened over the summer, suggesting ...': a subject no word
    list types as a person, organisation or group ('other') does not speak."""
    text = 'The rift deepened over the summer, suggesting the label had "stopped listening".'
    (q,) = quotes.extract(text)
    assert q.speaker is None and "not-a-speaker" in q.evidence


def test_a_participle_after_an_adverbial_clause_is_that_clause_subjects() -> None:
    """'The rift dated back to March, when the singer left the band, saying
    ...': the participle goes with the clause it follows, whose subject can
    speak (the sentence's subject, "the rift", cannot)."""
    text = 'The rift dated back to March, when the singer left the band, saying the label had "stopped listening".'
    (q,) = quotes.extract(text)
    assert q.speaker is not None and q.speaker.name == "the singer"


def test_a_tag_that_names_no_one_is_an_untagged_turn_in_fiction() -> None:
    """'said the muffled' (an adjective, no speaker): the line is an untagged
    turn of the dialogue, so the other participant speaks it."""
    text = 'Dan Reyes and Mia Holt sat on the porch.\n\n"Cold tonight," said Dan.\n\n"Colder tomorrow," said the muffled.'
    last = quotes.extract(text, config=_FICTION)[-1]
    assert last.speaker is not None and last.speaker.name == "Mia Holt"
    assert "not-a-speaker" in last.evidence and "turn-taking" in last.evidence


@pytest.mark.parametrize(("word", "name"), [("D'you", None), ("Y'know", None), ("C\u2019mon", None), ("O'Brien", "O'Brien"), ("D'Arcy", "D'Arcy")])
def test_a_capitalised_contraction_is_no_name(word: str, name: str | None) -> None:
    """A contraction written with a capital ('"D'you know, ...') opens a
    sentence of a quote and is no name: a reported clause read inside the
    quote once gave two novel quotes to a speaker called "D'you". A capital
    after the apostrophe keeps a name ("O'Brien", "D'Arcy")."""
    m = analyse(tokenize(word), word)
    assert (m.name if m is not None and m.kind == "name" else None) == name


def test_the_owner_of_an_utterance_speaks() -> None:
    """'said his old song': the one the possessive points to speaks."""
    text = 'Tom Pike leaned on the rail.\n\n"Home is the sailor," said his old song.'
    (q,) = quotes.extract(text, config=_FICTION)
    assert q.speaker is not None and q.speaker.name == "Tom Pike" and "utterer" in q.evidence


def test_nested_source_outer_follows_the_parc_convention() -> None:
    """Config(nested_source="outer"): the outer source reports the quote and its
    tag, one mixed quote (PARC/PolNeAR); the default names the inner speaker."""
    text = '"We will win the vote," Ana Ruiz said at a rally, according to a pool report. Ruiz said the vote was safe, the radio reported.'
    inner = quotes.extract(text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in inner] == [
        ("We will win the vote,", "Ana Ruiz"), ("the vote was safe", "Ana Ruiz")]
    assert all("nested-source" in q.evidence for q in inner)
    outer = quotes.extract(text, config=quotes.Config(nested_source="outer"))
    assert [(q.kind.value, q.speaker.name if q.speaker else None) for q in outer] == [
        ("mixed", "a pool report"), ("indirect", "the radio")]
    assert outer[0].text == '"We will win the vote," Ana Ruiz said at a rally'


def _last_fiction_speaker(text: str) -> str | None:
    """The speaker's name of the last quote of *text* read as fiction (None if it has none)."""
    last = quotes.extract(text, config=quotes.Config(genre="fiction"))[-1]
    return last.speaker.name if last.speaker is not None else None


def test_the_one_a_tag_addresses_answers_the_next_line_in_fiction() -> None:
    """'"…?" he asked Lena.' then an untagged line: Lena answers it (the
    addressee of a tag, like a vocative's, speaks next), and the line after
    goes back to the asker."""
    text = (
        "Ivo Marsh and Lena Brook sat by the stove while the wind rose.\n\n\"It will snow tonight,\" said Lena.\n\n"
        "\"Let it,\" said Ivo.\n\nIvo studied the map for a long time.\n\n\"Is there a road over the pass?\" he asked Lena.\n\n"
        "\"Only a mule track.\"\n\n\"Then we walk.\""
    )
    found = quotes.extract(text, config=quotes.Config(genre="fiction"))
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found][3:] == [
        ("Only a mule track.", "Lena Brook"),
        ("Then we walk.", "Ivo Marsh"),
    ]


@pytest.mark.parametrize("tag", ["said the other", "came the reply"])
def test_the_other_participant_answers_in_fiction(tag: str) -> None:
    """A tag that says someone answered but not who ('said the other', 'came
    the reply'): the participant who did not speak the line before."""
    text = f'Tom Reed and Will Carver stood by the gate.\n\n"Are you coming?" Tom asked.\n\n"No," {tag}.'
    found = quotes.extract(text, config=quotes.Config(genre="fiction"))
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("Are you coming?", "Tom Reed"),
        ("No,", "Will Carver"),
    ]


def test_a_kinship_description_prefers_the_possessors_surname() -> None:
    """'said his sister' after Randolph Miller and Daisy Miller: the person of
    the role's gender who shares the possessor's surname, not the nearest one."""
    text = (
        "Randolph Miller and Daisy Miller came into the garden.\n\n"
        "\"I want candy,\" said Randolph.\n\n\"You have had enough,\" said Mrs. Costello.\n\n"
        "\"He has had a hundred,\" said his sister."
    )
    assert _last_fiction_speaker(text) == "Daisy Miller"


def test_a_spouse_is_the_relative_addressed_as_married() -> None:
    """'said his wife' after Mr. Bennet, his daughter Lydia Bennet and Mrs.
    Bennet: the Bennet called 'Mrs.', not the nearest Bennet woman; and 'her
    mother' is found from the possessor, never from the last person called a mother."""
    text = (
        "Mr. Bennet sat by the fire with Mrs. Bennet and their daughter Lydia Bennet.\n\n"
        "\"I have news,\" said Mr. Bennet.\n\n\"What news?\" asked Lydia.\n\n"
        "\"Do tell us, my dear,\" said his wife."
    )
    assert _last_fiction_speaker(text) == "Mrs. Bennet"


def test_a_shared_first_name_is_the_character_in_the_scene() -> None:
    """Two characters called John: a bare 'John' is the one mentioned last,
    not a third, unnamed person."""
    text = (
        "John Beaver lived with his mother in London. Tony Last and his son John Andrew lived at Hetton.\n\n"
        "\"Can I ride today?\" said John Andrew.\n\n\"Not today,\" said Tony.\n\n\"Why not?\" said John."
    )
    assert _last_fiction_speaker(text) == "John Andrew"


_GRANDMOTHER = (
    "Polina came down to the hall with Martha.\n\n\"Is she here?\" asked Polina.\n\n"
    "\"I am here, and I am hungry,\" said the Grandmother.\n\n\"Sit down, all of you,\" said the old lady.\n\n"
    "Instantly De Griers said, \"Madame, allow me.\""
)


def test_a_capitalised_title_is_a_characters_name_in_fiction() -> None:
    """'said the Grandmother': a title the novel writes as a name is a
    character; and 'Instantly De Griers' is De Griers."""
    found = quotes.extract(_GRANDMOTHER, config=quotes.Config(genre="fiction"))
    names = [q.speaker.name if q.speaker else "" for q in found]
    assert names[1] == "the Grandmother"
    assert names[3].endswith("Griers") and "Instantly" not in names[3]


def test_a_description_after_the_same_characters_line_re_describes_her() -> None:
    """'the old lady' right after the Grandmother's own line re-describes her,
    not the last woman named: the speaker of the line before is barred from
    a description tag (in an exchange the next description is mostly the
    other person), unless the description is old and she a grandmother."""
    found = quotes.extract(_GRANDMOTHER, config=quotes.Config(genre="fiction"))
    assert found[2].speaker is not None and found[2].speaker.name == "the Grandmother"


def test_a_name_between_commas_in_a_line_to_you_is_a_vocative() -> None:
    """'Who are you, then, Jack Dunn, to order me about?': the one addressed
    mid-line answers next, not the speaker before (plain alternation)."""
    text = (
        "Jack Dunn sat on the bank while Ned Carver and a lad called Fred Loder came along the lane.\n\n"
        "\"Fine weather,\" said Ned.\n\n"
        "\"Who are you, then, Jack Dunn, to order us about?\" said Fred.\n\n"
        "\"I am one of a noble race, that is who.\""
    )
    assert _last_fiction_speaker(text) == "Jack Dunn"


def test_a_sentence_opening_adverb_is_no_name() -> None:
    """'Periodically she glanced at the door.': a capitalised adverb opening a
    sentence is no character for 'she' to stand for."""
    text = 'Mara Vance came in from the rain and hung up her coat.\n\nPeriodically she glanced at the door.\n\n"He is late," she said.'
    assert _last_fiction_speaker(text) == "Mara Vance"


@pytest.mark.parametrize("tag", ["somebody else inquired", "said someone else", "everyone else said"])
def test_an_indefinite_with_else_speaks(tag: str) -> None:
    """'"…?" somebody else inquired': an indefinite pronoun with "else" is the
    (unnamed) speaker, not a tag that names no one."""
    text = f'Ada Holm and Tom Pike sat by the fire.\n\n"Will you tell us?" asked Ada.\n\n"Won\'t you tell, Tom?" {tag}.'
    last = quotes.extract(text, config=_FICTION)[-1]
    assert last.speaker is not None and last.speaker.name == tag.replace("said", "").replace("inquired", "").strip()


def test_a_passer_by_is_no_participant_of_the_conversation() -> None:
    """'"A short one," somebody else called.': an unnamed one-line speaker
    takes no later untagged turn; the two who converse go on alternating."""
    text = (
        'Ada Holm and Tom Pike sat by the fire with the children.\n\n"Tell us a story," said Ada.\n\n'
        '"A short one," somebody else called.\n\n"Once there was a fox," said Tom.\n\n"What colour was it?"\n\n"Red as a letterbox."'
    )
    found = quotes.extract(text, config=_FICTION)
    assert [q.speaker.name if q.speaker else None for q in found] == [
        "Ada Holm", "somebody else", "Tom Pike", "Ada Holm", "Tom Pike"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Greyfield & Shaw said the novel had sold 90,000 copies.", "Greyfield & Shaw"),
        ("Her publisher, Greyfield & Shaw, says it has gone back to print six times.", "Greyfield & Shaw"),
    ],
)
def test_names_joined_by_an_ampersand_are_an_organisation(text: str, name: str) -> None:
    """No one person is called "Greyfield & Shaw": the name is a firm's (and
    in apposition to a description, the firm speaks)."""
    q = quotes.extract(text)[0]
    assert q.speaker is not None and (q.speaker.name, q.speaker.kind) == (name, "organisation")


@pytest.mark.parametrize(
    ("roles", "head", "held"),
    [
        ({"schoolteacher"}, "teacher", True),  # a compound's head names the position
        ({"shipowner"}, "owner", True),
        ({"vice-chancellor"}, "chancellor", False),  # a hyphen makes another position
        ({"grandmother"}, "mother", False),  # another relation
        ({"chairman"}, "man", False),  # a plain person noun is no position: "One man shouted" is someone new
        ({"chairwoman"}, "woman", False),
        ({"chairperson"}, "person", False),  # "A person familiar with the talks"
    ],
)
def test_a_compound_role_holds_its_head_but_no_plain_person_noun(roles: set[str], head: str, held: bool) -> None:
    from quotes.agreement import holds_role

    assert holds_role(roles, head) is held


def test_only_the_neighbouring_turns_bar_their_speakers() -> None:
    """The conversation model: an untagged turn goes to the anchored speaker
    two turns back, though that speaker is anchored again three turns on (a
    talk of three: A, B, ?, C, B, A); only the neighbours' speakers (B, C)
    cannot speak it."""
    from quotes.conversation import Turn, _nearest_evidence
    from quotes.coref import Entity

    people = {name: Entity(eid) for eid, name in enumerate("ABC")}
    order = ["A", "B", None, "C", "B", "A"]
    run, resolved = [], []
    for n, who in enumerate(order):
        t = Turn(n)
        t.items.append(n)
        t.anchor = n if who else None
        run.append(t)
        resolved.append((people[who], None, None, "") if who else (None, None, None, ""))
    found = _nearest_evidence(run, 2, resolved, reach=6, voc_reach=1)
    assert found is not None and found[1] == people["A"].eid and found[2] == "turn-taking"


@pytest.mark.xfail(
    strict=True,
    reason="kinship.of_gender_in_family matches a novel's 'Miss Grant' only to an entity whose canonical name is the bare 'Grant', so"
    " after 'Mrs. Grant' every 'Miss Grant' and 'Mr. Grant' is a new entity. Matching the honorific too joins them, but measured"
    " worse (PDNC tune 7,613 -> 7,603, check 6,944 -> 6,943): 'said her mother' and 'said her aunt' then take the possessor,"
    " whom the joined entity's weight makes the subject in focus. With the married one taken for an elder relative ('her mother'"
    " is Mrs. Miller when the possessor in focus is she and the one picked is no married woman) it measured tune -1, check -1.",
)
def test_an_honorific_and_surname_repeated_is_one_person_in_a_family() -> None:
    text = (
        'Mrs. Grant poured the tea while Miss Grant read the letter aloud. Mr. Grant said nothing.\n\n"It is from Bath," said Miss Grant.'
        '\n\n"Then burn it," said Mrs. Grant.\n\n"I will not," said Miss Grant.\n\n"I have no wish to," said Mr. Grant.'
    )
    found = {q.text: q.speaker for q in quotes.extract(text, config=quotes.Config(genre="fiction"))}
    first, again = found["It is from Bath,"], found["I will not,"]
    assert first is not None and again is not None
    assert first.name == again.name == "Miss Grant"
    assert first.mentions == again.mentions  # one entity: the narration's "Miss Grant" and both tags
    assert [m.text for m in first.mentions] == ["Miss Grant"] * 3


def test_vocatives_are_remembered_for_one_document_only() -> None:
    # (address.vocatives keeps its answers for the latest text: another text
    # with a line at the same offsets must not get them)
    from quotes.sieves.address import address_gender, vocatives

    ada, tom = '"Ada, come here, sir."', '"Tom, come here, miss."'
    assert vocatives(ada, 0, len(ada)) == ("Ada",)
    assert vocatives(tom, 0, len(tom)) == ("Tom",)
    assert vocatives(ada, 0, len(ada)) == ("Ada",)
    assert address_gender(ada, 0, len(ada)) == "m"
    assert address_gender(tom, 0, len(tom)) == "f"
    assert address_gender("İ" + ada, 1, len(ada) + 1) == "m"  # (a letter whose lower case is longer: no places, the pattern runs)
