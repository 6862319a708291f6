"""Consistency checks for the word lists in quotes/lexicon/.

The lists are parsed with a small local helper; the ``quotes`` package itself
is deliberately not imported.
"""
import pathlib

import pytest

LEXICON = pathlib.Path(__file__).resolve().parents[1] / "quotes" / "lexicon"


def read_entries(name):
    """Return the non-blank, non-comment lines of a lexicon file, stripped."""
    text = (LEXICON / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        out.append(line)
    return out


def norm(line):
    """Whole line with runs of whitespace collapsed, lowercased."""
    return " ".join(line.split()).lower()


def rest(line):
    """Text after the first column."""
    return " ".join(line.split()[1:])


# file name -> (sort key, uniqueness key, (min columns, max columns or None))
SPECS = {
    "cue_verbs.txt": (
        norm,
        lambda line: (line.split()[0].lower(), line.split()[7].lower() if len(line.split()) > 7 else ""),
        (7, 8),
    ),
    "cue_phrases.txt": (norm, norm, (2, None)),
    "cue_nouns.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0].lower(), (5, 5)),
    "titles.txt": (lambda line: rest(line).lower(), lambda line: rest(line).lower(), (2, None)),
    "roles.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0].lower(), (4, 4)),
    "org_words.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0], (1, 1)),
    "foreign_org_words.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0], (1, 1)),
    "place_words.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0], (1, 1)),
    "weak_place_words.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0], (1, 1)),
    "seats.txt": (norm, norm, (1, 4)),
    "thing_words.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0], (1, 1)),
    "age_nouns.txt": (lambda line: line.split()[0], lambda line: line.split()[0], (3, 3)),
    "generic_roles.txt": (lambda line: line.split()[0], lambda line: line.split()[0], (2, None)),
    "place_prefixes.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0], (1, 1)),
    "place_nouns.txt": (lambda line: line.split()[0], lambda line: line.split()[0], (1, 1)),
    "proxy_roles.txt": (lambda line: line.split()[0], lambda line: line.split()[0], (1, 1)),
    "org_members.txt": (lambda line: line.split()[0], lambda line: line.split()[0], (1, 1)),
    "not_labels.txt": (norm, norm, (1, 3)),
    "interview_verbs.txt": (norm, norm, (2, 7)),
    "org_types.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0].lower(), (2, None)),
    "member_groups.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0].lower(), (2, None)),
    "pronouns.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0].lower(), (5, 5)),
    "given_names.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0].lower(), (2, 2)),
    "abbreviations.txt": (lambda line: line.split()[0].lower(), lambda line: line.split()[0].lower(), (1, 2)),
    "kind_nouns.txt": (norm, norm, (1, 1)),
    "portfolios.txt": (norm, norm, (1, 1)),
    "ly_words.txt": (norm, norm, (1, 1)),
    "sentence_adverbs.txt": (lambda line: line.split()[0], lambda line: line.split()[0], (1, 1)),
    "address_words.txt": (lambda line: line.split()[0], lambda line: line.split()[0], (2, 3)),
    "non_speech.txt": (norm, norm, (2, None)),
    "works.txt": (norm, norm, (2, 2)),
    "tag_nouns.txt": (norm, norm, (1, 1)),
    "post_nominals.txt": (lambda line: line.split()[0], lambda line: line.split()[0], (2, 2)),
    "small_words.txt": (norm, norm, (2, 2)),
    "irregular_verbs.txt": (lambda line: line.split()[0], lambda line: line.split()[0], (1, 2)),
}

MUST_INCLUDE = [
    ("say", ""), ("tell", ""), ("add", ""), ("remark", ""), ("stress", ""),
    ("point", "out"), ("note", ""), ("warn", ""), ("insist", ""), ("argue", ""),
    ("claim", ""), ("acknowledge", ""), ("deny", ""), ("suggest", ""), ("state", ""),
    ("explain", ""), ("emphasise", ""), ("emphasize", ""), ("reiterate", ""), ("urge", ""),
]


def test_every_lexicon_file_has_a_spec():
    files = sorted(p.name for p in LEXICON.glob("*.txt"))
    assert files, "no lexicon files found"
    assert set(files) == set(SPECS), set(files) ^ set(SPECS)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_header_comment(name):
    text = (LEXICON / name).read_text(encoding="utf-8")
    assert text.splitlines()[0].startswith("#")


@pytest.mark.parametrize("name", sorted(SPECS))
def test_nonempty(name):
    assert read_entries(name)


@pytest.mark.parametrize("name", sorted(SPECS))
def test_sorted(name):
    sort_key = SPECS[name][0]
    keys = [sort_key(line) for line in read_entries(name)]
    bad = [(a, b) for a, b in zip(keys, keys[1:]) if a > b]
    assert not bad, bad[:5]


@pytest.mark.parametrize("name", sorted(SPECS))
def test_unique(name):
    uniq_key = SPECS[name][1]
    seen = set()
    dups = []
    for line in read_entries(name):
        k = uniq_key(line)
        if k in seen:
            dups.append(k)
        seen.add(k)
    assert not dups, dups


@pytest.mark.parametrize("name", sorted(SPECS))
def test_column_count(name):
    lo, hi = SPECS[name][2]
    bad = [line for line in read_entries(name)
           if len(line.split()) < lo or (hi is not None and len(line.split()) > hi)]
    assert not bad, bad[:5]


def verb_rows():
    return [line.split() for line in read_entries("cue_verbs.txt")]


def test_cue_verbs_count():
    keys = {(c[0], c[7] if len(c) > 7 else "") for c in verb_rows()}
    assert len(keys) >= 250


def test_cue_verbs_modes_and_frames():
    for c in verb_rows():
        assert c[5] in {"speech", "writing", "thought", "evidence", "intention"}, c
        assert c[6] and set(c[6]) <= set("qciotnh"), c
        assert all(w.isalpha() or "-" in w for w in c[:5]), c
        if len(c) > 7:
            assert c[7].isalpha() and c[7].islower(), c


def test_cue_verbs_must_include():
    keys = {(c[0], c[7] if len(c) > 7 else "") for c in verb_rows()}
    missing = [k for k in MUST_INCLUDE if k not in keys]
    assert not missing, missing


def test_cue_verbs_say_and_tell():
    rows = {(c[0], c[7] if len(c) > 7 else ""): c for c in verb_rows()}
    assert rows[("say", "")][1:7] == ["says", "said", "said", "saying", "speech", "qci"]
    assert rows[("tell", "")][1:7] == ["tells", "told", "told", "telling", "speech", "qco"]


def test_cue_phrases_roles():
    roles = {"source", "manner", "addressee", "evidential"}
    for line in read_entries("cue_phrases.txt"):
        assert line.split()[0] in roles, line
        assert line == line.lower(), line
    present = {norm(line) for line in read_entries("cue_phrases.txt")}
    for must in ("source according to", "manner in a statement", "addressee reporters"):
        assert must in present
    nouns = {line.split()[0] for line in read_entries("cue_nouns.txt")}
    assert {"statement", "claim", "promise", "warning", "remark"} <= nouns


def test_titles():
    for line in read_entries("titles.txt"):
        assert line.split()[0] in {"m", "f", "-"}, line
    titles = {rest(line): line.split()[0] for line in read_entries("titles.txt")}
    assert titles["Mr."] == "m" and titles["Mrs."] == "f" and titles["Dr."] == "-"


def test_roles():
    rows = [line.split() for line in read_entries("roles.txt")]
    for c in rows:
        assert c[2] in {"m", "f", "-"}, c
        assert c[3] in {"person", "org", "group", "doc"}, c
    by_sg = {c[0]: c for c in rows}
    assert by_sg["spokeswoman"] == ["spokeswoman", "spokeswomen", "f", "person"]
    assert by_sg["year-old"][1] == "year-olds"


def test_org_words():
    words = set(read_entries("org_words.txt"))
    for w in ("Ministry", "Corp.", "Inc.", "University", "Party"):
        assert w in words


def test_pronouns():
    rows = [line.split() for line in read_entries("pronouns.txt")]
    for c in rows:
        assert c[0] == c[0].lower(), c
        assert c[1] in {"m", "f", "n", "-"}, c
        assert c[2] in {"sg", "pl"}, c
        assert c[3] in {"1", "2", "3"}, c
        assert c[4] in {"subj", "obj", "poss"}, c
    forms = {c[0]: c for c in rows}
    assert forms["he"][1:] == ["m", "sg", "3", "subj"]
    assert forms["her"][1:] == ["f", "sg", "3", "obj"]
    assert "i" in forms and "they" in forms


def test_abbreviations():
    for line in read_entries("abbreviations.txt"):
        c = line.split()
        assert c[0].endswith("."), line
        if len(c) == 2:
            assert c[1] == "!", line
    marks = {line.split()[0]: len(line.split()) == 2 for line in read_entries("abbreviations.txt")}
    assert marks["Mr."] is False and marks["etc."] is True


def test_non_speech_roles():
    for line in read_entries("non_speech.txt"):
        assert line.split()[0] in {"title", "name", "label", "term"}, line
        assert line == line.lower(), line


def test_irregular_participle_column():
    """The second column of irregular_verbs.txt only marks participles that are never a simple past."""
    from quotes import lexicon

    marks = {line.split()[1] for line in read_entries("irregular_verbs.txt") if len(line.split()) > 1}
    assert marks == {"participle"}
    forms = lexicon.participle_only_forms()
    assert {"taken", "shown", "written"} <= forms and forms <= lexicon.irregular_verbs()
    assert not {"took", "sold", "come", "run", "overcome"} & forms
