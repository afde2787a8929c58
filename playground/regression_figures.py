"""Plotly figures of the regression pages: the 3D blood-fat plane, the loss landscape with the
optimizer's path, and the temperature curve. Pure functions of NumPy arrays (no TensorFlow)."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from playground.figures import BLUE, ORANGE, contour_paths_figure

GHOST = "#9ca3af"
SURFACE_SCALE = [[0.0, "#cfe3f3"], [1.0, BLUE]]


def blood_fat_figure(
    weight_ticks: np.ndarray,
    age_ticks: np.ndarray,
    surface: np.ndarray,
    ghost: np.ndarray,
    x: np.ndarray,
    y: np.ndarray,
    labels: dict[str, str],
) -> go.Figure:
    """Data points, the model's surface (rows: ages, columns: weights) and the least-squares
    plane as a faint ghost. `uirevision` keeps the user's camera across redraws."""
    fig = go.Figure(
        [
            go.Surface(
                x=weight_ticks,
                y=age_ticks,
                z=ghost,
                name=labels["ghost"],
                showscale=False,
                colorscale=[[0, GHOST], [1, GHOST]],
                opacity=0.25,
                hoverinfo="skip",
                showlegend=True,
            ),
            go.Surface(
                x=weight_ticks,
                y=age_ticks,
                z=surface,
                name=labels["model"],
                showscale=False,
                colorscale=SURFACE_SCALE,
                opacity=0.8,
                showlegend=True,
            ),
            go.Scatter3d(
                x=x[:, 0],
                y=x[:, 1],
                z=np.ravel(y),
                mode="markers",
                name=labels["data"],
                marker=dict(size=4, color=ORANGE, line=dict(color="white", width=1)),
            ),
        ]
    )
    fig.update_layout(
        height=520,
        margin=dict(l=0, r=0, t=10, b=0),
        legend=dict(orientation="h", y=1.02),
        scene=dict(
            xaxis_title=labels["weight"],
            yaxis_title=labels["age"],
            zaxis_title=labels["blood_fat"],
            camera=dict(eye=dict(x=1.6, y=-1.6, z=0.9)),
            uirevision="camera",
        ),
        uirevision="camera",
    )
    return fig


def landscape_figure(
    w1: np.ndarray,
    w2: np.ndarray,
    mse_grid: np.ndarray,
    path: np.ndarray,
    optimum: np.ndarray,
    labels: dict[str, str],
) -> go.Figure:
    """Log-scaled MSE contours over (w1, w2), the optimizer's path, and the optimum."""
    return contour_paths_figure(
        w1,
        w2,
        mse_grid,
        [(labels["path"], path)],
        axis_titles=("w₁", "w₂"),
        colours=(ORANGE,),
        stars=(tuple(optimum),),
        star_label=labels["optimum"],
        colorbar_title="log₁₀ MSE",
    )


def temperature_figure(
    months: np.ndarray,
    temperatures: np.ndarray,
    curve_months: np.ndarray,
    curve: np.ndarray,
    ghost: np.ndarray,
    labels: dict[str, str],
) -> go.Figure:
    """The twelve months, the model's curve (solid over 1-12, dashed beyond) and the
    least-squares curve as a ghost."""
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
                marker=dict(color=ORANGE, size=10, line=dict(color="white", width=1)),
            ),
        ]
    )
    span = float(temperatures.max() - temperatures.min())
    fig.update_layout(
        height=420,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=labels["month"], dtick=1, range=[curve_months[0], curve_months[-1]]),
        yaxis=dict(
            title=labels["temperature"],
            range=[temperatures.min() - 0.6 * span, temperatures.max() + 0.6 * span],
        ),
        legend=dict(orientation="h", y=-0.2),
        uirevision="keep",
    )
    return fig
