"""Shared AppTest helpers: open a page of the app, click, read its figures."""

import base64
import json
import time
from pathlib import Path

import numpy as np
from streamlit.testing.v1 import AppTest

from playground.ui.widgets import widget_values

APP = str(Path(__file__).resolve().parents[2] / "app.py")
TIMEOUT = 120  # TensorFlow's import alone takes longer than AppTest's default 3 s


def app(lang: str = "en") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    return at


def figures(at: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]


def array(value) -> np.ndarray:
    """Plotly 6+ sends NumPy data as typed arrays: {"dtype", "bdata", "shape"}."""
    if isinstance(value, dict) and "bdata" in value:
        data = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        shape = value.get("shape")
        return data.reshape([int(n) for n in str(shape).split(",")]) if shape else data
    return np.asarray(value, dtype=float)


def open_xor() -> AppTest:
    at = app().run()
    at.switch_page("pages/classification/xor.py").run()
    assert not at.exception
    return at


def train_button(at: AppTest):
    return next(b for b in at.button if b.label.startswith("▶"))


def open_page(path: str) -> AppTest:
    at = app().run()
    at.switch_page(path).run()
    assert not at.exception
    return at


def train_until(at: AppTest, page: str, epochs: int, seconds: float = TIMEOUT) -> None:
    """Press train and rerun until the trainer reached `epochs` or diverged. A live fragment
    trains one time slice per run, so how many runs that takes depends on the machine's
    speed: the reruns go on while the page plays, for up to `seconds`."""
    train_button(at).click().run()
    deadline = time.monotonic() + seconds
    while at.session_state[f"{page}.trainer"][1].can_train(epochs):
        playing = f"{page}.playing" in at.session_state and at.session_state[f"{page}.playing"]
        if not playing or time.monotonic() > deadline:
            break
        at.run()
    assert not at.exception
    trainer = at.session_state[f"{page}.trainer"][1]
    assert not trainer.can_train(epochs), f"epoch {trainer.epoch} of {epochs}, {trainer.status}"


def live_plot_figure(at: AppTest) -> dict:
    component = next(
        el for el in at.get("component_instance") if "live_plot" in el.proto.component_name
    )
    return json.loads(json.loads(component.proto.json_args)["spec"])


def load_spec_widgets(at: AppTest, page: str, spec) -> None:
    """Put `spec` into the page's widgets, as a preset button does."""
    for key, value in widget_values(page, spec).items():
        at.session_state[key] = value


def press_step(at: AppTest, page: str, times: int = 1) -> None:
    """Press the page's Step button `times` times before one run (it counts every press,
    so the browser sends its running total)."""
    tally = f"{page}.step.handled"
    handled = at.session_state[tally][0] if tally in at.session_state else 0
    at.session_state[f"{page}.step"] = handled + times
    at.run()
