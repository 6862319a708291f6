"""The stanza backend: stanza's tokenizer, tagger, parser, NER and coreference.

:class:`StanzaBackend` runs a ``stanza.Pipeline`` and hands the pipeline an
:class:`~quotes.backends.base.Analysis`; :func:`analysis_from_document`
converts a ``stanza.Document`` the user already has (never re-running stanza).

Three rules keep it well-behaved (DESIGN.md section 5):

* stanza (and with it torch) is imported lazily, inside functions, so
  ``import quotes`` never pays for it;
* the pipeline is built with ``download_method=None``: nothing touches the
  network unless the caller passes ``download=True``;
* stanza's indices (1-based word ids, heads relative to the sentence, coref
  mentions as sentence/word ranges) become character offsets into the text
  here, at the boundary, so nothing downstream knows about stanza.

Which processors run is decided from the resources directory: ``tokenize``
(and ``mwt`` where the language has one) always, and ``pos``, ``lemma``,
``depparse``, ``ner`` and ``coref`` when ``resources.json`` names a package
for them whose model files (and their pretrained dependencies) are on disk.
``processors=`` overrides the choice.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import BackendUnavailableError, ConfigError, ModelNotFoundError
from .base import Analysis, Entity, Token

__all__ = [
    "INSTALL_HINT",
    "StanzaBackend",
    "analysis_from_document",
    "default_model_dir",
    "installed_processors",
    "stanza_unavailable_reason",
]

log = logging.getLogger("quotes")

INSTALL_HINT = 'pip install "quotes-attribution[stanza]"'

#: Processors the backend can use, in stanza's load order.
KNOWN_PROCESSORS: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner", "coref")

#: Processors fetched by ``download=True`` when ``processors=`` is not given:
#: stanza's default English package without sentiment and constituency (not
#: used here). Coreference is opt-in (``processors=`` naming ``coref``), as in
#: stanza itself: its model is large and needs a transformer.
DOWNLOAD_DEFAULT: tuple[str, ...] = ("tokenize", "mwt", "pos", "lemma", "depparse", "ner")

#: What each processor needs loaded before it (stanza's ``REQUIRES_DEFAULT``;
#: ``lemma`` is made to wait for ``pos`` because the default English
#: lemmatizer uses the tags).
_REQUIRES: dict[str, frozenset[str]] = {
    "tokenize": frozenset(),
    "mwt": frozenset({"tokenize"}),
    "pos": frozenset({"tokenize"}),
    "lemma": frozenset({"tokenize", "pos"}),
    "depparse": frozenset({"tokenize", "pos", "lemma"}),
    "ner": frozenset({"tokenize"}),
    "coref": frozenset({"tokenize"}),
}

#: Options the backend itself reads; every other keyword goes to ``stanza.Pipeline``.
_OWN_OPTIONS = frozenset({"lang", "model_dir", "dir", "processors", "package", "download"})


# --------------------------------------------------------------------------
# importing stanza, lazily
# --------------------------------------------------------------------------


def _import_stanza() -> Any:
    """``import stanza``, or :class:`BackendUnavailableError` saying what to install."""
    try:
        import stanza
    except ImportError as exc:
        raise BackendUnavailableError(
            f"the stanza backend needs the stanza package, which is not importable ({exc}); "
            f"install it with: {INSTALL_HINT}"
        ) from exc
    except Exception as exc:  # a broken torch install fails in many ways (re-raised below)
        raise BackendUnavailableError(
            f"importing stanza failed ({type(exc).__name__}: {exc}); reinstall it with: {INSTALL_HINT}"
        ) from exc
    return stanza


def default_model_dir() -> Path:
    """The resources directory stanza would use: ``$STANZA_RESOURCES_DIR``, else stanza's default.

    The environment variable is read at call time. stanza's own default is
    ``~/stanza_resources`` in older releases and a per-user cache folder
    (``platformdirs.user_cache_dir``) in newer ones; it is taken from the
    installed stanza when that can be imported.
    """
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser()
    try:
        from stanza.resources import common
    except Exception:  # noqa: BLE001 - any failure means "no stanza default to ask"
        return Path("~/stanza_resources").expanduser()
    cache = getattr(common, "USER_CACHE_DIR", None)
    if cache:
        return Path(cache, "resources")
    return Path(getattr(common, "DEFAULT_MODEL_DIR", "~/stanza_resources")).expanduser()


# --------------------------------------------------------------------------
# options
# --------------------------------------------------------------------------


class _Settings:
    """The backend's options, validated; ``extra`` goes to ``stanza.Pipeline``."""

    __slots__ = ("download", "extra", "lang", "model_dir", "package", "processors")

    def __init__(self, options: Mapping[str, Any]) -> None:
        lang = options.get("lang", "en")
        if not isinstance(lang, str) or not lang.strip():
            raise ConfigError(f"lang must be a language code such as 'en', got {lang!r}")
        self.lang = lang.strip().lower()

        model_dir, alias = options.get("model_dir"), options.get("dir")
        if model_dir is not None and alias is not None and Path(model_dir) != Path(alias):
            raise ConfigError(f"model_dir={model_dir!r} and dir={alias!r} disagree; pass one of them")
        chosen = model_dir if model_dir is not None else alias
        if chosen is not None and not isinstance(chosen, (str, os.PathLike)):
            raise ConfigError(f"model_dir must be a path, got {type(chosen).__name__}")
        self.model_dir: Path | None = None if chosen is None else Path(chosen).expanduser()

        self.processors = _normalise_processors(options.get("processors"))

        package = options.get("package", "default")
        if package is not None and not isinstance(package, str):
            raise ConfigError(f"package must be a stanza package name such as 'default', got {package!r}")
        self.package = (package or "default").strip().lower()

        download = options.get("download", False)
        if not isinstance(download, bool):
            raise ConfigError(f"download must be True or False, got {download!r}")
        self.download = download

        self.extra = {k: v for k, v in options.items() if k not in _OWN_OPTIONS}
        if self.extra.get("download_method") is not None:
            raise ConfigError(
                "the stanza backend never downloads by itself: pass download=True to fetch missing models"
            )
        self.extra.pop("download_method", None)
        for key in ("model_dir", "dir"):
            self.extra.pop(key, None)

    def resolved_dir(self) -> Path:
        return self.model_dir if self.model_dir is not None else default_model_dir()


def _normalise_processors(value: Any) -> dict[str, str | None] | None:
    """``"tokenize,ner"`` / ``["tokenize", "ner"]`` / ``{"ner": "conll03"}`` -> {name: package or None}."""
    if value is None:
        return None
    if isinstance(value, str):
        names: Sequence[Any] = [p for p in value.split(",") if p.strip()]
        value = dict.fromkeys(names)
    elif isinstance(value, (list, tuple)):
        value = dict.fromkeys(value)
    if not isinstance(value, Mapping):
        raise ConfigError(f"processors must be a str, a list or a dict, got {type(value).__name__}")
    out: dict[str, str | None] = {}
    for name, package in value.items():
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"processor names must be strings, got {name!r}")
        if package is not None and not isinstance(package, str):
            raise ConfigError(f"the package of processor {name!r} must be a string, got {package!r}")
        out[name.strip().lower()] = package.strip().lower() if package else None
    if not out:
        raise ConfigError("processors is empty")
    return out


# --------------------------------------------------------------------------
# the resources directory: which models are there
# --------------------------------------------------------------------------


def _get_models_hint(lang: str, model_dir: Path) -> str:
    return (
        f'get them with stanza.download("{lang}", model_dir="{model_dir}"), '
        f"or pass download=True to the stanza backend"
    )


def _load_resources(model_dir: Path, lang: str) -> tuple[dict[str, Any], str]:
    """Read ``resources.json`` and resolve *lang* (stanza's aliases: "english" -> "en")."""
    path = model_dir / "resources.json"
    if not path.is_file():
        raise ModelNotFoundError(
            f"no stanza models in {model_dir} (resources.json is missing); {_get_models_hint(lang, model_dir)}"
        )
    try:
        resources = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelNotFoundError(f"cannot read {path} ({exc}); {_get_models_hint(lang, model_dir)}") from exc
    entry = resources.get(lang)
    if isinstance(entry, dict) and "alias" in entry:
        lang = entry["alias"]
        entry = resources.get(lang)
    if not isinstance(entry, dict):
        raise ModelNotFoundError(
            f"{path} lists no stanza models for language {lang!r}; {_get_models_hint(lang, model_dir)}"
        )
    return resources, lang


def _package_table(entry: Mapping[str, Any], package: str) -> dict[str, str]:
    """Map processor -> model package for stanza's *package* ("default", "default_fast", "gum", ...)."""
    packages = entry.get("packages", {})
    if package == "default" and "default_processors" in entry and package not in packages:
        table: Mapping[str, Any] = entry["default_processors"]
    elif package in packages:
        table = packages[package]
    else:
        # a treebank name such as "gum": that package where it exists, the default elsewhere
        table = dict(_package_table(entry, "default")) if package != "default" else {}
        for proc in KNOWN_PROCESSORS:
            if package in entry.get(proc, {}):
                table[proc] = package
        return {k: v for k, v in table.items() if isinstance(v, str)}
    out = {k: v for k, v in table.items() if isinstance(v, str)}
    for k, v in dict(table.get("optional", {})).items():
        if isinstance(v, str):
            out.setdefault(k, v)
    return out


def _required_files(entry: Mapping[str, Any], lang: str, processor: str, package: str) -> list[str]:
    """The model files (relative to the resources dir) a processor's package needs."""
    models = entry.get(processor, {})
    if package not in models:  # a variant ("spacy"), the identity lemmatizer, ...: no file of ours
        return []
    files = [f"{lang}/{processor}/{package}.pt"]
    for dep in models[package].get("dependencies", []) or []:
        if isinstance(dep, Mapping) and "model" in dep and "package" in dep:
            files.append(f"{lang}/{dep['model']}/{dep['package']}.pt")
    return files


class _Plan:
    """Which processors to load, with their packages, and what is missing."""

    def __init__(self, lang: str, model_dir: Path, processors: dict[str, str], missing: dict[str, list[str]]):
        self.lang = lang
        self.model_dir = model_dir
        self.processors = processors  # name -> package, in load order
        self.missing = missing  # name -> missing files (only for processors that were asked for)


def _plan(settings: _Settings, *, model_dir: Path | None = None) -> _Plan:
    """Decide which processors to load from what ``model_dir`` holds.

    Raises :class:`ModelNotFoundError` when ``resources.json`` is missing or
    does not know the language; missing model files (the tokenizer, or a
    processor named in ``processors=``) are listed in ``_Plan.missing``.
    """
    model_dir = settings.resolved_dir() if model_dir is None else model_dir
    resources, lang = _load_resources(model_dir, settings.lang)
    entry = resources[lang]
    table = _package_table(entry, settings.package)

    def files_missing(proc: str, package: str) -> list[str]:
        if f"{proc}_model_path" in settings.extra:  # the user points at their own model file
            return []
        return [f for f in _required_files(entry, lang, proc, package) if not (model_dir / f).is_file()]

    chosen: dict[str, str] = {}
    missing: dict[str, list[str]] = {}
    if settings.processors is not None:
        asked = dict(settings.processors)
        if "tokenize" in asked and "mwt" not in asked and "mwt" in table and not settings.extra.get(
            "tokenize_pretokenized"
        ):
            asked["mwt"] = None  # stanza adds it itself; check its file too
        for proc, package in asked.items():
            if package is None:
                package = table.get(proc) or settings.package
            elif package in entry.get("packages", {}):  # a whole package named for one processor
                package = _package_table(entry, package).get(proc, package)
            chosen[proc] = package
            gone = files_missing(proc, package)
            if gone:
                missing[proc] = gone
        order = {name: i for i, name in enumerate(KNOWN_PROCESSORS)}
        chosen = dict(sorted(chosen.items(), key=lambda item: order.get(item[0], len(order))))
    else:
        for proc in KNOWN_PROCESSORS:
            package = table.get(proc)
            if package is None:
                continue
            gone = files_missing(proc, package)
            if proc in ("tokenize", "mwt"):
                chosen[proc] = package
                if gone:
                    missing[proc] = gone
            elif not gone and _REQUIRES[proc] <= chosen.keys():
                chosen[proc] = package
        if "tokenize" not in chosen:
            missing["tokenize"] = [f"{lang}/tokenize/<package>.pt (resources.json names no tokenizer)"]
    return _Plan(lang, model_dir, chosen, missing)


def installed_processors(**options: Any) -> tuple[str, ...]:
    """The processors the stanza backend would load with *options*, in load order.

    Reads ``resources.json`` and the folder layout only (no stanza import):

    >>> installed_processors(model_dir="../shared/models/stanza")  # doctest: +SKIP
    ('tokenize', 'mwt')

    Raises :class:`~quotes.ModelNotFoundError` when the tokenizer, or a
    processor named in ``processors=``, is missing.
    """
    plan = _plan(_Settings(options))
    if plan.missing:
        raise _missing_error(plan)
    return tuple(plan.processors)


def _missing_error(plan: _Plan) -> ModelNotFoundError:
    files = ", ".join(f for gone in plan.missing.values() for f in gone)
    names = ", ".join(plan.missing)
    return ModelNotFoundError(
        f"stanza model files for {names} are missing from {plan.model_dir} ({files}); "
        f"{_get_models_hint(plan.lang, plan.model_dir)}"
    )


def stanza_unavailable_reason(**options: Any) -> str | None:
    """``None`` when the stanza backend can run here with *options*, else why not.

    Usable means: stanza imports, and the tokenizer (and multi-word-token)
    model for the language is in the directory that would be searched
    (``model_dir=``/``dir=``, ``$STANZA_RESOURCES_DIR``, or stanza's
    default). Never raises; never downloads.
    """
    try:
        settings = _Settings(options)
    except ConfigError as exc:
        return str(exc)
    try:
        _import_stanza()
    except BackendUnavailableError as exc:
        return str(exc)
    try:
        plan = _plan(settings)
    except ModelNotFoundError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - never raises; a resources.json of an unexpected shape
        return f"cannot read the stanza resources: {type(exc).__name__}: {exc}"
    if plan.missing:
        return str(_missing_error(plan))
    return None


# --------------------------------------------------------------------------
# the backend
# --------------------------------------------------------------------------


@contextlib.contextmanager
def _quiet_stanza(enabled: bool) -> Iterator[None]:
    """Keep stanza's INFO chatter (model tables, device) off stderr while loading."""
    if not enabled:
        yield
        return
    logger = logging.getLogger("stanza")
    level = logger.level
    if level < logging.WARNING:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def _download(stanza: Any, settings: _Settings, model_dir: Path) -> None:
    """Fetch what ``download=True`` asks for and is not on disk yet."""
    quiet = "logging_level" not in settings.extra and "verbose" not in settings.extra
    log_opts = {k: settings.extra[k] for k in ("logging_level", "verbose") if k in settings.extra}
    with _quiet_stanza(quiet):
        if not (model_dir / "resources.json").is_file():
            common = getattr(getattr(stanza, "resources", None), "common", None)
            if common is None:
                from stanza.resources import common
            log.info("downloading stanza's resources.json into %s", model_dir)
            common.download_resources_json(str(model_dir))
        wanted = settings.processors or dict.fromkeys(DOWNLOAD_DEFAULT)
        probe = _Settings({"lang": settings.lang, "package": settings.package, "processors": wanted})
        plan = _plan(probe, model_dir=model_dir)
        if plan.missing:
            todo = {p: plan.processors[p] for p in plan.missing}
            log.info("downloading stanza models %s into %s", todo, model_dir)
            stanza.download(
                plan.lang, model_dir=str(model_dir), package=None, processors=todo, download_json=False, **log_opts
            )


class StanzaBackend:
    """Analyse text with a ``stanza.Pipeline`` (tokens, tags, parse, entities, coreference).

    Options (all keyword-only; anything else goes to ``stanza.Pipeline``,
    e.g. ``use_gpu=False`` or ``tokenize_batch_size=64``):

    ``lang``        language code, default ``"en"``
    ``model_dir``   stanza resources directory (``dir=`` is an alias);
                    default ``$STANZA_RESOURCES_DIR``, else stanza's default
    ``processors``  which processors to run (``"tokenize,ner"``, a list, or
                    ``{"ner": "conll03_charlm"}``); default: every one of
                    tokenize, mwt, pos, lemma, depparse, ner, coref whose
                    model files are present
    ``package``     stanza package, default ``"default"``
    ``download``    ``True`` to fetch missing models with ``stanza.download``
                    (the only way this backend touches the network)

    The pipeline is built here, so a missing package or model fails at once:
    :class:`~quotes.BackendUnavailableError` without stanza,
    :class:`~quotes.ModelNotFoundError` without the models.
    """

    name = "stanza"

    def __init__(self, **options: Any) -> None:
        settings = _Settings(options)
        stanza = _import_stanza()
        model_dir = settings.resolved_dir()
        if settings.download:
            _download(stanza, settings, model_dir)
        plan = _plan(settings, model_dir=model_dir)
        if plan.missing:
            raise _missing_error(plan)

        self.lang = plan.lang
        self.model_dir = model_dir
        self.processors: tuple[str, ...] = tuple(plan.processors)
        # Pickled as options with the directory resolved, so a worker process
        # loads the same models whatever its environment says.
        self.options: dict[str, Any] = {**options, "model_dir": str(model_dir), "download": False}
        self.options.pop("dir", None)

        extra = dict(settings.extra)
        quiet = "logging_level" not in extra and "verbose" not in extra
        try:
            with _quiet_stanza(quiet):
                self._nlp = stanza.Pipeline(
                    lang=plan.lang,
                    dir=str(model_dir),
                    processors=dict(plan.processors),
                    package=None,
                    download_method=None,
                    **extra,
                )
        except OSError as exc:  # stanza's FileNotFoundErrors, a transformer missing from the HF cache, ...
            raise ModelNotFoundError(
                f"stanza could not load its models from {model_dir}: {exc}; {_get_models_hint(plan.lang, model_dir)}"
            ) from exc
        log.debug("stanza pipeline loaded from %s: %s", model_dir, ", ".join(self.processors))

    @property
    def pipeline(self) -> Any:
        """The underlying ``stanza.Pipeline``."""
        return self._nlp

    def analyze(self, text: str) -> Analysis:
        """Run the pipeline on *text* and convert the result (see :func:`analysis_from_document`)."""
        if not text.strip():
            return Analysis(text=text, layers=frozenset({"sentences", "tokens"}), backend=self.name)
        return analysis_from_document(self._nlp(text))

    def __reduce__(self) -> tuple[Any, tuple[dict[str, Any]]]:
        # The loaded models are not pickled: the receiving side rebuilds the pipeline.
        return (_rebuild, (dict(self.options),))

    def __repr__(self) -> str:
        return f"StanzaBackend(lang={self.lang!r}, model_dir={str(self.model_dir)!r}, processors={self.processors!r})"


def _rebuild(options: dict[str, Any]) -> StanzaBackend:
    return StanzaBackend(**options)


# --------------------------------------------------------------------------
# stanza.Document -> Analysis
# --------------------------------------------------------------------------

#: UD's escapes in ``SpacesAfter=``/``SpacesBefore=`` (``\s`` space, ``\n`` ...).
_SPACE_ESCAPES = {"s": " ", "t": "\t", "n": "\n", "r": "\r", "p": "|", "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")


def _unescape_spaces(value: str) -> str:
    return _ESCAPE.sub(lambda m: _SPACE_ESCAPES.get(m.group(1), m.group(1)), value)


def _space_after(token: Any) -> str:
    """What follows *token* in the text: ``SpaceAfter=No`` -> "", ``SpacesAfter=\\n`` -> "\\n", else " "."""
    for misc in [getattr(token, "misc", None)] + [getattr(w, "misc", None) for w in token.words[-1:]]:
        for piece in (misc or "").split("|"):
            key, _, value = piece.partition("=")
            if key == "SpaceAfter" and value == "No":
                return ""
            if key == "SpacesAfter":
                return _unescape_spaces(value)
    spaces = getattr(token, "spaces_after", None)  # stanza >= 1.5 moves the MISC annotation here
    return spaces if isinstance(spaces, str) else " "


def _space_before(token: Any) -> str:
    for piece in (getattr(token, "misc", None) or "").split("|"):
        key, _, value = piece.partition("=")
        if key == "SpacesBefore":
            return _unescape_spaces(value)
    spaces = getattr(token, "spaces_before", None)
    return spaces if isinstance(spaces, str) else ""


def _starts_paragraph(sentence: Any) -> bool:
    """A ``# newpar`` comment (CoNLL-U's paragraph marker) on the sentence."""
    return any(str(c).lstrip("# ").startswith("newpar") for c in getattr(sentence, "comments", None) or ())


def _rebuild_text(doc: Any) -> tuple[str, list[list[tuple[int, int]]]]:
    """A text for a Document without one: tokens joined by their recorded spacing.

    Within a sentence each token is followed by its ``SpaceAfter``/
    ``SpacesAfter`` spacing (default one space). Between sentences the spacing
    after the last token is used when it says something other than one space
    (``SpacesAfter=\\n\\n``); a sentence with a ``# newpar`` comment starts a
    new paragraph (a blank line); otherwise one space separates sentences.
    """
    pieces: list[str] = []
    spans: list[list[tuple[int, int]]] = []
    pos = 0
    previous_after: str | None = None
    for sentence in doc.sentences:
        tokens = list(sentence.tokens)
        if not tokens:
            spans.append([])
            continue
        if previous_after is None:
            sep = _space_before(tokens[0])
        elif previous_after not in (" ", ""):
            sep = previous_after
        elif _starts_paragraph(sentence):
            sep = "\n\n"
        else:
            sep = _space_before(tokens[0]) or " "
        pieces.append(sep)
        pos += len(sep)
        sent_spans = []
        for i, token in enumerate(tokens):
            sent_spans.append((pos, pos + len(token.text)))
            pieces.append(token.text)
            pos += len(token.text)
            if i < len(tokens) - 1:
                gap = _space_after(token)
                pieces.append(gap)
                pos += len(gap)
        spans.append(sent_spans)
        previous_after = _space_after(tokens[-1])
    return "".join(pieces), spans


def _given_spans(doc: Any, text: str) -> list[list[tuple[int, int]]] | None:
    """Every token's (start_char, end_char), or None when any is missing or out of range."""
    out = []
    n = len(text)
    for sentence in doc.sentences:
        row = []
        for token in sentence.tokens:
            s, e = getattr(token, "start_char", None), getattr(token, "end_char", None)
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= n):
                return None
            row.append((s, e))
        out.append(row)
    return out


def _aligned_spans(doc: Any, text: str) -> list[list[tuple[int, int]]] | None:
    """Lay the tokens over *text* in order (only whitespace may lie between them), or None."""
    out = []
    pos = 0
    for sentence in doc.sentences:
        row = []
        for token in sentence.tokens:
            at = text.find(token.text, pos)
            if at < 0 or text[pos:at].strip():
                return None
            row.append((at, at + len(token.text)))
            pos = at + len(token.text)
        out.append(row)
    return out


def _word_spans(token: Any, span: tuple[int, int], text: str) -> list[tuple[int, int]]:
    """Offsets of the words of *token*: its own span for a single word.

    A multi-word token ("can't" -> "ca" + "n't") gives each word the offsets
    stanza set on it when they lie inside the token, else the pieces of the
    token that spell the words in order ("gonna" -> "gon" + "na"), else the
    token's offsets for every word ("del" -> "de" + "el" cannot be split).
    """
    words = list(token.words)
    if len(words) <= 1:
        return [span]
    s, e = span
    own = [(getattr(w, "start_char", None), getattr(w, "end_char", None)) for w in words]
    if all(isinstance(a, int) and isinstance(b, int) and s <= a <= b <= e for a, b in own) and all(
        text[a:b] == w.text for (a, b), w in zip(own, words)
    ):
        return own  # type: ignore[return-value]
    pattern = r"\s*".join(f"({re.escape(w.text or '')})" for w in words)
    m = re.fullmatch(pattern, text[s:e])
    if m:
        return [(s + m.start(i + 1), s + m.end(i + 1)) for i in range(len(words))]
    return [span] * len(words)


def _decode_bioes(tags: Sequence[str | None]) -> list[tuple[int, int, str]]:
    """Entity (first, last, type) token ranges from BIOES (or BIO) tags, as stanza decodes them."""
    out: list[tuple[int, int, str]] = []
    start: int | None = None
    kind = ""
    for i, tag in enumerate(tags):
        tag = tag or "O"
        prefix, _, label = tag.partition("-")
        if tag == "O" or not label:
            if start is not None:
                out.append((start, i - 1, kind))
            start = None
        elif prefix == "S":
            if start is not None:
                out.append((start, i - 1, kind))
            out.append((i, i, label))
            start = None
        elif prefix == "B" or start is None or label != kind:
            if start is not None:
                out.append((start, i - 1, kind))
            start, kind = i, label
            if prefix == "E":
                out.append((i, i, label))
                start = None
        elif prefix == "E":
            out.append((start, i, kind))
            start = None
        # "I" continues the open entity
    if start is not None:
        out.append((start, len(tags) - 1, kind))
    return out


def analysis_from_document(doc: Any) -> Analysis:
    """Convert a ``stanza.Document`` into an :class:`Analysis` (never re-runs stanza).

    Uses the annotations the Document carries and its ``doc.text``:

    * ``sentences``: the span from each sentence's first token to its last;
    * ``tokens``: one :class:`Token` per *word* (a multi-word token such as
      "can't" gives two), with its lemma, UPOS, dependency head as an index
      into ``Analysis.tokens`` (stanza's 1-based ``word.head`` within the
      sentence; 0, the root, becomes -1), deprel, and its token's NER tag
      (BIOES, "S-PERSON");
    * ``entities``: ``doc.ents`` (or, when those were never built, the
      entities the NER tags spell);
    * ``chains``: ``doc.coref``; each mention (sentence, start_word,
      end_word exclusive, 0-based) becomes a character span; zero-anaphora
      mentions, which have no surface text, are dropped;
    * ``layers``: exactly the layers that are filled.

    A Document without ``text`` (``CoNLL.conll2doc`` without
    ``reconstruct_text=True``) gets one rebuilt from its tokens and their
    ``SpaceAfter=No``/``SpacesAfter`` annotations (sentences joined by one
    space, or a blank line before a ``# newpar`` sentence); the Analysis
    carries that text and every offset points into it. The same happens when
    ``doc.text`` is set but the tokens neither carry offsets nor can be laid
    over it.
    """
    text = getattr(doc, "text", None)
    spans = None
    if isinstance(text, str):
        spans = _given_spans(doc, text) or _aligned_spans(doc, text)
        if spans is None:
            log.warning("stanza Document: tokens do not match doc.text; rebuilding the text from the tokens")
    if spans is None:
        text, spans = _rebuild_text(doc)
    assert isinstance(text, str)

    sentences: list[tuple[int, int]] = []
    tokens: list[Token] = []
    entities: list[Entity] = []
    word_spans: list[list[tuple[int, int]]] = []  # per sentence, per word
    token_span: dict[int, tuple[int, int]] = {}  # id(stanza Token) -> span
    has = dict.fromkeys(("lemma", "pos", "depparse", "ner", "coref"), False)
    tagged: list[tuple[list[Any], list[str | None]]] = []

    for sentence, sent_spans in zip(doc.sentences, spans):
        base = len(tokens)
        n_words = len(sentence.words)
        row: list[tuple[int, int]] = []
        for token, span in zip(sentence.tokens, sent_spans):
            token_span[id(token)] = span
            ner = getattr(token, "ner", None)
            has["ner"] = has["ner"] or ner is not None
            for word, (s, e) in zip(token.words, _word_spans(token, span, text)):
                head_id = getattr(word, "head", None)
                deprel = getattr(word, "deprel", None)
                head = base + head_id - 1 if isinstance(head_id, int) and 0 < head_id <= n_words else -1
                has["lemma"] = has["lemma"] or word.lemma is not None
                has["pos"] = has["pos"] or word.upos is not None
                has["depparse"] = has["depparse"] or (head_id is not None and deprel is not None)
                has["coref"] = has["coref"] or getattr(word, "coref_chains", None) is not None
                tokens.append(Token(s, e, word.text, word.lemma, word.upos, head, deprel, ner))
                row.append((s, e))
        word_spans.append(row)
        if sent_spans:
            sentences.append((sent_spans[0][0], sent_spans[-1][1]))
        tagged.append((list(sentence.tokens), [getattr(t, "ner", None) for t in sentence.tokens]))

    for ent in getattr(doc, "ents", None) or ():
        ent_tokens = [t for t in getattr(ent, "tokens", ()) if id(t) in token_span]
        if ent_tokens:
            s, e = token_span[id(ent_tokens[0])][0], token_span[id(ent_tokens[-1])][1]
        else:
            s, e = getattr(ent, "start_char", None), getattr(ent, "end_char", None)
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                continue
        entities.append(Entity(s, e, ent.type))
    if not entities and has["ner"]:  # tags present, doc.ents never built
        for sent_tokens, tags in tagged:
            for first, last, label in _decode_bioes(tags):
                s, e = token_span[id(sent_tokens[first])][0], token_span[id(sent_tokens[last])][1]
                entities.append(Entity(s, e, label))

    chains: list[tuple[tuple[int, int], ...]] = []
    for chain in getattr(doc, "coref", None) or ():
        mentions = set()
        for mention in getattr(chain, "mentions", ()):
            si, a, b = mention.sentence, mention.start_word, mention.end_word
            if not (isinstance(a, int) and isinstance(b, int)) or not 0 <= si < len(word_spans):
                continue  # zero anaphora: (word_id, empty_index) tuples, no surface text
            words = word_spans[si]
            if 0 <= a < b <= len(words):
                mentions.add((words[a][0], words[b - 1][1]))
        if mentions:
            chains.append(tuple(sorted(mentions)))
    has["coref"] = has["coref"] or bool(chains)

    layers = {"sentences", "tokens"} | {name for name, filled in has.items() if filled}
    return Analysis(
        text=text,
        sentences=tuple(sentences),
        tokens=tuple(tokens),
        entities=tuple(entities),
        chains=tuple(chains),
        layers=frozenset(layers),
        backend="stanza",
    )
