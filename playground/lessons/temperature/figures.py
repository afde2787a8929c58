"""The temperature lesson's figure: the polynomial through twelve months."""

from __future__ import annotations

import numpy as np

from playground.charts import BLUE, DATA_COLOUR, GHOST, Spec, figure


def temperature_figure(
    months: np.ndarray,
    temperatures: np.ndarray,
    curve_months: np.ndarray,
    curve: np.ndarray,
    ghost: np.ndarray,
    labels: dict[str, str],
    month_ticks: bool = True,
) -> Spec:
    """The twelve months (or a file's points), the model's curve (solid over the data,
    dashed beyond) and the least-squares curve as a ghost; a tick per month unless a file's
    input is drawn (`month_ticks` False: Plotly's own ticks)."""
    curve = np.where(np.isfinite(curve), curve, np.nan)  # a diverged model draws no line
    inside = (curve_months >= months.min()) & (curve_months <= months.max())
    outside = np.where(inside, np.nan, curve)
    lines = [
        (ghost, labels["ghost"], dict(color=GHOST, width=6)),
        (np.where(inside, curve, np.nan), labels["model"], dict(color=BLUE, width=3)),
        (outside, labels["beyond"], dict(color=BLUE, width=2, dash="dash")),
    ]
    traces = [
        dict(type="scatter", x=curve_months, y=y, mode="lines", name=name, line=line)
        for y, name, line in lines
    ]
    traces[0]["opacity"] = 0.5
    traces.append(
        dict(
            type="scatter",
            x=months,
            y=temperatures,
            mode="markers",
            name=labels["data"],
            marker=dict(color=DATA_COLOUR, size=10, line=dict(color="white", width=1)),
        )
    )
    span = float(temperatures.max() - temperatures.min())
    layout = dict(
        height=420,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(
            title=dict(text=labels["month"]),
            range=[curve_months[0], curve_months[-1]],
            **({"dtick": 1} if month_ticks else {}),
        ),
        yaxis=dict(
            title=dict(text=labels["temperature"]),
            range=[temperatures.min() - 0.6 * span, temperatures.max() + 0.6 * span],
        ),
        legend=dict(orientation="h", y=-0.2),
        uirevision="keep",
    )
    return figure(traces, layout)
