"""Plotly figures of the explorer pages (activation functions, optimizers). No TensorFlow."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from playground.figures import BLUE, ORANGE, contour_paths_figure
from playground.figures import series_colour as _colour


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
        colour = _colour(index)
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


def softmax_figure(logits: np.ndarray, probabilities: np.ndarray, labels) -> go.Figure:
    names = [f"z{i + 1}" for i in range(len(logits))]
    fig = go.Figure(
        go.Bar(
            x=names,
            y=probabilities,
            marker_color=BLUE,
            text=[f"{p:.3f}" for p in probabilities],
            textposition="outside",
        )
    )
    fig.update_layout(
        height=300,
        margin=dict(l=10, r=10, t=10, b=10),
        yaxis=dict(title=labels["probability"], range=[0, 1.1]),
    )
    return fig


def gradient_figure(
    norms: np.ndarray, dead_share: np.ndarray, labels: dict[str, str], show_dead: bool
) -> go.Figure:
    """Gradient norm per layer (log scale, input side on the left), optionally dead units."""
    layers = np.arange(1, len(norms) + 1)
    fig = go.Figure(
        go.Bar(
            x=layers,
            y=np.maximum(norms, 1e-30),
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
        yaxis=dict(title=labels["gradient"], type="log", exponentformat="power"),
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


def race_figure(
    xs: np.ndarray,
    ys: np.ndarray,
    zz: np.ndarray,
    paths: list[tuple[str, np.ndarray]],
    minima: tuple[tuple[float, float], ...],
    labels: dict[str, str],
) -> go.Figure:
    """The surface's contours with each optimizer's path so far, the start and the minima."""
    return contour_paths_figure(
        xs,
        ys,
        zz,
        paths,
        axis_titles=("x", "y"),
        stars=minima,
        star_label=labels["minimum"],
        start_label=labels["start"],
        colorscale="Greys",
        height=480,
    )


def race_surface_3d(
    xs: np.ndarray,
    ys: np.ndarray,
    zz: np.ndarray,
    paths: list[tuple[str, np.ndarray, np.ndarray]],
) -> go.Figure:
    """The same race over the surface in 3D (height clipped so the basin stays visible)."""
    cap = float(np.quantile(zz, 0.9))
    fig = go.Figure(
        go.Surface(
            x=xs,
            y=ys,
            z=np.minimum(zz, cap),
            colorscale="Greys",
            opacity=0.7,
            showscale=False,
            hoverinfo="skip",
        )
    )
    for index, (name, points, losses) in enumerate(paths):
        fig.add_trace(
            go.Scatter3d(
                x=points[:, 0],
                y=points[:, 1],
                z=np.minimum(losses, cap),
                name=name,
                mode="lines",
                line=dict(color=_colour(index), width=6),
            )
        )
    fig.update_layout(height=480, margin=dict(l=0, r=0, t=10, b=0), scene=dict(zaxis_title="loss"))
    return fig


def loss_per_step_figure(
    series: list[tuple[str, np.ndarray]], labels: dict[str, str], x_title: str
) -> go.Figure:
    fig = go.Figure()
    for index, (name, losses) in enumerate(series):
        fig.add_trace(
            go.Scatter(
                y=np.maximum(losses, 1e-12),
                name=name,
                mode="lines",
                line=dict(color=_colour(index), width=2),
            )
        )
    fig.update_layout(
        height=320,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=x_title),
        yaxis=dict(title=labels["loss"], type="log"),
        legend=dict(orientation="h", y=-0.3),
    )
    return fig


def descent_figure(
    ws: np.ndarray, bs: np.ndarray, mse: np.ndarray, paths: list[tuple[str, np.ndarray]]
) -> go.Figure:
    """MSE contours over (w, b) with every update's point for each batch size."""
    return contour_paths_figure(ws, bs, mse, paths, axis_titles=("w", "b"), every_point=True)
