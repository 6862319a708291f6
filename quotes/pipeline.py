"""The rules pipeline, stage by stage: text -> Quotes.

:func:`run` calls the stages in order; each lives in its own module and
hands the next a value of its own:

1. segment (:mod:`quotes.segment`): paragraphs and sentences, the backend's
   sentences when the config asks for them;
2. span roles (:mod:`quotes.roles`): the quoted spans, each direct, embedded
   or non-speech;
3. the token stream outside quotes (:mod:`quotes.stream`), which the
   attribution rules (:class:`quotes.sieves.attributor.Attributor`) read;
4. attribution: direct quotes by their tags (:mod:`quotes.direct`), reported
   clauses (:mod:`quotes.reported`), leftover embedded fragments as mixed
   quotes (:mod:`quotes.fragments`);
5. entities and assembly (:mod:`quotes.resolve`): coreference, the context
   and dialogue sieves (:mod:`quotes.sieves`), in fiction the conversation
   model (:mod:`quotes.conversation`), the final Quotes.

Everything is linear in the length of the text: the token stream is built
once, every window is bounded, and coreference looks back over a bounded
number of mentions. Very long texts go window by window
(:func:`quotes.windows.run_windowed`).
"""

from __future__ import annotations

from .backends.base import Analysis
from .config import Config
from .direct import find_direct
from .fragments import find_mixed
from .genre import is_narrative
from .model import Quote
from .reported import ReportedClauses
from .resolve import disjoint_items, resolve
from .roles import find_span_roles
from .segment import Segmentation, segment, segment_agreeing, segment_with_sentences
from .sieves.attributor import Attributor
from .sieves.interview import find_turns, merge_turns
from .stream import build_stream
from .syntax.parse import Layers
from .windows import run_windowed

__all__ = ["run", "run_windowed"]


def run(text: str, config: Config, *, analysis: Analysis | None = None) -> list[Quote]:
    """Extract the quotes of *text* (already type-checked, non-empty)."""
    seg = _segment(text, config, analysis)
    roles = find_span_roles(text, config, seg)
    stream = build_stream(text, seg, roles.top)
    layers = Layers(analysis) if analysis is not None and analysis.layers - {"sentences", "tokens"} else None
    att = Attributor(text, stream.outer, stream.sent_bounds, config, layers, stream.starts)
    # Read once: the text's narration style decides the news-only rules of
    # the direct and reported stages and, with the dialogue found, fiction in resolve.
    narrative = config.genre == "auto" and is_narrative(text, seg)
    news_like = att.news_like = config.genre == "news" or config.genre == "auto" and not narrative
    items = find_direct(text, config, roles, stream, att)
    clauses = ReportedClauses(text, config, roles, stream, att, items, news_like=news_like)
    clauses.read_sentences()
    find_mixed(clauses)
    items = merge_turns(disjoint_items(clauses.result()), find_turns(text, seg, config), seg, text)
    return resolve(text, items, stream.outer, seg, config, att, narrative=narrative)


def _segment(text: str, config: Config, analysis: Analysis | None) -> Segmentation:
    """Paragraphs and sentences: the rules' own, or the backend's sentences when the config asks for them."""
    if analysis is not None and "sentences" in analysis.layers and config.backend_sentences != "rules":
        if config.backend_sentences == "backend":
            return segment_with_sentences(text, analysis.sentences)
        return segment_agreeing(text, analysis.sentences)
    return segment(text)
