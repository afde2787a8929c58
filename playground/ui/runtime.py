"""One adjustment to Streamlit's runtime that the shared training engine needs."""

from __future__ import annotations

import logging

_LOGGER = logging.getLogger(__name__)


def keep_tensorflow_caches() -> None:
    """Stop Streamlit from calling `keras.backend.clear_session()` after every script run.

    Streamlit does that to reset Keras for apps that build models in the script. Here models
    live in the engine's shared kernels, and clear_session empties TensorFlow's runtime cache
    for every user at once: after each rerun the next training slice re-instantiates its
    compiled loop (~0.1 s), and it can hit another session mid-training. The engine manages
    TensorFlow's caches itself (see `playground.engine`). Streamlit's other cleanup in that
    hook, closing matplotlib figures, is kept.
    """
    try:
        from streamlit.runtime.scriptrunner import script_runner
    except ImportError:  # pragma: no cover - a Streamlit without this module needs nothing
        return
    if not hasattr(script_runner, "_clean_problem_modules"):
        _LOGGER.warning("Streamlit no longer has _clean_problem_modules; nothing to adjust")
        return
    script_runner._clean_problem_modules = _close_matplotlib_figures


def _close_matplotlib_figures() -> None:
    import sys

    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")
