"""The activations lesson: activations and derivatives, softmax, gradients through deep stacks."""

import math

import numpy as np
import pytest

from playground.lessons.activations import deep_stack
from playground.lessons.activations import functions as A
from playground.lessons.activations.spec import DeepStackSpec

X = np.array([-2.0, -1.0, 0.0, 1.0, 2.0])


def _sigmoid(x):
    return 1 / (1 + np.exp(-x))


EXPECTED = {  # name: (f(x), f'(x)) by hand
    "sigmoid": (_sigmoid(X), _sigmoid(X) * (1 - _sigmoid(X))),
    "tanh": (np.tanh(X), 1 - np.tanh(X) ** 2),
    "relu": (np.maximum(X, 0), np.array([0, 0, 0, 1, 1.0])),  # TF's relu' at 0 is 0
    "leaky_relu": (np.where(X >= 0, X, 0.2 * X), np.array([0.2, 0.2, 0.2, 1, 1])),
    "elu": (np.where(X > 0, X, np.exp(X) - 1), np.where(X > 0, 1, np.exp(X))),
    "softplus": (np.log1p(np.exp(X)), _sigmoid(X)),
    "swish": (X * _sigmoid(X), _sigmoid(X) + X * _sigmoid(X) * (1 - _sigmoid(X))),
    "linear": (X, np.ones_like(X)),
    "step": ((X >= 0).astype(float), np.zeros_like(X)),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_activation_and_derivative_match_hand_formulas(name):
    y, dy = A.curve(name, X)
    np.testing.assert_allclose(y, EXPECTED[name][0], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(dy, EXPECTED[name][1], rtol=1e-4, atol=1e-6)


def test_selu_gelu_and_softmax_known_values():
    lam, alpha = 1.0507009873554805, 1.6732632423543772
    y, dy = A.curve("selu", np.array([-1.0, 1.0]))
    np.testing.assert_allclose(y, [lam * alpha * (math.exp(-1) - 1), lam], rtol=1e-5)
    np.testing.assert_allclose(dy, [lam * alpha * math.exp(-1), lam], rtol=1e-5)
    y, dy = A.curve("gelu", np.array([0.0, 1.0]))
    np.testing.assert_allclose(y, [0.0, 0.8413], atol=2e-3)  # x·Φ(x)
    assert dy[0] == pytest.approx(0.5, abs=1e-3)
    p = A.softmax(np.array([1.0, 2.0, 3.0]))
    np.testing.assert_allclose(p, np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum(), rtol=1e-5)
    np.testing.assert_allclose(A.softmax(np.array([11.0, 12.0, 13.0])), p, rtol=1e-5)


def test_sigmoid_gradients_vanish_toward_the_input_and_relu_ones_do_not():
    sigmoid = deep_stack.measure_gradients(DeepStackSpec(depth=12, activation="sigmoid"))
    relu = deep_stack.measure_gradients(
        DeepStackSpec(depth=12, activation="relu", initializer="he_normal")
    )
    assert sigmoid.gradient_norms[0] < 1e-4 * sigmoid.gradient_norms[-1]
    assert relu.gradient_norms[0] > 0.1 * relu.gradient_norms[-1]
    dead = deep_stack.measure_gradients(DeepStackSpec(depth=6, activation="relu", bias=-2.0))
    assert dead.dead_share.mean() > relu.dead_share.mean()
