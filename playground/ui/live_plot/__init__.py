"""A Plotly chart that updates in place across reruns (a tiny Streamlit component).

`st.plotly_chart` gives a chart a new identity whenever its figure changes, so the browser
mounts a fresh chart on every redraw: a 3D camera the user turned snaps back, and a drag in
progress is cut off. This component keeps one Plotly chart per key and feeds it each new
figure with `Plotly.react`, which keeps the user's view (`uirevision`).

Plotly's JavaScript comes from the installed `plotly` package: it is copied next to the
component's page at import, so the app needs no network and the repository carries no copy.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import plotly
import plotly.graph_objects as go
import plotly.io
import streamlit.components.v1 as components

from playground.charts import Spec
from playground.ui.layout import screen_style

_SOURCE = Path(__file__).parent / "index.html"
_PLOTLY_JS = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def _build() -> Path:
    target = Path(tempfile.gettempdir()) / f"dlp_live_plot_{plotly.__version__}"
    target.mkdir(exist_ok=True)
    shutil.copyfile(_SOURCE, target / "index.html")
    if not (target / "plotly.min.js").exists():
        shutil.copyfile(_PLOTLY_JS, target / "plotly.min.js")
    return target


_component = components.declare_component("live_plot", path=str(_build()))


def live_plot(fig: go.Figure | Spec, key: str) -> None:
    """Draw `fig`; later calls with the same key update the same chart in place.

    A key may be drawn once per script run, so live pages redraw it from a fragment."""
    _component(spec=plotly.io.to_json(screen_style(fig), validate=False), key=key, default=None)
