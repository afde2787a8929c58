"""Shared figures: readable text, one colour language, a network diagram that stays a picture."""

import base64

import numpy as np
import plotly.graph_objects as go

from playground import chart_style, charts
from playground.datasets import Points2D
from playground.engine.types import History
from playground.lessons.blood_fat.figures import blood_fat_figure
from playground.lessons.iris.figures import regions_figure
from playground.lessons.temperature.figures import temperature_figure


def _network(sizes):
    rng = np.random.default_rng(0)
    kernels = [rng.normal(size=(a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
    maps = [rng.normal(size=(10, 10, n)) for n in sizes[1:-1]]
    return kernels, go.Figure(charts.network_figure(sizes, kernels, maps, ["x₁", "x₂"]))


def test_a_wide_deep_network_is_summarised_not_a_wall():
    sizes = [2, *[64] * 6, 1]
    kernels, fig = _network(sizes)
    rows = charts.MAX_NODES_SHOWN + 1
    assert fig.layout.height <= charts.NODE_GAP_PX * rows
    mores = [a.text for a in fig.layout.annotations if a.text.startswith("+")]
    assert mores == ["+56"] * 6
    assert len(fig.layout.images) == 6 * charts.MAX_NODES_SHOWN  # a map per drawn neuron
    shown = charts.shown_neurons(sizes, kernels)
    strength = np.abs(kernels[0]).sum(0) + np.abs(kernels[1]).sum(1)
    assert set(shown[1]) == set(np.argsort(-strength)[: charts.MAX_NODES_SHOWN])


def test_a_small_network_is_drawn_whole():
    _, fig = _network([2, 4, 9, 1])
    assert not [a for a in fig.layout.annotations if a.text.startswith("+")]
    assert len(fig.layout.images) == 4 + 9


def test_log_axes_are_labelled_at_whole_decades():
    assert charts.log_axis(np.array([1e-3, 1.0]))["dtick"] == 1
    assert charts.log_axis(np.array([1e-30, 1.0]))["dtick"] == 4  # at most ~8 labels
    assert charts.log_axis(np.array([np.nan, np.inf]))["type"] == "log"


def test_figures_are_readable_and_speak_one_colour_language():
    fig = charts.probability_figure(np.array([0.2, 0.8]), ("a", "b"), {"probability": "p"})
    layout = chart_style.readable(fig)["layout"]
    assert layout["xaxis"]["tickfont"]["size"] >= charts.TEXT_PX
    assert layout["font"]["color"] == charts.TEXT_COLOUR
    assert charts.DIVERGING[0][1] == charts.ORANGE and charts.DIVERGING[-1][1] == charts.BLUE
    assert charts.PALETTE[:2] == (charts.BLUE, charts.ORANGE)


def test_figures_built_as_dicts_are_valid_plotly():
    """`charts.figure` builds plain dicts for speed: they must pass Plotly's checks, styled
    and with their arrays typed as they are sent."""
    x = np.array([[0.0, 0.0], [1.0, 1.0]])
    y = np.array([[0.0], [1.0]])
    points = Points2D(x, y, x, y)
    ticks = np.linspace(-1, 1, 5)
    labels = {k: k for k in ("output", "train", "test", "epoch", "loss", "accuracy")}
    boundary = charts.boundary_figure(
        ticks, np.zeros((5, 5)), points, show_test=True, discretize=True, labels=labels
    )
    series = np.array([1.0, 0.5, 0.25])
    history = History(loss=series, val_loss=series, metric=series, val_metric=series)
    curves = charts.curves_figure(history, labels, has_metric=True)
    path = np.array([[0.0, 0.0], [0.5, 0.2]])
    contours = charts.contour_paths_figure(
        ticks,
        ticks,
        np.ones((5, 5)),
        [("adam", path)],
        axis_titles=("w1", "w2"),
        stars=((0.0, 0.0),),
        star_label="min",
        start_label="start",
        colorbar_title="log",
    )
    plane_labels = {k: k for k in ("ghost", "model", "data", "weight", "age", "blood_fat")}
    plane = blood_fat_figure(ticks, ticks, np.ones((5, 5)), np.ones((5, 5)), x, y, plane_labels)
    names = ("a", "b", "c")
    more_labels = {"predicted": "p", "true": "t", "probability": "p"}
    confusion = charts.confusion_figure(np.eye(3, dtype=int), names, more_labels)
    bars = charts.probability_figure(np.array([0.2, 0.3, 0.5]), names, more_labels)
    regions = regions_figure(
        ticks, ticks, np.full((25, 3), 1 / 3), [(x, np.array([0, 1]))] * 2, names, ("x", "y")
    )
    months = np.arange(1.0, 13.0)
    fit = temperature_figure(
        months,
        months,
        ticks,
        ticks,
        ticks,
        {k: k for k in ("ghost", "model", "beyond", "data", "month", "temperature")},
    )
    network = _network([2, 12, 1])[1].to_dict()  # a layer wider than shown: its "+N" note too
    for fig in (boundary, curves, contours, plane, confusion, bars, regions, fit, network):
        go.Figure(chart_style.readable(charts.typed_arrays(fig)))  # raises on unknown properties


def test_arrays_are_sent_as_typed_arrays_that_decode_to_the_same_numbers():
    z = np.arange(12.0).reshape(3, 4)
    epochs = np.arange(1, 4)  # int64: Plotly.js has no 64-bit integers
    spec = charts.typed_arrays(
        charts.figure(
            [dict(type="heatmap", z=z, marker=dict(color=epochs), text=np.array(["a", "b"]))],
            dict(xaxis=dict(range=np.array([0.0, 1.0]))),
        )
    )
    trace = spec["data"][0]
    assert trace["z"]["dtype"] == "f8" and trace["z"]["shape"] == "3, 4"
    decoded = np.frombuffer(base64.b64decode(trace["z"]["bdata"]), np.float64).reshape(3, 4)
    np.testing.assert_array_equal(decoded, z)
    colours = trace["marker"]["color"]
    assert colours["dtype"] == "i4" and "shape" not in colours
    np.testing.assert_array_equal(
        np.frombuffer(base64.b64decode(colours["bdata"]), np.int32), [1, 2, 3]
    )
    assert trace["text"].tolist() == ["a", "b"]  # text stays text
    assert isinstance(spec["layout"]["xaxis"]["range"], np.ndarray)  # the layout is left alone


HOVER = charts.NeuronHover(
    biases=[np.array([0.1, -0.2]), np.array([0.5])],
    activations=["sigmoid", "sigmoid"],
    words={"input": "input", "neuron": "layer {layer}, neuron {n}", "output": "output {n}"},
)


def test_a_neuron_s_formula_has_its_weights_bias_and_activation():
    formula = charts.neuron_formula(np.array([0.53, -1.2]), 0.1, "sigmoid", ["x₁", "x₂"])
    assert formula == "z = 0.53·x₁ − 1.2·x₂ + 0.1<br>a = sigmoid(z)"
    many = charts.neuron_formula(np.arange(1.0, 10.0), -2.0, "relu", [f"x{i}" for i in range(9)])
    assert "9·x8" in many and "1·x0" not in many and "+ … (3)" in many and "− 2<br>" in many


def test_hovering_a_neuron_shows_its_formula_larger_and_inputs_carry_their_names():
    kernels = [np.array([[0.53, 1.0], [-1.2, 2.0]]), np.array([[0.7], [-0.4]])]
    fig = go.Figure(
        charts.network_figure([2, 2, 1], kernels, [], ["height", "weight"], hover=HOVER)
    )
    nodes = next(trace for trace in fig.data if trace.mode == "markers")
    assert nodes.hoverinfo == "text" and nodes.hoverlabel.font.size > charts.TEXT_PX
    styled = chart_style.readable(fig.to_dict())
    assert styled["data"][-1]["hoverlabel"]["font"]["size"] == charts.HOVER_PX  # kept
    assert nodes.hovertext[0] == "<b>height</b><br>input"
    assert nodes.hovertext[2] == (
        "<b>layer 1, neuron 1</b><br>z = 0.53·height − 1.2·weight + 0.1<br>a = sigmoid(z)"
    )
    assert nodes.hovertext[4].startswith("<b>output 1</b><br>z = 0.7·a1.1 − 0.4·a1.2 + 0.5")
    assert [a.text for a in fig.layout.annotations] == ["height", "weight"]


def test_numbers_are_written_beside_the_nodes():
    kernels = [np.ones((2, 2)), np.ones((2, 1))]
    text = [["1", "0"], ["z=1", "z=2"], ["z=3"]]
    fig = go.Figure(charts.network_figure([2, 2, 1], kernels, [], ["x₁", "x₂"], node_text=text))
    nodes = next(trace for trace in fig.data if trace.mode == "markers+text")
    assert list(nodes.text) == ["1", "0", "z=1", "z=2", "z=3"] and nodes.hoverinfo == "skip"
