"""Figures of the classification pages (Iris, MNIST): confusion matrix, decision regions,
probability bars and image mosaics. Pure NumPy + Plotly."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from playground.figures import BLUE, ORANGE, PALETTE


def confusion_figure(
    matrix: np.ndarray, names: tuple[str, ...], labels: dict[str, str]
) -> go.Figure:
    fig = go.Figure(
        go.Heatmap(
            z=matrix,
            x=list(names),
            y=list(names),
            colorscale="Blues",
            showscale=False,
            text=matrix,
            texttemplate="%{text}",
            hovertemplate="%{y} → %{x}: %{z}<extra></extra>",
        )
    )
    fig.update_layout(
        height=max(260, 34 * len(names) + 90),
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=labels["predicted"], side="bottom", type="category"),
        yaxis=dict(title=labels["true"], autorange="reversed", type="category"),
    )
    return fig


def regions_figure(
    xs: np.ndarray,
    ys: np.ndarray,
    probabilities: np.ndarray,
    points: list[tuple[np.ndarray, np.ndarray]],
    names: tuple[str, ...],
    axis_titles: tuple[str, str],
) -> go.Figure:
    """Each grid cell coloured by the predicted class, paler where the model is unsure;
    `points` holds (xy, class) for the train and test sets (test drawn with a ring)."""
    n = len(names)
    winner = probabilities.argmax(-1).reshape(len(ys), len(xs))
    confidence = probabilities.max(-1).reshape(len(ys), len(xs))
    # Class index + confidence in [0, 1) on one colour axis: bands per class, pale to strong.
    z = winner + 0.999 * (confidence - 1 / n) / (1 - 1 / n)
    scale = []
    for k in range(n):
        end = 1.0 if k == n - 1 else (k + 1) / n - 1e-6
        scale += [[k / n, "#ffffff"], [end, PALETTE[k]]]
    fig = go.Figure(
        go.Heatmap(
            x=xs,
            y=ys,
            z=z,
            zmin=0,
            zmax=n,
            colorscale=scale,
            showscale=False,
            opacity=0.55,
            hoverinfo="skip",
        )
    )
    for (xy, cls), symbol in zip(points, ("circle", "circle-open")):
        for k in range(n):
            chosen = cls == k
            fig.add_trace(
                go.Scatter(
                    x=xy[chosen, 0],
                    y=xy[chosen, 1],
                    mode="markers",
                    name=names[k],
                    showlegend=symbol == "circle",
                    legendgroup=names[k],
                    marker=dict(
                        color=PALETTE[k],
                        size=8,
                        symbol=symbol,
                        line=dict(color="white" if symbol == "circle" else PALETTE[k], width=1.5),
                    ),
                )
            )
    fig.update_layout(
        height=420,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=axis_titles[0], range=[xs[0], xs[-1]]),
        yaxis=dict(title=axis_titles[1], range=[ys[0], ys[-1]]),
        legend=dict(orientation="h", y=-0.18),
    )
    return fig


def probability_figure(probabilities: np.ndarray, names: tuple[str, ...], labels) -> go.Figure:
    best = int(np.argmax(probabilities))
    fig = go.Figure(
        go.Bar(
            x=list(names),
            y=probabilities,
            marker_color=[ORANGE if k == best else BLUE for k in range(len(names))],
            text=[f"{p:.0%}" for p in probabilities],
            textposition="outside",
        )
    )
    fig.update_layout(
        height=280,
        margin=dict(l=10, r=10, t=10, b=10),
        yaxis=dict(title=labels["probability"], range=[0, 1.15], tickformat=".0%"),
        xaxis=dict(type="category"),
    )
    return fig


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
