"""The blood-fat lesson's figures: the plane in 3D and the loss landscape."""

from __future__ import annotations

import numpy as np

from playground.charts import (
    DATA_COLOUR,
    GHOST,
    ORANGE,
    SURFACE_SCALE,
    Spec,
    contour_paths_figure,
    figure,
)


def blood_fat_figure(
    weight_ticks: np.ndarray,
    age_ticks: np.ndarray,
    surface: np.ndarray,
    ghost: np.ndarray,
    x: np.ndarray,
    y: np.ndarray,
    labels: dict[str, str],
) -> Spec:
    """Data points, the model's surface (rows: ages, columns: weights) and the least-squares
    plane as a faint ghost. `uirevision` keeps the user's camera across redraws."""
    surfaces = [
        dict(
            type="surface",
            x=weight_ticks,
            y=age_ticks,
            z=z,
            name=name,
            showscale=False,
            colorscale=colours,
            opacity=opacity,
            showlegend=True,
        )
        for z, name, colours, opacity in (
            (ghost, labels["ghost"], [[0, GHOST], [1, GHOST]], 0.25),
            (surface, labels["model"], SURFACE_SCALE, 0.8),
        )
    ]
    surfaces[0]["hoverinfo"] = "skip"
    points = dict(
        type="scatter3d",
        x=x[:, 0],
        y=x[:, 1],
        z=np.ravel(y),
        mode="markers",
        name=labels["data"],
        marker=dict(size=4, color=DATA_COLOUR, line=dict(color="white", width=1)),
    )
    layout = dict(
        height=520,
        margin=dict(l=0, r=0, t=10, b=0),
        legend=dict(orientation="h", y=1.02),
        scene=dict(
            xaxis=dict(title=dict(text=labels["weight"])),
            yaxis=dict(title=dict(text=labels["age"])),
            zaxis=dict(title=dict(text=labels["blood_fat"])),
            camera=dict(eye=dict(x=1.6, y=-1.6, z=0.9)),
            uirevision="camera",
        ),
        uirevision="camera",
    )
    return figure([*surfaces, points], layout)


def landscape_figure(
    w1: np.ndarray,
    w2: np.ndarray,
    mse_grid: np.ndarray,
    path: np.ndarray,
    optimum: np.ndarray,
    labels: dict[str, str],
) -> Spec:
    """Log-scaled MSE contours over (w1, w2), the optimizer's path, and the optimum."""
    return contour_paths_figure(
        w1,
        w2,
        mse_grid,
        [(labels["path"], path)],
        axis_titles=("w₁", "w₂"),
        colours=(ORANGE,),  # the one path, bright on the blue contours
        stars=(tuple(optimum),),
        star_label=labels["optimum"],
        colorbar_title="log₁₀ MSE",
    )
