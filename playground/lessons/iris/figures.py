"""The Iris lesson's figures: decision regions over two features, and the model summary."""

from __future__ import annotations

import numpy as np
import pandas as pd

from playground.charts import PALETTE, Spec, figure
from playground.specs import ModelSpec, layer_table


def regions_figure(
    xs: np.ndarray,
    ys: np.ndarray,
    probabilities: np.ndarray,
    points: list[tuple[np.ndarray, np.ndarray]],
    names: tuple[str, ...],
    axis_titles: tuple[str, str],
) -> Spec:
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
    traces = [
        dict(
            type="heatmap",
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
    ]
    for (xy, cls), symbol in zip(points, ("circle", "circle-open")):
        for k in range(n):
            chosen = cls == k
            traces.append(
                dict(
                    type="scatter",
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
    layout = dict(
        height=420,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=dict(text=axis_titles[0]), range=[xs[0], xs[-1]]),
        yaxis=dict(title=dict(text=axis_titles[1]), range=[ys[0], ys[-1]]),
        legend=dict(orientation="h", y=-0.18),
    )
    return figure(traces, layout)


def summary_table(model: ModelSpec, labels: dict[str, str]) -> pd.DataFrame:
    """Layer, output shape and parameters per layer, as `model.summary()` prints them."""
    table = layer_table(model)
    return pd.DataFrame(
        {
            labels["layer"]: [kind for kind, _, _ in table],
            labels["shape"]: [str((None, *shape)) for _, shape, _ in table],
            labels["params"]: [params for _, _, params in table],
        }
    )
