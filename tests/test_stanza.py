"""The stanza backend (issue #4): stanza behind the backend API, and stanza Documents as input.

Three groups, each skipped with its reason when what it needs is absent:

* no stanza needed: the lazy import, the error messages, which processors
  are chosen from a resources directory (a fake one written here), options,
  ``download=True`` against a stand-in ``stanza`` module;
* stanza installed: real ``stanza.Document`` objects read from the CoNLL-U
  files in ``tests/stanza_data/`` (written and annotated by hand; they pass
  UD's validator at level 5) with POS, lemmas, heads, deprels, NER tags and
  coreference chains built with stanza's own classes, converted exactly;
* stanza and the real English tokenizer in ``../shared/models/stanza``: the
  backend end to end on a seed article.

The last CoNLL-U tests check the pipeline's use of those layers end to end
(sieve ``dep-subject``, NER mentions, ``stanza-coref`` chains).
"""

from __future__ import annotations

import inspect
import json
import logging
import pickle
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any, ClassVar

import pytest

import quotes
from quotes.backends import RulesBackend, available_backends, load_backend
from quotes.backends import stanza as sb
from quotes.backends.base import Analysis, Entity, Token

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "stanza_data"
MODELS = ROOT.parent / "shared" / "models" / "stanza"
SEED = ROOT.parent / "shared" / "seeds" / "000_a45e18ada133cc22.txt"
HINT = 'pip install "quotes-attribution[stanza]"'


def _stanza_importable() -> bool:
    try:
        import stanza  # noqa: F401
    except Exception:  # noqa: BLE001 - a broken torch counts as "not installed"
        return False
    return True


HAVE_STANZA = _stanza_importable()
HAVE_MODELS = (MODELS / "resources.json").is_file() and (MODELS / "en" / "tokenize" / "combined.pt").is_file()

needs_stanza = pytest.mark.skipif(not HAVE_STANZA, reason=f"stanza is not installed ({HINT})")
needs_models = pytest.mark.skipif(
    not (HAVE_STANZA and HAVE_MODELS),
    reason=f"needs stanza and the English stanza tokenizer in {MODELS}",
)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------


def conll_doc(name: str, *, reconstruct: bool = False) -> Any:
    """A real stanza.Document read from tests/stanza_data/<name>.conllu."""
    from stanza.utils.conll import CoNLL

    kwargs: dict[str, Any] = {}
    if reconstruct:
        if "reconstruct_text" not in inspect.signature(CoNLL.conll2doc).parameters:
            pytest.skip("this stanza's conll2doc cannot rebuild the text (reconstruct_text)")
        kwargs["reconstruct_text"] = True
    return CoNLL.conll2doc(input_file=str(DATA / f"{name}.conllu"), **kwargs)


def conll_str_doc(conll: str) -> Any:
    from stanza.utils.conll import CoNLL

    rows = []
    for line in conll.strip("\n").splitlines():
        rows.append(line if line.startswith("#") or not line else "\t".join(line.split()))
    return CoNLL.conll2doc(input_str="\n".join(rows) + "\n\n")


def coref_doc(*, reconstruct: bool = False) -> Any:
    """coref.conllu with two chains attached with stanza's own classes."""
    try:
        from stanza.models.coref.coref_chain import CorefChain, CorefMention
    except ImportError:  # pragma: no cover - stanza older than coref
        pytest.skip("this stanza has no coreference classes")
    doc = conll_doc("coref", reconstruct=reconstruct)
    # CorefMention(sentence, start_word, end_word): 0-based words, end exclusive.
    doc.coref = [
        CorefChain(0, [CorefMention(0, 0, 2), CorefMention(1, 0, 1)], "The union", 0),  # The union ... It
        CorefChain(1, [CorefMention(2, 0, 2), CorefMention(3, 0, 2)], "Li Wei", 0),  # Li Wei ... The veteran
    ]
    return doc


def span(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    at = text.index(needle, start)
    return at, at + len(needle)


RESOURCES = {
    # The shape of stanza's resources.json, cut down to what the backend reads.
    "english": {"alias": "en"},
    "en": {
        "lang_name": "English",
        "tokenize": {"combined": {"md5": "0"}},
        "mwt": {"combined": {"md5": "0"}},
        "pos": {"combined_charlm": {"md5": "0", "dependencies": [
            {"model": "pretrain", "package": "conll17"},
            {"model": "forward_charlm", "package": "1billion"},
        ]}},
        "lemma": {"combined_nocharlm": {"md5": "0"}},
        "depparse": {"combined_charlm": {"md5": "0", "dependencies": [{"model": "pretrain", "package": "conll17"}]}},
        "ner": {
            "ontonotes-ww-multi_charlm": {"md5": "0", "dependencies": [{"model": "forward_charlm", "package": "1billion"}]},
            "conll03_charlm": {"md5": "0"},
        },
        "coref": {"ontonotes_electra-large": {"md5": "0"}},
        "pretrain": {"conll17": {"md5": "0"}},
        "forward_charlm": {"1billion": {"md5": "0"}},
        "default_processors": {
            "tokenize": "combined", "mwt": "combined", "lemma": "combined_nocharlm",
            "pos": "combined_charlm", "depparse": "combined_charlm", "ner": "ontonotes-ww-multi_charlm",
            "optional": {"coref": "ontonotes_electra-large"},
        },
    },
}

ALL_FILES = (
    "tokenize/combined", "mwt/combined", "pos/combined_charlm", "lemma/combined_nocharlm",
    "depparse/combined_charlm", "ner/ontonotes-ww-multi_charlm", "coref/ontonotes_electra-large",
    "pretrain/conll17", "forward_charlm/1billion",
)


def fake_resources(root: Path, files: tuple[str, ...] = ALL_FILES, *, skip: tuple[str, ...] = ()) -> Path:
    """A stanza resources dir with resources.json and empty stand-ins for model files."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "resources.json").write_text(json.dumps(RESOURCES), encoding="utf-8")
    for f in files:
        if f not in skip:
            path = root / "en" / f"{f}.pt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"")
    return root


class FakePipeline:
    built: ClassVar[list[dict[str, Any]]] = []

    def __init__(self, **kwargs: Any) -> None:
        FakePipeline.built.append(kwargs)
        self.kwargs = kwargs


def fake_stanza(downloads: list[dict[str, Any]]) -> SimpleNamespace:
    """A stand-in for the stanza module: Pipeline records its options, download writes files."""

    def download(lang: str, *, model_dir: str, processors: dict[str, str], **kw: Any) -> None:
        downloads.append({"lang": lang, "model_dir": model_dir, "processors": dict(processors), **kw})
        for proc, package in processors.items():
            deps = RESOURCES["en"][proc][package].get("dependencies", [])
            for rel in [f"{proc}/{package}", *(f"{d['model']}/{d['package']}" for d in deps)]:
                path = Path(model_dir, lang, f"{rel}.pt")
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(b"")

    def download_resources_json(model_dir: str) -> None:
        downloads.append({"resources.json": model_dir})
        Path(model_dir).mkdir(parents=True, exist_ok=True)
        Path(model_dir, "resources.json").write_text(json.dumps(RESOURCES), encoding="utf-8")

    common = SimpleNamespace(download_resources_json=download_resources_json)
    return SimpleNamespace(Pipeline=FakePipeline, download=download, resources=SimpleNamespace(common=common))


# --------------------------------------------------------------------------
# no stanza needed
# --------------------------------------------------------------------------


def test_import_quotes_does_not_import_stanza_or_torch() -> None:
    code = (
        "import sys, quotes\n"
        "quotes.extract('\"We will win,\" she said.')\n"
        "import quotes.backends.stanza\n"
        "print(sorted(m for m in ('stanza', 'torch') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"


def test_stanza_not_importable_raises_backend_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "stanza", None)  # `import stanza` now raises ImportError
    for make in (
        lambda: sb.StanzaBackend(),
        lambda: quotes.Extractor(backend="stanza"),
        lambda: quotes.extract("Talks will resume, she said.", backend="stanza", model_dir=MODELS),
    ):
        with pytest.raises(quotes.BackendUnavailableError, match=r'pip install "quotes-attribution\[stanza\]"') as err:
            make()
        assert isinstance(err.value, ImportError)
    reason = sb.stanza_unavailable_reason(model_dir=MODELS)
    assert reason is not None and HINT in reason
    assert HINT in (available_backends()["stanza"] or "")
    assert isinstance(load_backend("auto", model_dir=MODELS), RulesBackend)
    assert quotes.Extractor(backend="auto").backend == "rules"


@pytest.mark.parametrize(
    ("skip", "expected"),
    [
        ((), ("tokenize", "mwt", "pos", "lemma", "depparse", "ner", "coref")),
        (("coref/ontonotes_electra-large",), ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")),
        (("lemma/combined_nocharlm",), ("tokenize", "mwt", "pos", "ner", "coref")),  # depparse needs lemma
        (("pretrain/conll17",), ("tokenize", "mwt", "ner", "coref")),  # pos, depparse lack their vectors
        (("forward_charlm/1billion",), ("tokenize", "mwt", "coref")),  # pos and ner lack their charlm
        (("pos/combined_charlm", "ner/ontonotes-ww-multi_charlm", "coref/ontonotes_electra-large"), ("tokenize", "mwt")),
    ],
)
def test_processors_follow_the_model_files(tmp_path: Path, skip: tuple[str, ...], expected: tuple[str, ...]) -> None:
    root = fake_resources(tmp_path / "res", skip=skip)
    assert sb.installed_processors(model_dir=root) == expected
    assert sb.installed_processors(dir=str(root), lang="english") == expected  # dir= and stanza's alias


def test_processors_named_explicitly(tmp_path: Path) -> None:
    root = fake_resources(tmp_path / "res", skip=("ner/ontonotes-ww-multi_charlm",))
    assert sb.installed_processors(model_dir=root, processors="tokenize,pos") == ("tokenize", "mwt", "pos")
    assert sb.installed_processors(model_dir=root, processors=["tokenize", "mwt", "pos"]) == ("tokenize", "mwt", "pos")
    with pytest.raises(quotes.ModelNotFoundError, match=r"en/ner/ontonotes-ww-multi_charlm\.pt") as err:
        sb.installed_processors(model_dir=root, processors="tokenize,ner")
    assert str(root) in str(err.value)
    # another NER package, named per processor, is checked for its own file
    with pytest.raises(quotes.ModelNotFoundError, match=r"en/ner/conll03_charlm\.pt"):
        sb.installed_processors(model_dir=root, processors={"tokenize": None, "ner": "conll03_charlm"})
    # a model file of the user's own is not looked for in the resources dir
    assert "ner" in sb.installed_processors(model_dir=root, processors="tokenize,ner", ner_model_path="/my/ner.pt")


def test_missing_models_raise_model_not_found(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(quotes.ModelNotFoundError) as err:
        sb.installed_processors(model_dir=empty)
    message = str(err.value)
    assert isinstance(err.value, FileNotFoundError)
    assert str(empty) in message and "resources.json" in message
    assert 'stanza.download("en"' in message and "download=True" in message

    root = fake_resources(tmp_path / "res", skip=("tokenize/combined",))
    with pytest.raises(quotes.ModelNotFoundError, match=r"en/tokenize/combined\.pt") as err:
        sb.installed_processors(model_dir=root)
    assert str(root) in str(err.value)

    with pytest.raises(quotes.ModelNotFoundError, match="'fr'"):
        sb.installed_processors(model_dir=fake_resources(tmp_path / "res2"), lang="fr")


def test_model_dir_defaults_to_stanza_resources_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = fake_resources(tmp_path / "env", skip=("coref/ontonotes_electra-large",))
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(root))
    assert sb.default_model_dir() == root
    assert sb.installed_processors() == ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
    monkeypatch.delenv("STANZA_RESOURCES_DIR")
    assert sb.default_model_dir() != root


@pytest.mark.parametrize(
    "options",
    [
        {"model_dir": "/a", "dir": "/b"},
        {"download_method": "reuse_resources"},
        {"processors": 5},
        {"processors": ""},
        {"processors": {"ner": 3}},
        {"lang": 3},
        {"download": "yes"},
        {"model_dir": 3},
    ],
)
def test_bad_options_are_config_errors(options: dict[str, Any]) -> None:
    with pytest.raises(quotes.ConfigError):
        sb.StanzaBackend(**options)
    assert sb.stanza_unavailable_reason(**options)  # a reason, never an exception


def test_pipeline_is_built_offline_with_the_planned_processors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = fake_resources(tmp_path / "res", skip=("coref/ontonotes_electra-large",))
    downloads: list[dict[str, Any]] = []
    monkeypatch.setattr(sb, "_import_stanza", lambda: fake_stanza(downloads))
    FakePipeline.built.clear()
    backend = sb.StanzaBackend(model_dir=root, use_gpu=False)
    assert downloads == []
    (kwargs,) = FakePipeline.built
    assert kwargs["download_method"] is None
    assert kwargs["dir"] == str(root) and kwargs["lang"] == "en" and kwargs["use_gpu"] is False
    assert kwargs["processors"] == {
        "tokenize": "combined", "mwt": "combined", "pos": "combined_charlm", "lemma": "combined_nocharlm",
        "depparse": "combined_charlm", "ner": "ontonotes-ww-multi_charlm",
    }
    assert backend.name == "stanza" and backend.processors == tuple(kwargs["processors"])
    # pickles as its options (directory resolved), and rebuilds from them
    clone = pickle.loads(pickle.dumps(backend))
    assert isinstance(clone, sb.StanzaBackend) and clone.options == backend.options
    assert FakePipeline.built[-1] == kwargs


def test_download_fetches_only_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    downloads: list[dict[str, Any]] = []
    monkeypatch.setattr(sb, "_import_stanza", lambda: fake_stanza(downloads))
    root = tmp_path / "new"
    with pytest.raises(quotes.ModelNotFoundError):
        sb.StanzaBackend(model_dir=root)  # no download unless asked
    assert downloads == []

    backend = sb.StanzaBackend(model_dir=root, download=True)
    assert downloads[0] == {"resources.json": str(root)}
    assert downloads[1]["processors"] == {
        "tokenize": "combined", "mwt": "combined", "pos": "combined_charlm", "lemma": "combined_nocharlm",
        "depparse": "combined_charlm", "ner": "ontonotes-ww-multi_charlm",
    }
    assert downloads[1]["model_dir"] == str(root) and downloads[1]["download_json"] is False
    assert backend.processors == ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")
    assert backend.options["download"] is False  # a rebuilt copy never downloads

    downloads.clear()
    sb.StanzaBackend(model_dir=root, download=True)  # everything is there now
    assert downloads == []
    sb.StanzaBackend(model_dir=root, download=True, processors="tokenize,coref")
    assert [d["processors"] for d in downloads] == [{"coref": "ontonotes_electra-large"}]


def test_stanza_load_errors_become_model_not_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = fake_resources(tmp_path / "res")

    def broken(**kwargs: Any) -> None:
        raise FileNotFoundError("Could not find the model file")

    monkeypatch.setattr(sb, "_import_stanza", lambda: SimpleNamespace(Pipeline=broken))
    with pytest.raises(quotes.ModelNotFoundError, match="Could not find the model file") as err:
        sb.StanzaBackend(model_dir=root)
    assert str(root) in str(err.value)


def test_bioes_decoding() -> None:
    tags = ["B-PERSON", "E-PERSON", "O", "S-ORG", "B-GPE", "I-GPE", "E-GPE", None, "I-DATE", "B-LOC"]
    assert sb._decode_bioes(tags) == [(0, 1, "PERSON"), (3, 3, "ORG"), (4, 6, "GPE"), (8, 8, "DATE"), (9, 9, "LOC")]
    assert sb._decode_bioes(["B-ORG", "I-ORG", "O", "B-PER", "I-PER"]) == [(0, 1, "ORG"), (3, 4, "PER")]  # BIO


def test_backend_reports_layers_run_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    root = fake_resources(tmp_path / "res", skip=("lemma/combined_nocharlm", "coref/ontonotes_electra-large"))
    monkeypatch.setattr(sb, "_import_stanza", lambda: fake_stanza([]))
    with caplog.at_level(logging.INFO, logger="quotes"):
        backend = sb.StanzaBackend(model_dir=root)
    assert backend.layers == ("sentences", "tokens", "pos", "ner")
    assert list(backend.skipped) == ["lemma", "depparse", "coref"]
    assert backend.skipped["lemma"] == f"no model for en/lemma in {root} (missing en/lemma/combined_nocharlm.pt)"
    assert backend.skipped["depparse"] == "needs lemma, which did not load"
    assert "en/coref/ontonotes_electra-large.pt" in backend.skipped["coref"]
    with pytest.raises(TypeError):
        backend.skipped["lemma"] = "fine"  # type: ignore[index]  # read-only
    (record,) = [r for r in caplog.records if r.name == "quotes" and r.levelno == logging.INFO]
    message = record.getMessage()
    assert str(root) in message and "layers sentences, tokens, pos, ner" in message
    assert f"lemma ({backend.skipped['lemma']})" in message and "depparse (needs lemma" in message

    everything = sb.StanzaBackend(model_dir=fake_resources(tmp_path / "all"))
    assert everything.layers == ("sentences", "tokens", *sb.OPTIONAL_LAYERS) and dict(everything.skipped) == {}

    named = sb.StanzaBackend(model_dir=root, processors="tokenize,ner")
    assert named.layers == ("sentences", "tokens", "ner")
    assert dict(named.skipped) == dict.fromkeys(("pos", "lemma", "depparse", "coref"), "not named in processors=")

    no_coref = json.loads(json.dumps(RESOURCES))
    del no_coref["en"]["default_processors"]["optional"]
    (root / "resources.json").write_text(json.dumps(no_coref), encoding="utf-8")
    assert sb.StanzaBackend(model_dir=root).skipped["coref"] == (
        "resources.json names no en/coref model for package 'default'"
    )


# --------------------------------------------------------------------------
# stanza installed: real Documents from hand-annotated CoNLL-U
# --------------------------------------------------------------------------


@needs_stanza
def test_parsed_sentence_converts_exactly() -> None:
    a = sb.analysis_from_document(conll_doc("subject_relative"))
    text = "The senator who criticized Ana Ruiz said the bill would fail."
    assert a.text == text and a.backend == "stanza"
    assert a.layers == {"sentences", "tokens", "lemma", "pos", "depparse", "ner"}
    assert a.sentences == ((0, 61),)
    assert a.tokens == (
        Token(0, 3, "The", "the", "DET", 1, "det", "O"),
        Token(4, 11, "senator", "senator", "NOUN", 6, "nsubj", "O"),
        Token(12, 15, "who", "who", "PRON", 3, "nsubj", "O"),
        Token(16, 26, "criticized", "criticize", "VERB", 1, "acl:relcl", "O"),
        Token(27, 30, "Ana", "Ana", "PROPN", 3, "obj", "B-PERSON"),
        Token(31, 35, "Ruiz", "Ruiz", "PROPN", 4, "flat", "E-PERSON"),
        Token(36, 40, "said", "say", "VERB", -1, "root", "O"),
        Token(41, 44, "the", "the", "DET", 8, "det", "O"),
        Token(45, 49, "bill", "bill", "NOUN", 10, "nsubj", "O"),
        Token(50, 55, "would", "would", "AUX", 10, "aux", "O"),
        Token(56, 60, "fail", "fail", "VERB", 6, "ccomp", "O"),
        Token(60, 61, ".", ".", "PUNCT", 6, "punct", "O"),
    )
    assert a.entities == (Entity(27, 35, "PERSON"),)
    assert a.chains == ()


@needs_stanza
def test_heads_become_indexes_into_the_token_tuple() -> None:
    a = sb.analysis_from_document(conll_doc("object_name"))
    by_text = {t.text: i for i, t in enumerate(a.tokens)}
    told, said, minister, maria = (by_text[w] for w in ("told", "said", "minister", "Maria"))
    assert a.tokens[told].head == -1 and a.tokens[told].deprel == "root"
    assert a.tokens[maria].head == told and a.tokens[maria].deprel == "iobj"  # the nearest name is the object
    assert a.tokens[minister].head == said and a.tokens[minister].deprel == "nsubj"  # the subject of the cue
    assert a.tokens[said].head == told and a.tokens[said].deprel == "parataxis"
    assert a.entities == (Entity(*span(a.text, "Maria Lopez"), "PERSON"),)
    for t in a.tokens:
        assert a.text[t.start : t.end] == t.text


@needs_stanza
def test_ner_tags_and_entities() -> None:
    a = sb.analysis_from_document(conll_doc("ner_lowercase"))
    assert a.text == "After the vote, nkosazana dlamini said the party was united."
    assert [t.ner for t in a.tokens][3:7] == ["O", "B-PERSON", "E-PERSON", "O"]
    assert a.entities == (Entity(16, 33, "PERSON"),)
    assert a.text[16:33] == "nkosazana dlamini"


@needs_stanza
def test_text_rebuilt_from_tokens_with_paragraphs_mwt_and_chains() -> None:
    a = sb.analysis_from_document(coref_doc())
    p1 = "The union met Ana Ruiz on Monday. It said the strike won't end."
    p2 = "Li Wei won the vote on Sunday. The veteran said the result was fair."
    assert a.text == p1 + "\n\n" + p2  # `# newpar` -> a blank line; SpaceAfter=No honoured
    assert a.sentences == ((0, 33), (34, 63), (65, 95), (96, 133))
    assert a.layers == {"sentences", "tokens", "lemma", "pos", "depparse", "ner", "coref"}
    # the multi-word token "won't" is two words, each with its own characters
    wo, nt, end = a.tokens[12], a.tokens[13], a.tokens[14]
    assert (wo.start, wo.end, wo.text, wo.lemma, wo.head, wo.deprel, wo.ner) == (53, 55, "wo", "will", 14, "aux", "O")
    assert (nt.start, nt.end, nt.text, nt.lemma, nt.head, nt.deprel) == (55, 58, "n't", "not", 14, "advmod")
    assert (end.text, end.head, end.deprel) == ("end", 9, "ccomp")  # 9: "said" of sentence 2
    assert a.tokens[9].text == "said" and a.tokens[8].text == "It" and a.tokens[8].head == 9
    assert a.entities == (
        Entity(14, 22, "PERSON"),
        Entity(26, 32, "DATE"),
        Entity(65, 71, "PERSON"),
        Entity(88, 94, "DATE"),
    )
    assert a.chains == (((0, 9), (34, 36)), ((65, 71), (96, 107)))
    assert [[a.text[s:e] for s, e in chain] for chain in a.chains] == [["The union", "It"], ["Li Wei", "The veteran"]]
    for t in a.tokens:
        assert a.text[t.start : t.end] == t.text


@needs_stanza
@pytest.mark.parametrize("name", ["subject_relative", "object_name", "ner_lowercase"])
def test_own_offsets_match_stanzas_reconstruction(name: str) -> None:
    """Where stanza rebuilds the text itself (reconstruct_text=True), its offsets are used, and agree."""
    ours = sb.analysis_from_document(conll_doc(name))
    theirs_doc = conll_doc(name, reconstruct=True)
    assert theirs_doc.text is not None and theirs_doc.ents  # built by stanza, so doc.ents is used
    assert sb.analysis_from_document(theirs_doc) == ours


@needs_stanza
def test_document_with_text_uses_stanzas_offsets() -> None:
    ours = sb.analysis_from_document(coref_doc())
    theirs = sb.analysis_from_document(coref_doc(reconstruct=True))
    # stanza joins sentences with one space, ignoring `# newpar`: same words, shifted offsets
    assert theirs.text == ours.text.replace("\n\n", " ")
    assert [t[2:] for t in theirs.tokens] == [t[2:] for t in ours.tokens]
    assert [[theirs.text[s:e] for s, e in c] for c in theirs.chains] == [["The union", "It"], ["Li Wei", "The veteran"]]
    assert [theirs.text[e.start : e.end] for e in theirs.entities] == ["Ana Ruiz", "Monday", "Li Wei", "Sunday"]


@needs_stanza
def test_tokens_only_document() -> None:
    doc = conll_str_doc(
        """
1 "Hi _ _ _ _ _ _ _ _
2 , _ _ _ _ _ _ _ _
3 there _ _ _ _ _ _ _ SpaceAfter=No
4 ." _ _ _ _ _ _ _ SpacesAfter=\\n\\n

1 She _ _ _ _ _ _ _ _
2 left _ _ _ _ _ _ _ SpaceAfter=No
3 . _ _ _ _ _ _ _ _
"""
    )
    a = sb.analysis_from_document(doc)
    assert a.text == '"Hi , there."\n\nShe left.'
    assert a.layers == {"sentences", "tokens"}
    assert a.sentences == ((0, 13), (15, 24))
    assert all(t.head == -1 and t.lemma is None and t.upos is None and t.ner is None for t in a.tokens)
    assert a.entities == () and a.chains == ()


@needs_stanza
def test_unsplittable_multi_word_token_gives_its_words_the_token_offsets() -> None:
    doc = conll_str_doc(
        """
1 Il il PRON _ _ 2 nsubj _ _
2 parle parler VERB _ _ 0 root _ _
3-4 du _ _ _ _ _ _ _ _
3 de de ADP _ _ 5 case _ _
4 le le DET _ _ 5 det _ _
5 port port NOUN _ _ 2 obl _ SpaceAfter=No
6 . . PUNCT _ _ 2 punct _ _
"""
    )
    a = sb.analysis_from_document(doc)
    assert a.text == "Il parle du port."
    de, le = a.tokens[2], a.tokens[3]
    assert (de.start, de.end, de.text, de.head) == (9, 11, "de", 4)
    assert (le.start, le.end, le.text, le.head) == (9, 11, "le", 4)


@needs_stanza
def test_coref_run_without_chains_is_a_layer() -> None:
    doc = conll_doc("object_name")
    doc.coref = []  # what stanza's coref processor leaves when it finds nothing
    a = sb.analysis_from_document(doc)
    assert "coref" in a.layers and a.chains == ()


@needs_stanza
def test_entities_from_tags_when_doc_ents_was_never_built() -> None:
    doc = conll_doc("coref")
    assert doc.ents == []  # conll2doc builds entities only when it has a text
    tags = sb.analysis_from_document(doc).entities
    doc.build_ents()
    assert sb.analysis_from_document(doc).entities == tags


@needs_stanza
def test_extract_accepts_a_document() -> None:
    """The pipeline runs on the Document's text and sentences (no layer it ignores changes this)."""
    doc = conll_doc("object_name")
    # (the PARC reading of the nested report; by default "Officials" said it)
    (q,) = quotes.extract(doc, config=quotes.Config(nested_source="outer"))
    assert q.text == "Officials told Maria Lopez the talks would resume"
    assert q.speaker_mention is not None and q.speaker_mention.text == "the minister"
    assert q.cue is not None and q.cue.text == "said"
    found = quotes.Extractor().extract(coref_doc())
    text = sb.analysis_from_document(coref_doc()).text
    assert [q.text for q in found] == ["the strike won't end", "the result was fair"]
    for q in found:
        assert text[q.start : q.end] == q.text


# -- what the pipeline should do with the layers (written on the other side) --


@needs_stanza
def test_dep_subject_beats_the_nearest_name() -> None:
    (q,) = quotes.extract(conll_doc("subject_relative"))
    assert q.text == "the bill would fail"
    assert q.speaker_mention is not None
    assert q.speaker_mention.text in ("The senator", "The senator who criticized Ana Ruiz")
    assert "dep-subject" in q.evidence


@needs_stanza
def test_ner_person_the_word_lists_cannot_know() -> None:
    (q,) = quotes.extract(conll_doc("ner_lowercase"))
    assert q.text == "the party was united"
    assert q.speaker_mention is not None and q.speaker_mention.text == "nkosazana dlamini"


@needs_stanza
def test_coref_chain_resolves_a_pronoun() -> None:
    q = quotes.extract(coref_doc())[0]
    assert q.text == "the strike won't end"
    assert q.speaker_mention is not None and q.speaker_mention.text == "It"
    assert q.speaker is not None and q.speaker.name.lower() == "the union"


@needs_stanza
def test_coref_chain_resolves_a_nominal() -> None:
    q = quotes.extract(coref_doc())[1]
    assert q.text == "the result was fair"
    assert q.speaker_mention is not None and q.speaker_mention.text == "The veteran"
    assert q.speaker is not None and q.speaker.name == "Li Wei"


# --------------------------------------------------------------------------
# stanza and the real English tokenizer
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def backend() -> sb.StanzaBackend:
    if not (HAVE_STANZA and HAVE_MODELS):
        pytest.skip(f"needs stanza and the English stanza tokenizer in {MODELS}")
    return sb.StanzaBackend(model_dir=MODELS)


@pytest.fixture(scope="module")
def extractor() -> quotes.Extractor:
    if not (HAVE_STANZA and HAVE_MODELS):
        pytest.skip(f"needs stanza and the English stanza tokenizer in {MODELS}")
    return quotes.Extractor(backend="stanza", dir=str(MODELS))


@pytest.fixture(scope="module")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed article {SEED} is absent")
    return SEED.read_text(encoding="utf-8")


def _layers_for(processors: tuple[str, ...]) -> set[str]:
    return {"sentences", "tokens"} | {p for p in ("pos", "lemma", "depparse", "ner", "coref") if p in processors}


@needs_models
def test_real_pipeline_analysis(backend: sb.StanzaBackend, seed_text: str) -> None:
    assert backend.name == "stanza" and backend.processors[:2] == ("tokenize", "mwt")
    a = backend.analyze(seed_text)
    assert isinstance(a, Analysis) and a.text == seed_text and a.backend == "stanza"
    assert a.layers == _layers_for(backend.processors)
    doc = backend.pipeline(seed_text)
    assert a.sentences == tuple((s.tokens[0].start_char, s.tokens[-1].end_char) for s in doc.sentences)
    assert len(a.tokens) == sum(len(s.words) for s in doc.sentences)
    for t in a.tokens:
        assert seed_text[t.start : t.end] == t.text
    assert backend.analyze("  \n").tokens == ()


@needs_models
def test_real_backend_reports_its_layers(backend: sb.StanzaBackend, seed_text: str) -> None:
    assert backend.layers[:2] == ("sentences", "tokens")
    assert set(backend.layers) == backend.analyze(seed_text).layers == _layers_for(backend.processors)
    for layer in sb.OPTIONAL_LAYERS:  # each optional layer either runs or says why not
        assert (layer in backend.layers) != (layer in backend.skipped)
        why = backend.skipped.get(layer, "")
        assert layer in backend.layers or f"no model for en/{layer} in {MODELS}" in why or why.startswith("needs ")


@needs_models
def test_seed_article_same_quotes_as_rules(backend: sb.StanzaBackend, seed_text: str) -> None:
    found = quotes.extract(seed_text, backend="stanza", model_dir=MODELS)
    rules = quotes.extract(seed_text)
    assert found and [(q.start, q.end, q.kind) for q in found] == [(q.start, q.end, q.kind) for q in rules]


@needs_models
def test_real_document_as_input(backend: sb.StanzaBackend, extractor: quotes.Extractor, seed_text: str) -> None:
    doc = backend.pipeline(seed_text)
    assert sb.analysis_from_document(doc) == backend.analyze(seed_text)
    from_text = [q.to_dict() for q in extractor.extract(seed_text)]
    assert [q.to_dict() for q in quotes.extract(doc)] == from_text
    assert [q.to_dict() for q in quotes.Extractor().extract(doc)] == from_text


@needs_models
def test_auto_and_environment_pick_stanza(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(MODELS))
    assert available_backends()["stanza"] is None
    assert sb.stanza_unavailable_reason() is None
    with caplog.at_level(logging.INFO, logger="stanza"):
        chosen = load_backend("auto")
    assert isinstance(chosen, sb.StanzaBackend) and chosen.model_dir == MODELS
    assert "Loading these models" not in capfd.readouterr().err  # stanza's INFO chatter stays quiet


@needs_models
def test_pickled_extractor_rebuilds_its_pipeline(extractor: quotes.Extractor, seed_text: str) -> None:
    clone = pickle.loads(pickle.dumps(extractor))
    assert clone.backend == "stanza" and repr(clone) == "Extractor(backend='stanza')"
    assert [q.to_dict() for q in clone.extract(seed_text)] == [q.to_dict() for q in extractor.extract(seed_text)]


@needs_stanza
def test_empty_model_dir_with_stanza_installed(tmp_path: Path) -> None:
    with pytest.raises(quotes.ModelNotFoundError) as err:
        quotes.Extractor(backend="stanza", model_dir=tmp_path)
    assert str(tmp_path) in str(err.value) and 'stanza.download("en"' in str(err.value)
    reason = available_backends(model_dir=tmp_path)["stanza"]
    assert reason is not None and str(tmp_path) in reason
    assert quotes.Extractor(backend="auto", model_dir=tmp_path).backend == "rules"
