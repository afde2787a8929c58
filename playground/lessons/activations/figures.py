"""The activations lesson's figures: curves, softmax, gradients per layer."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from playground.charts import BLUE, ORANGE, TEXT_PX, log_axis, series_colour


def activation_figure(
    x: np.ndarray,
    curves: dict[str, tuple[np.ndarray, np.ndarray]],
    names: dict[str, str],
    labels: dict[str, str],
    show_derivative: bool,
) -> go.Figure:
    """Each function solid, its derivative dotted in the same colour."""
    fig = go.Figure()
    for index, (key, (y, dy)) in enumerate(curves.items()):
        colour = series_colour(index)
        fig.add_trace(go.Scatter(x=x, y=y, name=names[key], line=dict(color=colour, width=3)))
        if show_derivative:
            fig.add_trace(
                go.Scatter(
                    x=x, y=dy, name=f"{names[key]}′", line=dict(color=colour, width=2, dash="dot")
                )
            )
    fig.update_layout(
        height=420,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title="x", zeroline=True),
        yaxis=dict(title=labels["value"], zeroline=True),
        legend=dict(orientation="h", y=-0.18),
    )
    return fig


def softmax_figure(probabilities: np.ndarray, labels: dict[str, str]) -> go.Figure:
    """One bar per logit z1, z2, ...: its probability after softmax."""
    names = [f"z{i + 1}" for i in range(len(probabilities))]
    fig = go.Figure(
        go.Bar(
            x=names,
            y=probabilities,
            marker_color=BLUE,
            text=[f"{p:.3f}" for p in probabilities],
            textposition="outside",
            textfont=dict(size=TEXT_PX),
            cliponaxis=False,
        )
    )
    fig.update_layout(
        height=300,
        margin=dict(l=10, r=10, t=10, b=10),
        yaxis=dict(title=labels["probability"], range=[0, 1.12], dtick=0.2),
    )
    return fig


def gradient_figure(
    norms: np.ndarray, dead_share: np.ndarray, labels: dict[str, str], show_dead: bool
) -> go.Figure:
    """Gradient norm per layer (log scale, input side on the left), optionally dead units."""
    layers = np.arange(1, len(norms) + 1)
    shown = np.maximum(np.nan_to_num(norms, nan=1e-30, posinf=1e30), 1e-30)
    fig = go.Figure(
        go.Bar(
            x=layers,
            y=shown,
            name=labels["gradient"],
            marker_color=BLUE,
            hovertemplate="%{x}: %{y:.3g}<extra></extra>",
        )
    )
    if show_dead:
        fig.add_trace(
            go.Scatter(
                x=layers,
                y=dead_share * 100,
                name=labels["dead"],
                yaxis="y2",
                mode="lines+markers",
                line=dict(color=ORANGE, width=2),
            )
        )
    fig.update_layout(
        height=340,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=labels["layer"], dtick=1),
        yaxis=dict(title=labels["gradient"], **log_axis(shown)),
        yaxis2=dict(
            title=labels["dead"],
            overlaying="y",
            side="right",
            range=[0, 100],
            showgrid=False,
            visible=show_dead,
        ),
        legend=dict(orientation="h", y=-0.25),
    )
    return fig
