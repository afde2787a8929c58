"""Explorer logic: activations and derivatives, gradients through deep stacks, optimizer steps."""

import math

import numpy as np
import pytest

from playground import activations as A
from playground import explorer_figures as xfig
from playground import optimizer_race as O

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
    sigmoid = A.measure_gradients(A.DeepStackSpec(depth=12, activation="sigmoid"))
    relu = A.measure_gradients(
        A.DeepStackSpec(depth=12, activation="relu", initializer="he_normal")
    )
    assert sigmoid.gradient_norms[0] < 1e-4 * sigmoid.gradient_norms[-1]
    assert relu.gradient_norms[0] > 0.1 * relu.gradient_norms[-1]
    dead = A.measure_gradients(A.DeepStackSpec(depth=6, activation="relu", bias=-2.0))
    assert dead.dead_share.mean() > relu.dead_share.mean()


QUADRATIC = O.Surface("q", lambda x, y: x**2 + 3 * y**2, (-2, 2), (-2, 2), (1.0, 1.0), ((0, 0),))


def _grad(p):
    return np.array([2 * p[0], 6 * p[1]])


def _path(optimizer, lr, steps=3):
    kernel = O._RaceKernel(QUADRATIC, optimizer, None)
    return kernel.run(O.Racer(optimizer, lr), (1.0, 1.0), steps).points


def test_sgd_and_momentum_first_steps_by_hand():
    p0 = np.array([1.0, 1.0])
    p1 = p0 - 0.1 * _grad(p0)
    p2 = p1 - 0.1 * _grad(p1)
    np.testing.assert_allclose(_path("sgd", 0.1)[:3], [p0, p1, p2], rtol=1e-5)
    v1 = -0.1 * _grad(p0)  # Keras: v = 0.9 v - lr g; p += v
    q1 = p0 + v1
    v2 = 0.9 * v1 - 0.1 * _grad(q1)
    np.testing.assert_allclose(_path("momentum", 0.1)[:3], [p0, q1, q1 + v2], rtol=1e-5)


def test_momentum_setting_changes_the_second_step():
    p0 = np.array([1.0, 1.0])
    v1 = -0.1 * _grad(p0)
    q1 = p0 + v1
    v2 = 0.5 * v1 - 0.1 * _grad(q1)
    path = O._RaceKernel(QUADRATIC, "momentum", 0.5).run(
        O.Racer("momentum", 0.1, 0.5), (1.0, 1.0), 2
    )
    np.testing.assert_allclose(path.points[2], q1 + v2, rtol=1e-5)


def test_adam_and_rmsprop_first_step_by_hand():
    p0 = np.array([1.0, 1.0])
    g = _grad(p0)
    # Adam's first step: m̂ = g, v̂ = g², so each coordinate moves by lr·g/(|g| + ε) ≈ lr.
    np.testing.assert_allclose(_path("adam", 0.1)[1], p0 - 0.1 * g / (np.abs(g) + 1e-7), rtol=1e-5)
    # RMSprop (Keras: rho 0.9, no momentum): v = 0.1 g², step lr·g/sqrt(v + ε)... ε added outside.
    v = 0.1 * g**2
    np.testing.assert_allclose(
        _path("rmsprop", 0.01)[1], p0 - 0.01 * g / (np.sqrt(v) + 1e-7), rtol=1e-4
    )


def test_too_large_a_learning_rate_diverges_and_is_reported():
    path = O.race(O.SURFACES["bowl"], (O.Racer("sgd", 3.0),), (-5.0, 2.0), 200)[0]
    assert path.diverged and len(path.points) < 200
    assert np.isfinite(path.points).all()
    fine = O.race(O.SURFACES["bowl"], (O.Racer("sgd", 0.1),), (-5.0, 2.0), 200)[0]
    assert not fine.diverged and fine.losses[-1] < 0.01 * fine.losses[0]


def test_batch_sizes_take_the_right_number_of_updates():
    rng = np.random.default_rng(0)
    x = rng.normal(size=25)
    y = 0.8 * x + 0.1
    paths = O.descent_paths(x, y, (25, 5, 1), epochs=4, learning_rate=0.1)
    assert [len(p.points) - 1 for p in paths] == [4, 20, 100]
    assert [p.updates_per_epoch for p in paths] == [1, 5, 25]
    assert all(p.epoch_loss[-1] < p.epoch_loss[0] for p in paths)
    # The full batch takes exactly the plain gradient step.
    w, b = -1.0, -1.0
    grad = np.array([np.mean(2 * (w * x + b - y) * x), np.mean(2 * (w * x + b - y))])
    np.testing.assert_allclose(paths[0].points[1], np.array([w, b]) - 0.1 * grad, rtol=1e-4)


def test_race_figure_holds_one_path_per_optimizer():
    xs, ys, zz = O.surface_grid(O.SURFACES["saddle"], 20)
    paths = [("a", np.zeros((3, 2))), ("b", np.ones((5, 2)))]
    fig = xfig.race_figure(xs, ys, zz, paths, (), {"start": "s", "minimum": "m"})
    lines = [trace for trace in fig.data if getattr(trace, "mode", None) == "lines"]
    assert [len(trace.x) for trace in lines] == [3, 5]
    assert np.isfinite(np.array(fig.data[0].z)).all()  # the saddle's negative values are shifted
