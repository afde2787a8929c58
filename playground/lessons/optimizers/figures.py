"""The optimizer lesson's figures: the race on a surface, losses per step, descent paths."""

from __future__ import annotations

import numpy as np

from playground.charts import Spec, contour_paths_figure, figure, log_axis, series_colour
from playground.lessons.optimizers.surfaces import Surface, surface_grid


def race_figure(
    xs: np.ndarray,
    ys: np.ndarray,
    zz: np.ndarray,
    paths: list[tuple[str, np.ndarray]],
    minima: tuple[tuple[float, float], ...],
    labels: dict[str, str],
) -> Spec:
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
) -> Spec:
    """The same race over the surface in 3D (height clipped so the basin stays visible)."""
    cap = float(np.quantile(zz, 0.9))
    surface = dict(
        type="surface",
        x=xs,
        y=ys,
        z=np.minimum(zz, cap),
        colorscale="Greys",
        opacity=0.7,
        showscale=False,
        hoverinfo="skip",
    )
    racers = [
        dict(
            type="scatter3d",
            x=points[:, 0],
            y=points[:, 1],
            z=np.minimum(losses, cap),
            name=name,
            mode="lines",
            line=dict(color=series_colour(index), width=6),
        )
        for index, (name, points, losses) in enumerate(paths)
    ]
    titles = {"xaxis": "x", "yaxis": "y", "zaxis": labels["loss"]}
    layout = dict(
        height=480,
        margin=dict(l=0, r=0, t=10, b=0),
        scene={axis: dict(title=dict(text=title)) for axis, title in titles.items()},
        legend=dict(orientation="h", y=0),
    )
    return figure([surface, *racers], layout)


def loss_per_step_figure(
    series: list[tuple[str, np.ndarray]], labels: dict[str, str], x_title: str
) -> Spec:
    shown = [(name, np.maximum(losses, 1e-12)) for name, losses in series]
    every = np.concatenate([losses for _, losses in shown]) if shown else np.ones(1)
    traces = [
        dict(
            type="scatter",
            y=losses,
            name=name,
            mode="lines",
            line=dict(color=series_colour(index), width=2),
        )
        for index, (name, losses) in enumerate(shown)
    ]
    layout = dict(
        height=320,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=dict(text=x_title)),
        yaxis=dict(title=dict(text=labels["loss"]), **log_axis(every)),
        legend=dict(orientation="h", y=-0.3),
    )
    return figure(traces, layout)


def descent_figure(
    ws: np.ndarray, bs: np.ndarray, mse: np.ndarray, paths: list[tuple[str, np.ndarray]]
) -> Spec:
    """MSE contours over (w, b) with every update's point for each batch size."""
    return contour_paths_figure(ws, bs, mse, paths, axis_titles=("w", "b"), every_point=True)


def race_figures(
    surface: Surface,
    visible: list[tuple[str, np.ndarray, np.ndarray]],
    labels: dict[str, str],
    view_3d: bool,
) -> tuple[Spec, Spec]:
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
