"""Pure functions from numbers to Plotly figures. One colour language for every page.

Figures drawn live (redrawn on every training slice) are plain dicts, `Spec`: building a
`go.Figure`, even unvalidated, and turning it back into a dict cost a fifth of the server's
GIL time with a class training (Plotly copies every trace and builds its template each time).
Tests validate them by building `go.Figure(spec)` once. Figures drawn once may use `go.*`.

The colour language (colour-blind safe: blue and orange, never red against green):
* BLUE means positive, class 1, "yes"; ORANGE means negative, class 0, "no". Weights, signs,
  two-class points and diverging maps (DIVERGING: orange - grey - blue) all say it this way.
* Series that are neither signs nor classes (optimizers, functions, species, digits) take
  PALETTE in order; measured data points are DATA_COLOUR, the least-squares ghost GHOST.
* Chart text is TEXT_PX px in TEXT_COLOUR: `chart_style.readable` sets it on every chart as it
  is drawn, so the figures here and in the lessons leave fonts alone.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image

from playground.datasets import Points2D

if TYPE_CHECKING:  # the engine imports TensorFlow; figures must not
    from playground.engine import History

ORANGE = "#f59322"  # class 0, negative weights
BLUE = "#0877bd"  # class 1, positive weights
NEUTRAL = "#e8eaeb"
GHOST = "#9ca3af"
DATA_COLOUR = "#1f2937"  # measured data points (neither a sign nor a class)

SURFACE_SCALE = [[0.0, "#cfe3f3"], [1.0, BLUE]]

TRAIN_COLOUR, TEST_COLOUR = "#1f2937", "#9ca3af"
DIVERGING = [[0.0, ORANGE], [0.5, NEUTRAL], [1.0, BLUE]]
# Series that are not two classes (optimizers, batch sizes, the ten digits, iris species):
# blue and orange first, then Okabe-Ito's colour-blind safe hues (no red next to green).
PALETTE = (
    BLUE,
    ORANGE,
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#1f3b73",
    "#8c564b",
    "#7f7f7f",
    "#b59f00",
    "#000000",
)
TEXT_COLOUR = "#1f2937"  # 15:1 on white, well above WCAG AA's 4.5:1
TEXT_PX = 14  # chart text readable from the back of a classroom (projector mode raises it)
# Curves are thinned to this many points before they are sent: about one per pixel of a
# curve panel. 2000 made the live loss and accuracy chart about 135 KB per redraw, the most
# expensive part of a live XOR view (23 % of the server's GIL time with a class on it).
MAX_CURVE_POINTS = 600

Spec = dict[str, Any]  # a figure as a dict: {"data": [trace dicts], "layout": {...}}
# NumPy dtypes Plotly.js reads as typed arrays (it has no 64-bit integers)
_TYPED_ARRAY = {
    "float64": "f8", "float32": "f4", "int32": "i4", "uint32": "u4",
    "int16": "i2", "uint16": "u2", "int8": "i1", "uint8": "u1",
}  # fmt: skip
MAX_NEURON_IMAGES = 16  # layers wider than this show plain nodes instead of maps
MAX_NODES_SHOWN = 8  # a wider layer shows its strongest neurons and one "+N more" node
NODE_GAP_PX = 46  # network diagram: height per node row
HOVER_PX = 16  # a neuron's formula on hover: larger than the chart's text
NUMBERS_GAP_PX = 120  # with numbers under the nodes (up to 4 lines) a node row needs more room
MAX_FORMULA_TERMS = 6  # a neuron with more inputs shows its strongest weights and "+ …"


def _rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.float32)


def _diverging_rgb(values: np.ndarray) -> np.ndarray:
    """Map values in [-1, 1] to orange - grey - blue, as uint8 RGB."""
    v = np.clip(values, -1, 1)[..., None]
    neutral, orange, blue = _rgb(NEUTRAL), _rgb(ORANGE), _rgb(BLUE)
    rgb = np.where(v < 0, neutral + (orange - neutral) * -v, neutral + (blue - neutral) * v)
    return rgb.astype(np.uint8)


def heatmap_data_uri(values: np.ndarray) -> str:
    """A small PNG (as a data URI) of a 2D map, scaled to its own range; row 0 is the bottom."""
    lo, hi = float(values.min()), float(values.max())
    scaled = (values - lo) / (hi - lo) * 2 - 1 if hi > lo else np.zeros_like(values)
    image = Image.fromarray(_diverging_rgb(np.flipud(scaled)))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()


def figure(data: list[dict], layout: dict) -> Spec:
    """A figure from plain trace and layout dicts, as they are. So: nested dicts only
    (`title=dict(text=...)`, never `title_font=...`), and the property names Plotly documents
    (the app does not check them; `tests/unit/test_charts.py` does, through `go.Figure`)."""
    return {"data": data, "layout": layout}


def _typed_array(values: np.ndarray) -> dict | np.ndarray:
    if values.dtype == np.int64 and values.size and np.abs(values).max() < 2**31:
        values = values.astype(np.int32)
    code = _TYPED_ARRAY.get(values.dtype.name)
    if code is None or values.size == 0:
        return values
    typed = {"dtype": code, "bdata": base64.b64encode(np.ascontiguousarray(values)).decode()}
    if values.ndim > 1:
        typed["shape"] = ", ".join(map(str, values.shape))
    return typed


def typed_arrays(spec: Spec) -> Spec:
    """The traces' numeric NumPy arrays as Plotly.js typed arrays (base64 of the raw bytes, in
    place), as Plotly's own `to_dict` sends them: a 50 x 50 map is 13 KB instead of ~45 KB of
    decimal text."""

    def encode(node: dict) -> None:
        for key, value in node.items():
            if isinstance(value, np.ndarray):
                node[key] = _typed_array(value)
            elif isinstance(value, dict):
                encode(value)

    for trace in spec.get("data", ()):
        encode(trace)
    return spec


def boundary_figure(
    ticks: np.ndarray,
    probabilities: np.ndarray,
    points: Points2D,
    *,
    show_test: bool,
    discretize: bool,
    labels: dict[str, str],
) -> Spec:
    """The model's output over the plane (blue = class 1) with the train and test points."""
    z = (probabilities > 0.5).astype(np.float32) if discretize else probabilities
    heatmap = dict(
        type="heatmap",
        x=ticks,
        y=ticks,
        z=z,
        zmin=0,
        zmax=1,
        colorscale=DIVERGING,
        # Above the plot, centred and a fixed width: at any page width it stays with the
        # square plot (a colour bar at the paper's right edge drifts away on wide screens).
        colorbar=dict(
            title=dict(text=labels["output"], side="top"),
            orientation="h",
            x=0.5,
            xanchor="center",
            y=1.0,
            yanchor="bottom",
            ypad=4,
            lenmode="pixels",
            len=260,
            thickness=12,
            tickvals=[0, 0.5, 1],
        ),
        hovertemplate="x1=%{x:.2f}<br>x2=%{y:.2f}<br>ŷ=%{z:.3f}<extra></extra>",
    )
    sets = [(points.x_train, points.y_train, labels["train"], "white")]
    if show_test:
        sets.append((points.x_test, points.y_test, labels["test"], "black"))
    markers = [
        dict(
            type="scatter",
            x=x[:, 0],
            y=x[:, 1],
            mode="markers",
            name=name,
            marker=dict(
                color=np.where(y[:, 0] > 0.5, BLUE, ORANGE),
                size=11 if len(x) <= 8 else 7,
                line=dict(color=outline, width=1.5),
            ),
            hovertemplate="x1=%{x:.2f}<br>x2=%{y:.2f}<extra>" + name + "</extra>",
        )
        for x, y, name, outline in sets
    ]
    layout = dict(
        xaxis=dict(title=dict(text="x1"), range=[ticks[0], ticks[-1]], constrain="domain"),
        yaxis=dict(title=dict(text="x2"), range=[ticks[0], ticks[-1]], scaleanchor="x"),
        legend=dict(orientation="h", y=-0.15),
        margin=dict(l=10, r=10, t=50, b=10),
        height=500,
    )
    return figure([heatmap, *markers], layout)


# Accuracy in round percentages over a fixed range: 0 %, 20 % ... 100 %, never 0.042 ... 0.993.
ACCURACY_AXIS = dict(range=[0, 1.04], tickmode="linear", tick0=0, dtick=0.2, tickformat=".0%")
MAX_LOG_LABELS = 8  # a log axis labels at most about this many decades


def log_axis(values: np.ndarray) -> dict:
    """A log axis labelled at whole decades only (10⁻³, 10⁻², ...; every 2nd or 3rd decade
    when the values span many), for the positive finite `values` it will show."""
    values = np.asarray(values, np.float64)
    values = values[np.isfinite(values) & (values > 0)]
    decades = float(np.log10(values.max() / values.min())) if len(values) else 1.0
    return dict(
        type="log", dtick=max(1, int(np.ceil(decades / MAX_LOG_LABELS))), exponentformat="power"
    )


def _thin(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(epoch numbers, values), keeping at most MAX_CURVE_POINTS evenly spaced points and the
    last. Only the kept points are touched: a live redraw of 100,000 epochs stays cheap."""
    count = len(values)
    keep = np.arange(0, count, max(1, -(-count // MAX_CURVE_POINTS)), dtype=np.int32)
    if count and keep[-1] != count - 1:
        keep = np.append(keep, np.int32(count - 1))
    return keep + 1, values[keep]  # int32 epochs: half the bytes of int64


def curves_figure(
    history: History, labels: dict[str, str], *, has_metric: bool, log_loss: bool = True
) -> Spec:
    """Loss (and accuracy) per epoch side by side, train (solid) and test (dotted)."""
    panels = [("loss", history.loss, history.val_loss)]
    if has_metric:
        panels.append(("accuracy", history.metric, history.val_metric))
    width = 1 / len(panels)
    traces, layout, shown_losses = [], {}, [np.empty(0)]
    for index, (name, train, test) in enumerate(panels, start=1):
        suffix = "" if index == 1 else str(index)
        for values, label, dash, colour in (
            (train, labels["train"], "solid", TRAIN_COLOUR),
            (test, labels["test"], "dot", BLUE),
        ):
            x, y = _thin(values)
            if not np.isfinite(y).any():
                continue
            if name == "loss":
                shown_losses.append(y)
            traces.append(
                dict(
                    type="scatter",
                    x=x,
                    y=y,
                    name=label,
                    legendgroup=label,
                    showlegend=index == 1,
                    mode="lines",
                    line=dict(dash=dash, color=colour, width=2),
                    xaxis=f"x{suffix}",
                    yaxis=f"y{suffix}",
                )
            )
        domain = [(index - 1) * width + 0.06, index * width - 0.04]
        layout[f"xaxis{suffix}"] = dict(
            domain=domain, title=dict(text=labels["epoch"]), anchor=f"y{suffix}"
        )
        layout[f"yaxis{suffix}"] = dict(anchor=f"x{suffix}", title=dict(text=labels[name]))
    if log_loss:  # every decade labelled in full, no "2" and "5" in between
        layout["yaxis"].update(log_axis(np.concatenate(shown_losses)))
    if has_metric:
        layout["yaxis2"].update(ACCURACY_AXIS)
    layout.update(
        height=300, margin=dict(l=10, r=10, t=10, b=10), legend=dict(orientation="h", y=-0.35)
    )
    return figure(traces, layout)


def _node_positions(sizes: list[int]) -> list[np.ndarray]:
    top = max(sizes)
    return [np.linspace(0, top - 1, n) if n > 1 else np.array([(top - 1) / 2]) for n in sizes]


def shown_neurons(sizes: list[int], kernels: list[np.ndarray]) -> list[np.ndarray]:
    """The neurons the diagram draws per layer: every one of a layer of at most
    MAX_NODES_SHOWN + 1 (a "+1 more" node would save nothing), else the MAX_NODES_SHOWN
    strongest by total |weight| in and out, in their order."""
    shown = []
    for layer, n in enumerate(sizes):
        if n <= MAX_NODES_SHOWN + 1:
            shown.append(np.arange(n))
            continue
        strength = np.zeros(n)
        if layer > 0:
            strength += np.abs(kernels[layer - 1]).sum(axis=0)
        if layer < len(kernels):
            strength += np.abs(kernels[layer]).sum(axis=1)
        strongest = np.argsort(-strength, kind="stable")[:MAX_NODES_SHOWN]
        shown.append(np.sort(strongest))
    return shown


@dataclass(frozen=True)
class NeuronHover:
    """What hovering a node of the network diagram says: each dense layer's biases and
    activation, and the words (`input`, `neuron` with {layer} and {n}, `output` with {n})."""

    biases: list[np.ndarray]
    activations: list[str]
    words: dict[str, str]


def _term(weight: float, name: str, first: bool) -> str:
    if first:
        return f"{weight:.3g}·{name}"
    return f"{'−' if weight < 0 else '+'} {abs(weight):.3g}·{name}"


def neuron_formula(weights: np.ndarray, bias: float, activation: str, names: list[str]) -> str:
    """ "z = 0.53·x₁ − 1.2·x₂ + 0.1<br>a = sigmoid(z)": the weighted sum of a neuron's incoming
    weights (the strongest MAX_FORMULA_TERMS of more) and its bias, then its activation."""
    order = np.argsort(-np.abs(weights), kind="stable")[:MAX_FORMULA_TERMS]
    terms = [_term(float(weights[i]), names[i], k == 0) for k, i in enumerate(np.sort(order))]
    if len(weights) > MAX_FORMULA_TERMS:
        terms.append(f"+ … ({len(weights) - MAX_FORMULA_TERMS})")
    terms.append(_term(float(bias), "1", not terms).removesuffix("·1"))
    return f"z = {' '.join(terms)}<br>a = {activation}(z)"


def _hover_texts(
    sizes: list[int], kernels: list[np.ndarray], input_names: list[str], hover: NeuronHover
) -> list[list[str]]:
    """Per layer, per neuron: its name in bold and what it computes."""
    texts = [[f"<b>{name}</b><br>{hover.words['input']}" for name in input_names]]
    for layer, kernel in enumerate(kernels, start=1):
        last = layer == len(kernels)
        names = (
            input_names
            if layer == 1
            else [f"a{layer - 1}.{i + 1}" for i in range(sizes[layer - 1])]
        )
        column = []
        for j in range(sizes[layer]):
            key = "output" if last else "neuron"
            title = hover.words[key].format(layer=layer, n=j + 1)
            formula = neuron_formula(
                kernel[:, j], hover.biases[layer - 1][j], hover.activations[layer - 1], names
            )
            column.append(f"<b>{title}</b><br>{formula}")
        texts.append(column)
    return texts


def network_figure(
    sizes: list[int],
    kernels: list[np.ndarray],
    neuron_maps: list[np.ndarray],
    input_names: list[str],
    more_label: str = "+{n}",
    hover: NeuronHover | None = None,
    node_text: list[list[str]] | None = None,
) -> Spec:
    """The network: line width |w|, colour sign (blue +, orange -); each neuron shows the map
    of what it computes over the plane. A layer wider than MAX_NODES_SHOWN + 1 shows its
    strongest neurons and one node "+N" (`more_label`) for the rest, so a 6 x 64 network stays
    a readable picture of at most (MAX_NODES_SHOWN + 1) rows instead of a wall.

    Input nodes carry `input_names`. With `hover`, pointing at a neuron shows (larger than the
    chart's text) its weighted sum with its incoming weights and bias, and its activation;
    `node_text` (per layer, per neuron) writes numbers beside the nodes (the backprop walk)."""
    shown = shown_neurons(sizes, kernels)
    hidden_rest = [n - len(chosen) for n, chosen in zip(sizes, shown)]
    slots = [len(chosen) + (rest > 0) for chosen, rest in zip(shown, hidden_rest)]
    positions = _node_positions(slots)
    largest = max((float(np.abs(k).max()) for k in kernels if k.size), default=1.0) or 1.0
    drawn = [kernel[np.ix_(shown[i], shown[i + 1])] for i, kernel in enumerate(kernels)]
    traces = []
    for sign, colour in ((1, BLUE), (-1, ORANGE)):
        for lo, hi in ((0.0, 0.25), (0.25, 0.5), (0.5, 0.75), (0.75, 1.01)):
            xs, ys = [], []
            for layer, kernel in enumerate(drawn):
                strength = np.abs(kernel) / largest
                chosen = (np.sign(kernel) == sign) & (strength >= lo) & (strength < hi)
                for i, j in zip(*np.nonzero(chosen)):
                    xs += [layer, layer + 1, None]
                    ys += [positions[layer][i], positions[layer + 1][j], None]
            if xs:
                traces.append(
                    dict(
                        type="scatter",
                        x=xs,
                        y=ys,
                        mode="lines",
                        line=dict(color=colour, width=0.5 + 7 * (lo + hi) / 2),
                        hoverinfo="skip",
                        showlegend=False,
                    )
                )
    traces.append(_nodes_trace(sizes, kernels, input_names, shown, positions, hover, node_text))
    annotations = [
        dict(
            x=layer,
            y=positions[layer][-1],
            text=more_label.format(n=rest),
            showarrow=False,
            bgcolor=NEUTRAL,
            borderpad=4,
        )
        for layer, rest in enumerate(hidden_rest)
        if rest
    ]
    images = []
    for layer, maps in enumerate(neuron_maps, start=1):
        if len(shown[layer]) > MAX_NEURON_IMAGES:
            continue
        for slot, j in enumerate(shown[layer]):
            images.append(
                dict(
                    source=heatmap_data_uri(maps[..., j]),
                    xref="x",
                    yref="y",
                    x=layer,
                    y=positions[layer][slot],
                    sizex=0.3,
                    sizey=0.6,
                    xanchor="center",
                    yanchor="middle",
                    layer="above",
                )
            )
    for slot, i in enumerate(shown[0]):
        name = input_names[i] if i < len(input_names) else ""
        annotations.append(dict(x=0, y=positions[0][slot], text=name, showarrow=False, xshift=-30))
    gap, bottom = (NUMBERS_GAP_PX, -1.2) if node_text else (NODE_GAP_PX, -0.8)
    layout = dict(
        annotations=annotations,
        images=images,
        xaxis=dict(visible=False, range=[-0.6, len(sizes) - 0.6]),
        yaxis=dict(visible=False, range=[bottom, max(slots) - 0.2]),
        height=max(220, gap * max(slots)),
        margin=dict(l=40, r=10, t=10, b=10),
        plot_bgcolor="white",
    )
    return figure(traces, layout)


def _nodes_trace(
    sizes: list[int],
    kernels: list[np.ndarray],
    input_names: list[str],
    shown: list[np.ndarray],
    positions: list[np.ndarray],
    hover: NeuronHover | None,
    node_text: list[list[str]] | None,
) -> dict:
    """The drawn neurons as square markers, with their hover formula and numbers (if any)."""
    node_x = np.concatenate([np.full(len(c), layer) for layer, c in enumerate(shown)])
    node_y = np.concatenate([positions[layer][: len(c)] for layer, c in enumerate(shown)])
    hovers = _hover_texts(sizes, kernels, input_names, hover) if hover else None

    def pick(per_layer: list[list[str]]) -> list[str]:
        return [per_layer[layer][j] for layer, chosen in enumerate(shown) for j in chosen]

    trace = dict(
        type="scatter",
        x=node_x,
        y=node_y,
        mode="markers+text" if node_text else "markers",
        marker=dict(size=26, color="white", line=dict(color="#6b7280", width=1), symbol="square"),
        text=pick(node_text) if node_text else None,
        textposition="bottom center",
        hovertext=pick(hovers) if hovers else None,
        hoverinfo="text" if hovers else "skip",
        # on the trace: `readable` sets the layout's hover text to the chart's text size
        hoverlabel={
            "font": {"size": HOVER_PX, "color": TEXT_COLOUR},
            "bgcolor": "white",
            "bordercolor": "#6b7280",
            "align": "left",
        },
        showlegend=False,
    )
    return {key: value for key, value in trace.items() if value is not None}


def series_colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def contour_paths_figure(
    xs: np.ndarray,
    ys: np.ndarray,
    z: np.ndarray,
    paths: list[tuple[str, np.ndarray]],
    *,
    axis_titles: tuple[str, str],
    colours: tuple[str, ...] = PALETTE,
    stars: tuple[tuple[float, float], ...] = (),
    star_label: str = "",
    start_label: str | None = None,
    every_point: bool = False,
    colorscale: str = "Blues_r",
    colorbar_title: str | None = None,
    height: int = 420,
) -> Spec:
    """Log-scaled contours of `z` (rows along `ys`) with named paths of (x, y) points drawn
    over them, each ending in a dot; optional stars (minima) and a start mark.

    The loss landscape, the optimizer race and batch-vs-SGD paths are all this picture."""
    log_z = np.log10(np.maximum(z - min(0.0, float(z.min())), 1e-3))  # the saddle dips below 0
    traces = [
        dict(
            type="contour",
            x=xs,
            y=ys,
            z=log_z,
            colorscale=colorscale,
            ncontours=30,
            line=dict(width=0.5),
            showscale=colorbar_title is not None,
            # Right beside the plot area, as tall as it is, whatever the page width.
            colorbar=dict(
                title=dict(text=colorbar_title or "", side="right"),
                thickness=12,
                x=1.0,
                xanchor="left",
                xpad=6,
                len=1.0,
                lenmode="fraction",
            ),
            hovertemplate="%{x:.4g}, %{y:.4g}: log₁₀ %{z:.3f}<extra></extra>",
        )
    ]
    for index, (name, points) in enumerate(paths):
        colour = colours[index % len(colours)]
        traces.append(
            dict(
                type="scatter",
                x=points[:, 0],
                y=points[:, 1],
                name=name,
                mode="lines+markers" if every_point else "lines",
                marker=dict(size=3),
                line=dict(color=colour, width=2.5),
            )
        )
        traces.append(
            dict(
                type="scatter",
                x=points[-1:, 0],
                y=points[-1:, 1],
                mode="markers",
                showlegend=False,
                marker=dict(color=colour, size=10, line=dict(color="white", width=1.5)),
            )
        )
    if start_label and paths:
        start = paths[0][1][0]
        traces.append(
            dict(
                type="scatter",
                x=[start[0]],
                y=[start[1]],
                mode="markers",
                name=start_label,
                marker=dict(color="black", size=9, symbol="x"),
            )
        )
    if stars:
        traces.append(
            dict(
                type="scatter",
                x=[star[0] for star in stars],
                y=[star[1] for star in stars],
                mode="markers",
                name=star_label,
                marker=dict(
                    color="white", size=14, symbol="star", line=dict(color="black", width=1)
                ),
            )
        )
    layout = dict(
        height=height,
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=dict(text=axis_titles[0]), range=[xs[0], xs[-1]]),
        yaxis=dict(title=dict(text=axis_titles[1]), range=[ys[0], ys[-1]]),
        legend=dict(orientation="h", y=-0.18),
    )
    return figure(traces, layout)


def confusion_figure(
    matrix: np.ndarray, names: tuple[str, ...], labels: dict[str, str]
) -> Spec:
    heatmap = dict(
        type="heatmap",
        z=matrix,
        x=list(names),
        y=list(names),
        colorscale="Blues",
        showscale=False,
        text=matrix,
        texttemplate="%{text}",
        textfont=dict(size=TEXT_PX),
        hovertemplate="%{y} → %{x}: %{z}<extra></extra>",
    )
    layout = dict(
        height=max(260, 34 * len(names) + 90),
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(title=dict(text=labels["predicted"]), side="bottom", type="category"),
        yaxis=dict(title=dict(text=labels["true"]), autorange="reversed", type="category"),
    )
    return figure([heatmap], layout)


def probability_figure(probabilities: np.ndarray, names: tuple[str, ...], labels) -> Spec:
    best = int(np.argmax(probabilities))
    bars = dict(
        type="bar",
        x=list(names),
        y=probabilities,
        marker=dict(color=[ORANGE if k == best else BLUE for k in range(len(names))]),
        text=[f"{p:.0%}" for p in probabilities],
        textposition="outside",
        textfont=dict(size=TEXT_PX),
        cliponaxis=False,
    )
    layout = dict(
        height=280,
        margin=dict(l=10, r=10, t=10, b=10),
        yaxis=dict(
            title=dict(text=labels["probability"]),
            range=[0, 1.15],
            tickvals=[0, 0.5, 1],
            tickformat=".0%",
        ),
        xaxis=dict(type="category"),
    )
    return figure([bars], layout)
