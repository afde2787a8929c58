"""Compare runs: kept runs (their spec and history, not the model), labelled by what differs,
their curves overlaid and their final figures side by side. Pure logic and one figure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
import plotly.graph_objects as go

from playground.charts import PALETTE
from playground.engine import History, Snapshot, Trainer
from playground.specs import flatten

MAX_RUNS = 8
IGNORED = ("train.epochs",)  # the epoch target does not change what was learned so far


@dataclass(frozen=True)
class KeptRun:
    spec: object
    loss: np.ndarray
    val_loss: np.ndarray
    metric: np.ndarray
    val_metric: np.ndarray


def keep(spec: object, history: History) -> KeptRun:
    """A copy of what a run learned so far, safe from later training."""
    return KeptRun(
        spec,
        history.loss.copy(),
        history.val_loss.copy(),
        history.metric.copy(),
        history.val_metric.copy(),
    )


def add(runs: list[KeptRun], run: KeptRun) -> list[KeptRun]:
    """`runs` with `run` added (the oldest dropped beyond MAX_RUNS)."""
    return [*runs, run][-MAX_RUNS:]


def train_runs(
    specs: list[Any],
    make_trainer: Callable[[Any], Trainer],
    on_progress: Callable[[int, Snapshot], None],
) -> list[KeptRun]:
    """Each spec trained from its own start to its epoch target (or until it diverges) on the
    real engine and kept; `on_progress(run index, snapshot)` is called as each one trains."""
    runs = []
    for index, spec in enumerate(specs):
        trainer = make_trainer(spec)
        trainer.prepare()
        trainer.run(spec.train.epochs, on_snapshot=partial(on_progress, index))
        runs.append(keep(spec, trainer.history))
    return runs


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return "-".join(map(str, value)) or "∅"
    return f"{value:g}" if isinstance(value, float) else str(value)


def differences(runs: list[KeptRun]) -> list[str]:
    """One label per run naming the settings in which the runs differ, e.g.
    "activation relu · optimizer adam"; "#2" where nothing differs."""
    return spec_differences([run.spec for run in runs])


def spec_differences(specs: list[Any]) -> list[str]:
    """`differences` of runs with these specs."""
    flat = [flatten(spec) for spec in specs]
    all_paths = flat[0] if flat else {}
    paths = [
        path
        for path in all_paths
        if path not in IGNORED and len({repr(values.get(path)) for values in flat}) > 1
    ]
    labels = []
    for index, values in enumerate(flat, start=1):
        parts = [f"{path.split('.')[-1]} {_shown(values.get(path))}" for path in paths]
        labels.append(" · ".join(parts) if parts else f"#{index}")
    return labels


def _last(values: np.ndarray) -> float | None:
    return float(values[-1]) if len(values) else None


def final_figures(run: KeptRun) -> dict[str, float | None]:
    return {
        "epochs": float(len(run.loss)),
        "loss": _last(run.loss),
        "test_loss": _last(run.val_loss),
        "accuracy": _last(run.metric),
        "test_accuracy": _last(run.val_metric),
    }


def comparison_figure(
    runs: list[KeptRun], labels: list[str], axis: dict[str, str], has_metric: bool
) -> go.Figure:
    """The kept runs' loss (and test accuracy) per epoch, one colour per run."""
    panels = [("loss", "loss")] + ([("val_metric", "accuracy")] if has_metric else [])
    fig = go.Figure()
    for index, (run, label) in enumerate(zip(runs, labels)):
        for panel, (field, _) in enumerate(panels, start=1):
            values = getattr(run, field)
            fig.add_trace(
                go.Scatter(
                    x=np.arange(1, len(values) + 1),
                    y=values,
                    name=label,
                    legendgroup=label,
                    showlegend=panel == 1,
                    mode="lines",
                    line=dict(color=PALETTE[index % len(PALETTE)], width=2.5),
                    xaxis="x" if panel == 1 else "x2",
                    yaxis="y" if panel == 1 else "y2",
                )
            )
    width = 1 / len(panels)
    layout = {}
    for panel, (_, title) in enumerate(panels, start=1):
        suffix = "" if panel == 1 else "2"
        domain = [(panel - 1) * width + 0.06, panel * width - 0.04]
        layout[f"xaxis{suffix}"] = dict(domain=domain, title=axis["epoch"], anchor=f"y{suffix}")
        layout[f"yaxis{suffix}"] = dict(anchor=f"x{suffix}", title=axis[title])
    layout["yaxis"].update(type="log", dtick=1, exponentformat="power")
    if has_metric:
        layout["yaxis2"].update(range=[0, 1.02], tickformat=".0%")
    fig.update_layout(  # the legend above the panels, clear of the epoch axes' titles
        **layout,
        height=360,
        margin=dict(l=10, r=10, t=40, b=10),
        legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"),
    )
    return fig
