"""The optimizers lesson: Keras optimizer steps on 2D surfaces, and batch vs mini-batch vs SGD."""

import numpy as np
import plotly.graph_objects as go

from playground.lessons.optimizers import figures as xfig
from playground.lessons.optimizers import race as O
from playground.lessons.optimizers.descent import descent_paths
from playground.lessons.optimizers.spec import TEXTBOOK
from playground.lessons.optimizers.surfaces import SURFACES, Surface, surface_grid

QUADRATIC = Surface("q", lambda x, y: x**2 + 3 * y**2, (-2, 2), (-2, 2), (1.0, 1.0), ((0, 0),))


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
    path = O.race(SURFACES["bowl"], (O.Racer("sgd", 3.0),), (-5.0, 2.0), 200)[0]
    assert path.diverged and len(path.points) < 200
    assert np.isfinite(path.points).all()
    fine = O.race(SURFACES["bowl"], (O.Racer("sgd", 0.1),), (-5.0, 2.0), 200)[0]
    assert not fine.diverged and fine.losses[-1] < 0.01 * fine.losses[0]


def test_batch_sizes_take_the_right_number_of_updates():
    rng = np.random.default_rng(0)
    x = rng.normal(size=25)
    y = 0.8 * x + 0.1
    paths = descent_paths(x, y, (25, 5, 1), epochs=4, learning_rate=0.1)
    assert [len(p.points) - 1 for p in paths] == [4, 20, 100]
    assert [p.updates_per_epoch for p in paths] == [1, 5, 25]
    assert all(p.epoch_loss[-1] < p.epoch_loss[0] for p in paths)
    # The full batch takes exactly the plain gradient step.
    w, b = -1.0, -1.0
    grad = np.array([np.mean(2 * (w * x + b - y) * x), np.mean(2 * (w * x + b - y))])
    np.testing.assert_allclose(paths[0].points[1], np.array([w, b]) - 0.1 * grad, rtol=1e-4)


def test_race_figure_holds_one_path_per_optimizer():
    xs, ys, zz = surface_grid(SURFACES["saddle"], 20)
    paths = [("a", np.zeros((3, 2))), ("b", np.ones((5, 2)))]
    fig = go.Figure(xfig.race_figure(xs, ys, zz, paths, (), {"start": "s", "minimum": "m"}))
    lines = [trace for trace in fig.data if getattr(trace, "mode", None) == "lines"]
    assert [len(trace.x) for trace in lines] == [3, 5]
    assert np.isfinite(np.array(fig.data[0].z)).all()  # the saddle's negative values are shifted


def test_the_spec_gives_the_race_its_racers_and_start():
    assert O.racers_of(TEXTBOOK) == (
        O.Racer("sgd", 0.1),
        O.Racer("momentum", 0.1, 0.9),
        O.Racer("adam", 0.1, 0.9),
    )
    assert O.start_of(TEXTBOOK) == SURFACES["bowl"].start
    paths = O.race_of(TEXTBOOK)
    assert [len(p.points) for p in paths] == [101] * 3
    sgd, momentum, adam = (p.losses[-1] for p in paths)
    assert momentum < sgd and adam < sgd  # the textbook's point: SGD crawls along the valley


def test_a_replayed_race_reaches_its_end_in_its_time_and_stops_there():
    assert O.reached_step(0, 0.0, 300, 4.0) == 0
    assert O.reached_step(0, 2.0, 300, 4.0) == 150
    assert O.reached_step(100, 0.01, 300, 4.0) == 101  # any time moves on by a step
    assert O.reached_step(0, 9.0, 300, 4.0) == 300
