"""Shared figures: readable text, one colour language, a network diagram that stays a picture."""

import numpy as np

from playground import charts


def _network(sizes):
    rng = np.random.default_rng(0)
    kernels = [rng.normal(size=(a, b)) for a, b in zip(sizes[:-1], sizes[1:])]
    maps = [rng.normal(size=(10, 10, n)) for n in sizes[1:-1]]
    return kernels, charts.network_figure(sizes, kernels, maps, ["x₁", "x₂"])


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
    assert fig.layout.xaxis.tickfont.size >= charts.TEXT_PX
    assert fig.layout.font.color == charts.TEXT_COLOUR
    assert charts.DIVERGING[0][1] == charts.ORANGE and charts.DIVERGING[-1][1] == charts.BLUE
    assert charts.PALETTE[:2] == (charts.BLUE, charts.ORANGE)


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
    fig = charts.network_figure([2, 2, 1], kernels, [], ["height", "weight"], hover=HOVER)
    nodes = next(trace for trace in fig.data if trace.mode == "markers")
    assert nodes.hoverinfo == "text" and nodes.hoverlabel.font.size > charts.TEXT_PX
    assert charts.readable(fig).data[-1].hoverlabel.font.size == charts.HOVER_PX  # kept
    assert nodes.hovertext[0] == "<b>height</b><br>input"
    assert nodes.hovertext[2] == (
        "<b>layer 1, neuron 1</b><br>z = 0.53·height − 1.2·weight + 0.1<br>a = sigmoid(z)"
    )
    assert nodes.hovertext[4].startswith("<b>output 1</b><br>z = 0.7·a1.1 − 0.4·a1.2 + 0.5")
    assert [a.text for a in fig.layout.annotations] == ["height", "weight"]


def test_numbers_are_written_beside_the_nodes():
    kernels = [np.ones((2, 2)), np.ones((2, 1))]
    text = [["1", "0"], ["z=1", "z=2"], ["z=3"]]
    fig = charts.network_figure([2, 2, 1], kernels, [], ["x₁", "x₂"], node_text=text)
    nodes = next(trace for trace in fig.data if trace.mode == "markers+text")
    assert list(nodes.text) == ["1", "0", "z=1", "z=2", "z=3"] and nodes.hoverinfo == "skip"
