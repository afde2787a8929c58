"""The MNIST lesson's figures: image mosaics (samples, mistakes, weights, filters, feature
maps) and per-batch curves."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import plotly.graph_objects as go

from playground.charts import ACCURACY_AXIS, BLUE, DIVERGING, GHOST, TEXT_PX
from playground.evaluation import mistakes
from playground.lessons.mnist.data import first_of_each_class

if TYPE_CHECKING:  # the engine imports TensorFlow; figures must not
    from playground.engine import History


def mosaic_figure(
    images: np.ndarray,
    titles: list[str],
    columns: int,
    diverging: bool = False,
    tile_px: int = 64,
) -> go.Figure:
    """Many small images (n, h, w) as one heatmap with a title over each tile.

    One trace instead of n subplots keeps it fast to build and to draw. `diverging` centres
    the colours on 0 in the app's colour language (weights, filters: blue positive, orange
    negative); otherwise dark ink on white (images)."""
    n, h, w = images.shape
    rows = -(-n // columns)
    lines = max((title.count("<br>") + 1 for title in titles), default=1)
    title_px = TITLE_LINE_PX * lines  # room above each tile for its title at TEXT_PX
    gap = 1 + max(h // 6, int(np.ceil(title_px * h / max(tile_px - title_px, 1))))
    canvas = np.full((rows * (h + gap) + gap, columns * (w + gap) + gap), np.nan)
    for k in range(n):
        r, c = divmod(k, columns)
        top, left = gap + r * (h + gap), gap + c * (w + gap)
        canvas[top : top + h, left : left + w] = images[k]
    if diverging:
        limit = float(np.nanmax(np.abs(canvas))) or 1.0
        trace = go.Heatmap(
            z=canvas,
            colorscale=DIVERGING,
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
            font=dict(size=TEXT_PX),
        )
    fig.update_layout(
        height=rows * (tile_px + title_px // 2) + 24,
        margin=dict(l=0, r=0, t=24, b=0),
        xaxis=dict(visible=False, constrain="domain"),
        yaxis=dict(visible=False, autorange="reversed", scaleanchor="x"),
        plot_bgcolor="white",
    )
    return fig


TITLE_LINE_PX = TEXT_PX + 4


def _numbered(n: int, first: int = 0) -> list[str]:
    return [str(k + 1) for k in range(first, first + n)]


def samples_figure(images: np.ndarray, classes: np.ndarray, names: tuple[str, ...]) -> go.Figure:
    """Two images (n, 28, 28, 1) of every class, ten to a row."""
    picks = first_of_each_class(classes, 2)
    titles = [names[classes[i]] for i in picks]
    return mosaic_figure(images[picks, ..., 0].astype(float), titles, columns=10, tile_px=80)


def mistakes_figure(
    images: np.ndarray,
    true: np.ndarray,
    probabilities: np.ndarray,
    names: tuple[str, ...],
    limit: int,
) -> go.Figure | None:
    """The most confident wrong answers, titled "true→predicted confidence"; None if none."""
    wrong = mistakes(true, probabilities, limit)
    if len(wrong) == 0:
        return None
    predicted = probabilities.argmax(1)
    long_names = max(len(name) for name in names) > 2  # Fashion-MNIST: two lines, wider tiles
    split = "<br>" if long_names else ""
    titles = [
        f"{names[true[i]]}{split}→{names[predicted[i]]} {probabilities[i, predicted[i]]:.0%}"
        for i in wrong
    ]
    columns, tile_px = (4, 130) if long_names else (5, 100)
    return mosaic_figure(images[wrong, ..., 0].astype(float), titles, columns, tile_px=tile_px)


def filters_figure(kernel: np.ndarray) -> go.Figure:
    """A first conv layer's filters (h, w, 1, n), blue positive and orange negative."""
    filters = kernel[:, :, 0, :].transpose(2, 0, 1)
    return mosaic_figure(filters, _numbered(len(filters)), columns=8, diverging=True, tile_px=60)


def feature_maps_figure(maps: np.ndarray) -> go.Figure:
    """A conv layer's output for one image (1, h, w, n), one tile per filter."""
    tiles = maps[0].transpose(2, 0, 1)
    return mosaic_figure(tiles, _numbered(len(tiles)), columns=8, tile_px=80)


def unit_weights_figure(kernel: np.ndarray, first: int, count: int) -> go.Figure:
    """The 784 input weights of units first..first+count of a dense layer, as 28x28 images."""
    chosen = kernel[:, first : first + count].T.reshape(-1, 28, 28)
    return mosaic_figure(
        chosen, _numbered(len(chosen), first), columns=8, diverging=True, tile_px=90
    )


def batch_curve_figure(
    history: History, steps_per_epoch: int, labels: dict[str, str], smoothing: int = 25
) -> go.Figure:
    """Loss per batch (raw, faint, and smoothed) against epochs, with accuracy per epoch."""
    batch_loss = np.where(np.isfinite(history.batch_loss), history.batch_loss, np.nan)
    steps = (history.batch_loss_start + np.arange(len(batch_loss))) / steps_per_epoch
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
                line=dict(color=GHOST, width=1),
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
    epochs = np.arange(1, len(history.metric) + 1)
    for values, name, dash in (  # train solid, test dotted, as in every curves chart
        (history.metric, labels["train_acc"], "solid"),
        (history.val_metric, labels["test_acc"], "dot"),
    ):
        if len(values):
            fig.add_trace(
                go.Scatter(
                    x=epochs,
                    y=values,
                    name=name,
                    yaxis="y2",
                    mode="lines+markers",
                    line=dict(color=BLUE, width=2.5, dash=dash),
                )
            )
    fig.update_layout(
        height=320,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=labels["epoch"]),
        yaxis=dict(title=labels["loss"]),
        yaxis2=dict(
            title=labels["accuracy"], overlaying="y", side="right", showgrid=False, **ACCURACY_AXIS
        ),
        legend=dict(orientation="h", y=-0.25),
    )
    return fig
