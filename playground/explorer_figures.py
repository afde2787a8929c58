"""Plotly figures of the explorer pages (activation functions, optimizers). No TensorFlow."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from playground.figures import BLUE, ORANGE

PALETTE = (
    "#0877bd",
    "#f59322",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#1f3b73",
)


def _colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


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
    """Log-scaled contours of the surface with each optimizer's path so far."""
    shift = 1e-3 - min(0.0, float(zz.min()))  # log needs positive values (the saddle dips)
    fig = go.Figure(
        go.Contour(
            x=xs,
            y=ys,
            z=np.log10(zz + shift),
            colorscale="Greys",
            showscale=False,
            ncontours=35,
            line=dict(width=0.5),
            opacity=0.65,
            hoverinfo="skip",
        )
    )
    for index, (name, points) in enumerate(paths):
        colour = _colour(index)
        fig.add_trace(
            go.Scatter(
                x=points[:, 0],
                y=points[:, 1],
                name=name,
                mode="lines",
                line=dict(color=colour, width=2.5),
            )
        )
        fig.add_trace(
            go.Scatter(
                x=points[-1:, 0],
                y=points[-1:, 1],
                mode="markers",
                showlegend=False,
                marker=dict(color=colour, size=10, line=dict(color="white", width=1.5)),
            )
        )
    if paths:
        start = paths[0][1][0]
        fig.add_trace(
            go.Scatter(
                x=[start[0]],
                y=[start[1]],
                mode="markers",
                name=labels["start"],
                marker=dict(color="black", size=9, symbol="x"),
            )
        )
    if minima:
        fig.add_trace(
            go.Scatter(
                x=[m[0] for m in minima],
                y=[m[1] for m in minima],
                mode="markers",
                name=labels["minimum"],
                marker=dict(
                    color="white", size=14, symbol="star", line=dict(color="black", width=1)
                ),
            )
        )
    fig.update_layout(
        height=480,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(range=[xs[0], xs[-1]], title="x"),
        yaxis=dict(range=[ys[0], ys[-1]], title="y"),
        legend=dict(orientation="h", y=-0.15),
    )
    return fig


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
    ws: np.ndarray,
    bs: np.ndarray,
    mse: np.ndarray,
    paths: list[tuple[str, np.ndarray]],
    labels: dict[str, str],
) -> go.Figure:
    """MSE contours over (w, b) with the path of every update for each batch size."""
    fig = go.Figure(
        go.Contour(
            x=ws,
            y=bs,
            z=np.log10(mse),
            colorscale="Blues_r",
            showscale=False,
            ncontours=25,
            line=dict(width=0.5),
            hoverinfo="skip",
        )
    )
    for index, (name, points) in enumerate(paths):
        fig.add_trace(
            go.Scatter(
                x=points[:, 0],
                y=points[:, 1],
                name=name,
                mode="lines+markers",
                marker=dict(size=3),
                line=dict(color=_colour(index), width=1.5),
            )
        )
    fig.update_layout(
        height=420,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title="w", range=[ws[0], ws[-1]]),
        yaxis=dict(title="b", range=[bs[0], bs[-1]]),
        legend=dict(orientation="h", y=-0.18),
    )
    return fig
