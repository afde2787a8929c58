"""The optimizer lesson's figures: the race on a surface, losses per step, descent paths."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from playground.charts import contour_paths_figure, log_axis, series_colour
from playground.lessons.optimizers.surfaces import Surface, surface_grid


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
    labels: dict[str, str],
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
                line=dict(color=series_colour(index), width=6),
            )
        )
    fig.update_layout(
        height=480,
        margin=dict(l=0, r=0, t=10, b=0),
        scene=dict(xaxis_title="x", yaxis_title="y", zaxis_title=labels["loss"]),
        legend=dict(orientation="h", y=0),
    )
    return fig


def loss_per_step_figure(
    series: list[tuple[str, np.ndarray]], labels: dict[str, str], x_title: str
) -> go.Figure:
    fig = go.Figure()
    shown = [(name, np.maximum(losses, 1e-12)) for name, losses in series]
    every = np.concatenate([losses for _, losses in shown]) if shown else np.ones(1)
    for index, (name, losses) in enumerate(shown):
        fig.add_trace(
            go.Scatter(
                y=losses,
                name=name,
                mode="lines",
                line=dict(color=series_colour(index), width=2),
            )
        )
    fig.update_layout(
        height=320,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=x_title),
        yaxis=dict(title=labels["loss"], **log_axis(every)),
        legend=dict(orientation="h", y=-0.3),
    )
    return fig


def descent_figure(
    ws: np.ndarray, bs: np.ndarray, mse: np.ndarray, paths: list[tuple[str, np.ndarray]]
) -> go.Figure:
    """MSE contours over (w, b) with every update's point for each batch size."""
    return contour_paths_figure(ws, bs, mse, paths, axis_titles=("w", "b"), every_point=True)


def race_figures(
    surface: Surface,
    visible: list[tuple[str, np.ndarray, np.ndarray]],
    labels: dict[str, str],
    view_3d: bool,
) -> tuple[go.Figure, go.Figure]:
    """The race so far, from (name, points, losses) per racer: the map (contours, or the
    surface in 3D) and the loss per step."""
    grid = surface_grid(surface)
    if view_3d:
        board = race_surface_3d(*grid, visible, labels)
    else:
        paths = [(name, points) for name, points, _ in visible]
        board = race_figure(*grid, paths, surface.minima, labels)
    losses = loss_per_step_figure(
        [(name, losses) for name, _, losses in visible], labels, labels["step"]
    )
    return board, losses
