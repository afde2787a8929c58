"""AppTest runs of the activations page: it renders and trains through its own controls."""

import pytest

from tests.app.apptest import array, figures, open_page


def test_activation_page_draws_the_chosen_functions_and_measures_gradients():
    at = open_page("pages/basics/activations.py")
    at.pills(key="activations.functions").set_value(["relu", "leaky_relu"]).run()
    at.slider(key="activations.alpha").set_value(0.1).run()
    assert not at.exception
    curves = figures(at)[0]["data"]
    assert [c["name"] for c in curves] == ["ReLU", "ReLU′", "leaky ReLU", "leaky ReLU′"]
    leaky_derivative = array(curves[3]["y"])
    assert leaky_derivative.min() == pytest.approx(0.1) and leaky_derivative.max() == 1
    assert len(at.latex) >= 3  # two function formulas and softmax
    at.slider(key="activations.stack.depth").set_value(15).run()
    at.selectbox(key="activations.stack.activation").set_value("sigmoid").run()
    gradients = array(figures(at)[-1]["data"][0]["y"])
    assert len(gradients) == 15 and gradients[0] < 1e-3 * gradients[-1]
    at.pills(key="activations.functions").set_value([]).run()
    assert any("at least one" in w.value for w in at.warning)
