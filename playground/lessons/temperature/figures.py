"""The temperature lesson's figure: the polynomial through twelve months."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from playground.charts import BLUE, DATA_COLOUR, GHOST, readable


def temperature_figure(
    months: np.ndarray,
    temperatures: np.ndarray,
    curve_months: np.ndarray,
    curve: np.ndarray,
    ghost: np.ndarray,
    labels: dict[str, str],
    month_ticks: bool = True,
) -> go.Figure:
    """The twelve months (or a file's points), the model's curve (solid over the data,
    dashed beyond) and the least-squares curve as a ghost; a tick per month unless a file's
    input is drawn (`month_ticks` False: Plotly's own ticks)."""
    curve = np.where(np.isfinite(curve), curve, np.nan)  # a diverged model draws no line
    inside = (curve_months >= months.min()) & (curve_months <= months.max())
    outside = np.where(inside, np.nan, curve)
    fig = go.Figure(
        [
            go.Scatter(
                x=curve_months,
                y=ghost,
                mode="lines",
                name=labels["ghost"],
                line=dict(color=GHOST, width=6),
                opacity=0.5,
            ),
            go.Scatter(
                x=curve_months,
                y=np.where(inside, curve, np.nan),
                mode="lines",
                name=labels["model"],
                line=dict(color=BLUE, width=3),
            ),
            go.Scatter(
                x=curve_months,
                y=outside,
                mode="lines",
                name=labels["beyond"],
                line=dict(color=BLUE, width=2, dash="dash"),
            ),
            go.Scatter(
                x=months,
                y=temperatures,
                mode="markers",
                name=labels["data"],
                marker=dict(color=DATA_COLOUR, size=10, line=dict(color="white", width=1)),
            ),
        ]
    )
    span = float(temperatures.max() - temperatures.min())
    fig.update_layout(
        height=420,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(
            title=labels["month"],
            dtick=1 if month_ticks else None,
            range=[curve_months[0], curve_months[-1]],
        ),
        yaxis=dict(
            title=labels["temperature"],
            range=[temperatures.min() - 0.6 * span, temperatures.max() + 0.6 * span],
        ),
        legend=dict(orientation="h", y=-0.2),
        uirevision="keep",
    )
    return readable(fig)
