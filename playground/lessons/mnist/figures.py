"""The MNIST lesson's figures: image mosaics and per-batch curves."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from playground.charts import BLUE, ORANGE


def mosaic_figure(
    images: np.ndarray,
    titles: list[str],
    columns: int,
    diverging: bool = False,
    tile_px: int = 64,
) -> go.Figure:
    """Many small images (n, h, w) as one heatmap with a title over each tile.

    One trace instead of n subplots keeps it fast to build and to draw. `diverging` centres
    the colours on 0 (weights, filters); otherwise dark ink on white (images)."""
    n, h, w = images.shape
    rows = -(-n // columns)
    gap = 1 + h // 6
    canvas = np.full((rows * (h + gap) + gap, columns * (w + gap) + gap), np.nan)
    for k in range(n):
        r, c = divmod(k, columns)
        top, left = gap + r * (h + gap), gap + c * (w + gap)
        canvas[top : top + h, left : left + w] = images[k]
    if diverging:
        limit = float(np.nanmax(np.abs(canvas))) or 1.0
        trace = go.Heatmap(
            z=canvas,
            colorscale="RdBu",
            zmid=0,
            zmin=-limit,
            zmax=limit,
            showscale=False,
            hoverinfo="skip",
        )
    else:
        trace = go.Heatmap(z=canvas, colorscale="Greys", showscale=False, hoverinfo="skip")
    fig = go.Figure(trace)
    for k, title in enumerate(titles):
        r, c = divmod(k, columns)
        fig.add_annotation(
            x=gap + c * (w + gap) + w / 2,
            y=gap + r * (h + gap) - 0.5,
            text=title,
            showarrow=False,
            yanchor="bottom",
            font=dict(size=11),
        )
    fig.update_layout(
        height=rows * tile_px + 20,
        margin=dict(l=0, r=0, t=18, b=0),
        xaxis=dict(visible=False, constrain="domain"),
        yaxis=dict(visible=False, autorange="reversed", scaleanchor="x"),
        plot_bgcolor="white",
    )
    return fig


def batch_curve_figure(
    batch_loss: np.ndarray,
    start_step: int,
    steps_per_epoch: int,
    epoch_metric: np.ndarray,
    epoch_val_metric: np.ndarray,
    labels: dict[str, str],
    smoothing: int = 25,
) -> go.Figure:
    """Loss per batch (raw, faint, and smoothed) against epochs, with accuracy per epoch."""
    steps = (start_step + np.arange(len(batch_loss))) / steps_per_epoch
    fig = go.Figure()
    if len(batch_loss):
        window = max(1, min(smoothing, len(batch_loss)))
        smooth = np.convolve(batch_loss, np.ones(window) / window, mode="valid")
        stride = max(1, len(batch_loss) // 3000)
        fig.add_trace(
            go.Scatter(
                x=steps[::stride],
                y=batch_loss[::stride],
                mode="lines",
                name=labels["batch_loss"],
                line=dict(color="#cbd5e1", width=1),
            )
        )
        fig.add_trace(
            go.Scatter(
                x=steps[window - 1 :][::stride],
                y=smooth[::stride],
                mode="lines",
                name=labels["smoothed"],
                line=dict(color="#111827", width=2),
            )
        )
    epochs = np.arange(1, len(epoch_metric) + 1)
    for values, name, colour in (
        (epoch_metric, labels["train_acc"], BLUE),
        (epoch_val_metric, labels["test_acc"], ORANGE),
    ):
        if len(values):
            fig.add_trace(
                go.Scatter(
                    x=epochs,
                    y=values,
                    name=name,
                    yaxis="y2",
                    mode="lines+markers",
                    line=dict(color=colour, width=2),
                )
            )
    fig.update_layout(
        height=320,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=labels["epoch"]),
        yaxis=dict(title=labels["loss"]),
        yaxis2=dict(
            title=labels["accuracy"], overlaying="y", side="right", range=[0, 1.02], showgrid=False
        ),
        legend=dict(orientation="h", y=-0.25),
    )
    return fig

