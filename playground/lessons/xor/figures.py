"""The XOR page's own figures: the boundary in a file's units, the plane to click points on,
and the truth table beside the textbook's outputs."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from playground.charts import BLUE, ORANGE, Spec
from playground.lessons.xor.data import XOR_TABLE_X
from playground.lessons.xor.own import OwnSet
from playground.lessons.xor.spec import TEXTBOOK_OUTPUTS

CLICK_GRID = 41  # invisible targets per axis on the click plane (Plotly reports point clicks)


def truth_table(targets: np.ndarray, outputs: np.ndarray, names: dict[str, str]) -> pd.DataFrame:
    """The four inputs, their targets, the model's outputs and the textbook's (column names
    from `names`: target, yours, book)."""
    return pd.DataFrame(
        {
            "x₁": XOR_TABLE_X[:, 0].astype(int),
            "x₂": XOR_TABLE_X[:, 1].astype(int),
            names["target"]: targets[:, 0].astype(int),
            names["yours"]: outputs[:, 0].astype(float).round(3),
            names["book"]: TEXTBOOK_OUTPUTS,
        }
    )


def in_file_units(spec: Spec, own: OwnSet) -> Spec:
    """A boundary figure drawn in standardised units, relabelled in the file's own units."""
    points = own.points
    mean, std = points.mean, points.std
    for trace in spec["data"]:
        trace["x"] = np.asarray(trace["x"], np.float64) * std[0] + mean[0]
        trace["y"] = np.asarray(trace["y"], np.float64) * std[1] + mean[1]
    ticks_x, ticks_y = spec["data"][0]["x"], spec["data"][0]["y"]
    layout = spec["layout"]
    layout["xaxis"].update(title=dict(text=points.features[0]), range=[ticks_x[0], ticks_x[-1]])
    layout["yaxis"].update(
        title=dict(text=points.features[1]), range=[ticks_y[0], ticks_y[-1]], scaleanchor=None
    )
    return spec


def click_figure(
    x: np.ndarray, labels: np.ndarray, bounds: tuple[float, float], names: dict[str, str]
) -> go.Figure:
    """The clicked points over a grid of invisible targets: a click on the plane selects the
    nearest target, whose position is the new point."""
    ticks = np.linspace(bounds[0], bounds[1], CLICK_GRID)
    xx, yy = np.meshgrid(ticks, ticks)
    fig = go.Figure(
        go.Scatter(
            x=xx.ravel(),
            y=yy.ravel(),
            mode="markers",
            marker=dict(size=14, color="rgba(0,0,0,0.01)"),
            hovertemplate="x1=%{x:.2f}<br>x2=%{y:.2f}<extra></extra>",
            name=names["target"],
            showlegend=False,
        )
    )
    for label, colour, name in ((0, ORANGE, names["orange"]), (1, BLUE, names["blue"])):
        chosen = labels == label
        fig.add_trace(
            go.Scatter(
                x=x[chosen, 0],
                y=x[chosen, 1],
                mode="markers",
                name=name,
                marker=dict(color=colour, size=10, line=dict(color="white", width=1.5)),
                hoverinfo="skip",
            )
        )
    fig.update_layout(
        xaxis=dict(title="x1", range=[bounds[0], bounds[1]], constrain="domain"),
        yaxis=dict(title="x2", range=[bounds[0], bounds[1]], scaleanchor="x"),
        legend=dict(orientation="h", y=-0.15),
        margin=dict(l=10, r=10, t=10, b=10),
        height=380,
        clickmode="event+select",
        dragmode=False,
    )
    return fig
