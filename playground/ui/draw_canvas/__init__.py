"""A drawing pad for digits (a tiny Streamlit component written for this app).

Third-party drawable-canvas components have broken with Streamlit upgrades; this one is a
single HTML file speaking Streamlit's component protocol, so it works with the Streamlit the
app pins and is covered by a browser test."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import streamlit.components.v1 as components

_component = components.declare_component("draw_canvas", path=str(Path(__file__).parent))


def draw_canvas(key: str, clear_label: str) -> np.ndarray | None:
    """The current drawing as grey levels in 0..1 (white ink on black), or None if empty."""
    value = _component(clear_label=clear_label, key=key, default=None)
    if not value or not value.get("pixels"):
        return None
    size = int(value["size"])
    return np.asarray(value["pixels"], np.float64).reshape(size, size) / 255.0
