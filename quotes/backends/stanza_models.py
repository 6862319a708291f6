"""Where the stanza models are and which processors to load from them.

The stanza backend's options are validated here (:class:`_Settings`), the
resources directory is found (:func:`default_model_dir`: ``model_dir=``,
``$STANZA_RESOURCES_DIR`` or stanza's default), and its ``resources.json`` and
model files decide which processors run (:func:`_plan`). Nothing here imports
stanza except :func:`default_model_dir`, which asks it for its default folder.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import ConfigError, ModelNotFoundError

__all__ = [
    "DOWNLOAD_DEFAULT",
    "KNOWN_PROCESSORS",
    "OPTIONAL_LAYERS",
    "default_model_dir",
    "installed_processors",
]

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


#: The optional layers: the processors beyond tokenize/mwt, each filling the
#: :class:`~quotes.backends.base.Analysis` layer of the same name.
OPTIONAL_LAYERS: tuple[str, ...] = ("pos", "lemma", "depparse", "ner", "coref")


class _Plan:
    """Which processors to load, with their packages, what is missing, and which layers are skipped and why."""

    def __init__(
        self,
        lang: str,
        model_dir: Path,
        processors: dict[str, str],
        missing: dict[str, list[str]],
        skipped: dict[str, str] | None = None,
    ):
        self.lang = lang
        self.model_dir = model_dir
        self.processors = processors  # name -> package, in load order
        self.missing = missing  # name -> missing files (only for processors that were asked for)
        self.skipped = skipped or {}  # optional layer not loaded -> why, in OPTIONAL_LAYERS order


def _plan(settings: _Settings, *, model_dir: Path | None = None) -> _Plan:
    """Decide which processors to load from what ``model_dir`` holds.

    Raises :class:`ModelNotFoundError` when ``resources.json`` is missing or
    does not know the language; missing model files (the tokenizer, or a
    processor named in ``processors=``) are listed in ``_Plan.missing``, and
    each optional layer left out, with the reason, in ``_Plan.skipped``.
    """
    model_dir = settings.resolved_dir() if model_dir is None else model_dir
    resources, lang = _load_resources(model_dir, settings.lang)
    entry = resources[lang]
    table = _package_table(entry, settings.package)

    def files_missing(proc: str, package: str) -> list[str]:
        if f"{proc}_model_path" in settings.extra:  # the user points at their own model file
            return []
        return [f for f in _required_files(entry, lang, proc, package) if not (model_dir / f).is_file()]

    if settings.processors is not None:
        chosen = _processors_named(settings, entry, table)
    else:
        chosen = _processors_on_disk(table, files_missing)
    missing = {proc: gone for proc, package in chosen.items() if (gone := files_missing(proc, package))}
    if settings.processors is None and "tokenize" not in chosen:
        missing["tokenize"] = [f"{lang}/tokenize/<package>.pt (resources.json names no tokenizer)"]
    order = {name: i for i, name in enumerate(KNOWN_PROCESSORS)}
    chosen = dict(sorted(chosen.items(), key=lambda item: order.get(item[0], len(order))))

    skipped: dict[str, str] = {}
    for layer in OPTIONAL_LAYERS:
        if layer in chosen:
            continue
        package = table.get(layer)
        if settings.processors is not None:
            skipped[layer] = "not named in processors="
        elif package is None:
            skipped[layer] = f"resources.json names no {lang}/{layer} model for package {settings.package!r}"
        elif gone := files_missing(layer, package):
            skipped[layer] = f"no model for {lang}/{layer} in {model_dir} (missing {', '.join(gone)})"
        else:
            needs = ", ".join(sorted(_REQUIRES[layer] - chosen.keys()))
            skipped[layer] = f"needs {needs}, which did not load"
    return _Plan(lang, model_dir, chosen, missing, skipped)


def _processors_named(settings: _Settings, entry: Mapping[str, Any], table: Mapping[str, str]) -> dict[str, str]:
    """The processors named in ``processors=``, each with its package, in the order named (mwt last if added)."""
    assert settings.processors is not None
    asked = dict(settings.processors)
    if "tokenize" in asked and "mwt" not in asked and "mwt" in table and not settings.extra.get("tokenize_pretokenized"):
        asked["mwt"] = None  # stanza adds it itself; check its file too
    chosen: dict[str, str] = {}
    for proc, package in asked.items():
        if package is None:
            package = table.get(proc) or settings.package
        elif package in entry.get("packages", {}):  # a whole package named for one processor
            package = _package_table(entry, package).get(proc, package)
        chosen[proc] = package
    return chosen


def _processors_on_disk(table: Mapping[str, str], files_missing: Callable[[str, str], list[str]]) -> dict[str, str]:
    """tokenize and mwt (whether or not their files are there), and each optional layer that can load."""
    chosen: dict[str, str] = {}
    for proc in KNOWN_PROCESSORS:
        package = table.get(proc)
        if package is None:
            continue
        if proc in ("tokenize", "mwt"):
            chosen[proc] = package
        elif not files_missing(proc, package) and _REQUIRES[proc] <= chosen.keys():
            chosen[proc] = package
    return chosen


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
