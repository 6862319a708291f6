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
  at the boundary (:mod:`~quotes.backends.stanza_convert`), so nothing
  downstream knows about stanza.

Which processors run is decided from the resources directory: ``tokenize``
(and ``mwt`` where the language has one) always, and ``pos``, ``lemma``,
``depparse``, ``ner`` and ``coref`` when ``resources.json`` names a package
for them whose model files (and their pretrained dependencies) are on disk.
``processors=`` overrides the choice. The backend reports what it chose:
``StanzaBackend.layers`` and ``StanzaBackend.skipped`` (each optional layer
left out, with the reason), also logged at INFO on the ``"quotes"`` logger.

The work is shared by three modules: this one holds the backend and the
public entry points (and re-exports the others' public names);
:mod:`~quotes.backends.stanza_models` reads the options and the resources
directory and decides which processors to load; and
:mod:`~quotes.backends.stanza_convert` turns a ``stanza.Document`` into an
Analysis.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import BackendUnavailableError, ConfigError, ModelNotFoundError
from .base import Analysis
from .stanza_convert import _decode_bioes as _decode_bioes
from .stanza_convert import analysis_from_document
from .stanza_models import (
    DOWNLOAD_DEFAULT,
    KNOWN_PROCESSORS,
    OPTIONAL_LAYERS,
    _get_models_hint,
    _missing_error,
    _plan,
    _Settings,
    default_model_dir,
    installed_processors,
)

__all__ = [
    "DOWNLOAD_DEFAULT",
    "INSTALL_HINT",
    "KNOWN_PROCESSORS",
    "OPTIONAL_LAYERS",
    "StanzaBackend",
    "analysis_from_document",
    "default_model_dir",
    "installed_processors",
    "stanza_unavailable_reason",
]

log = logging.getLogger("quotes")

INSTALL_HINT = 'pip install "quotes-attribution[stanza]"'


# --------------------------------------------------------------------------
# importing stanza, lazily; can the backend run here?
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

    What was loaded is on the object (and in one INFO message on the
    ``"quotes"`` logger): ``processors`` the stanza processors, in load
    order; ``layers`` the :class:`~quotes.backends.base.Analysis` layers they
    fill (``"sentences"``, ``"tokens"``, then those of ``pos``, ``lemma``,
    ``depparse``, ``ner``, ``coref`` that run); ``skipped`` a read-only
    mapping from each optional layer that does not run to why not, e.g.
    ``{"pos": "no model for en/pos in /models (missing en/pos/combined_charlm.pt, ...)"}``.
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
        self.layers: tuple[str, ...] = ("sentences", "tokens", *(p for p in OPTIONAL_LAYERS if p in plan.processors))
        self.skipped: Mapping[str, str] = MappingProxyType(dict(plan.skipped))
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
        log.info(
            "stanza backend loaded from %s: processors %s; layers %s; skipped %s",
            model_dir,
            ", ".join(self.processors),
            ", ".join(self.layers),
            "; ".join(f"{layer} ({why})" for layer, why in self.skipped.items()) or "none",
        )

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
