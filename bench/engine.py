"""Engine vs plain `model.fit`, measured in one run on this machine.

    python bench/engine.py

Cases: (a) the seed's XOR run (2-2-1 sigmoid, SGD 0.1, MSE, batch 1, 5,000 epochs), (b) the
textbook's blood fat run (Dense(1), RMSprop, 25 rows, full batch, 5,000 epochs) and (c) the
textbook's temperature run (quartic features, no bias, SSE, Adam, 100,000 steps). For each: the
engine's first run from a cold kernel (tracing included), its warm throughput with and without
a redraw callback that does what the page does per frame, and plain `fit` timed over fewer
epochs. Then two sessions of one shape training at once (threads), against one alone.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from playground import charts
from playground.datasets import Points2D, grid, load_blood_fat
from playground.engine import TrainData, Trainer
from playground.lessons.temperature.data import MONTHS, TEMPERATURES, polynomial_features
from playground.lessons.temperature.figures import temperature_figure
from playground.lessons.temperature.model import model_spec as temperature_model
from playground.lessons.temperature.spec import TEXTBOOK as TEMPERATURE_TEXTBOOK
from playground.lessons.xor.data import XOR_TABLE_X, XOR_TABLE_Y
from playground.models import build_model, metric_for
from playground.specs import LayerSpec, ModelSpec

LABELS = {k: k for k in ("output", "train", "test", "loss", "accuracy", "epoch")}


def _trainer(spec, optimizer, lr, data, batch_size, jit="auto", seed=0) -> Trainer:
    return Trainer(
        (spec, optimizer, "bench"),
        lambda: build_model(spec, optimizer, lr),
        data,
        batch_size=batch_size,
        learning_rate=lr,
        seed=seed,
        metric=metric_for(spec),
        jit=jit,
    )


def _redraw(trainer: Trainer, points: Points2D):
    """What a live page does per frame: evaluate a 50x50 grid and rebuild its figures."""
    ticks, plane = grid((-0.5, 1.5), 50)

    def draw(snapshot) -> None:
        outputs = trainer.layer_outputs(plane)
        charts.boundary_figure(
            ticks,
            outputs[-1].reshape(50, 50),
            points,
            show_test=False,
            discretize=False,
            labels=LABELS,
        ).to_json()
        charts.curves_figure(snapshot.history, LABELS, has_metric=True).to_json()

    return draw


def _temperature_redraw(trainer: Trainer):
    """What the temperature page does per frame: the curve over 301 months and the loss."""
    months = np.linspace(0, 15, 301)
    features = polynomial_features(months, 4, scale=False)
    labels = {
        **LABELS,
        **{k: k for k in ("ghost", "model", "beyond", "data", "month", "temperature")},
    }

    def draw(snapshot) -> None:
        curve = trainer.predict(features)[:, 0]
        temperature_figure(
            MONTHS, TEMPERATURES, months, curve, curve, labels
        ).to_json()
        charts.curves_figure(snapshot.history, labels, has_metric=False).to_json()

    return draw


def _timed_run(trainer: Trainer, epochs: int, callback=None) -> float:
    trainer.reset()
    started = time.perf_counter()
    trainer.run(epochs, on_snapshot=callback)
    assert trainer.epoch == epochs, (trainer.epoch, trainer.status)
    return time.perf_counter() - started


def _fit_epochs_per_s(spec, optimizer, lr, data: TrainData, batch_size, epochs) -> float:
    model = build_model(spec, optimizer, lr)
    model.fit(data.x, data.y, batch_size=batch_size, epochs=2, verbose=0)  # tracing aside
    started = time.perf_counter()
    model.fit(data.x, data.y, batch_size=batch_size, epochs=epochs, verbose=0)
    return epochs / (time.perf_counter() - started)


def bench_case(name, spec, optimizer, lr, data, batch_size, epochs, fit_epochs, make_redraw) -> str:
    trainer = _trainer(spec, optimizer, lr, data, batch_size)
    xla = trainer.uses_xla
    cold = _timed_run(trainer, epochs)  # the first run traces the kernel
    warm = epochs / _timed_run(trainer, epochs)
    # Throughput over about 3 s each, so a handful of redraws more or less does not swing it.
    long_run = max(epochs, int(3 * warm))
    warm = long_run / _timed_run(trainer, long_run)
    redraw = make_redraw(trainer)
    redraw(trainer.snapshot())  # a page draws once before Train is pressed
    with_redraw = long_run / _timed_run(trainer, long_run, redraw)
    fit = _fit_epochs_per_s(spec, optimizer, lr, data, batch_size, fit_epochs)
    plain = _trainer(spec, optimizer, lr, data, batch_size, jit=False)
    plain_run = max(epochs, int(3 * epochs / _timed_run(plain, epochs)))
    without_xla = plain_run / _timed_run(plain, plain_run)
    print(f"[{name}] {epochs} epochs, first run incl. tracing: {cold:.3f} s (XLA: {xla})")
    print(f"[{name}] engine without XLA: {without_xla:,.0f} epochs/s")
    print(
        f"[{name}] engine warm: {warm:,.0f} epochs/s; with redraw callback: {with_redraw:,.0f} "
        f"epochs/s (callback costs {100 * (1 - with_redraw / warm):.1f} %)"
    )
    print(f"[{name}] plain model.fit over {fit_epochs} epochs: {fit:,.1f} epochs/s")
    print(
        f"[{name}] the whole {epochs:,}-epoch run: engine {epochs / warm:.2f} s warm, "
        f"plain fit about {epochs / fit:,.0f} s"
    )
    return (
        f"{name} engine_epochs_per_s={warm:.0f} fit_epochs_per_s={fit:.1f} ratio={warm / fit:.0f}"
    )


def _train_timed(trainers: list[Trainer], epochs: int) -> tuple[float, float]:
    """Wall time and cores used (process CPU time / wall time) for each trainer training
    `epochs` more epochs in its own thread, all at once."""
    threads = [threading.Thread(target=t.train_epochs, args=(epochs,)) for t in trainers]
    cpu, started = os.times(), time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall, end = time.perf_counter() - started, os.times()
    return wall, (end.user + end.system - cpu.user - cpu.system) / wall


def bench_parallel(name, spec, optimizer, data, batch_size, epochs, jit) -> str:
    """Two sessions of one shape at once vs one alone (each on warm kernels). Without XLA: an
    XLA shape keeps a single kernel (see playground.engine.runtime)."""
    pair = [_trainer(spec, optimizer, 0.01, data, batch_size, jit, seed) for seed in (1, 2)]
    _train_timed(pair, 2)  # builds and traces a kernel for each
    _train_timed(pair[:1], epochs)  # the slice size settles
    one, one_cores = _train_timed(pair[:1], epochs)
    two, two_cores = _train_timed(pair, epochs)
    print(
        f"[{name}] one session {epochs} epochs: {one:.2f} s ({one_cores:.2f} cores); "
        f"two at once: {two:.2f} s ({two_cores:.2f} cores); throughput x{2 * one / two:.2f}"
    )
    return f"{name} parallel_throughput={2 * one / two:.2f} cores_used={two_cores:.2f}"


def main() -> None:
    xor_spec = ModelSpec(
        input_shape=(2,), layers=(LayerSpec(units=2, activation="sigmoid"),), loss="mse"
    )
    xor_data = TrainData(XOR_TABLE_X, XOR_TABLE_Y)
    xor_points = Points2D(XOR_TABLE_X, XOR_TABLE_Y, XOR_TABLE_X, XOR_TABLE_Y)
    blood_x, blood_y = load_blood_fat()
    blood_spec = ModelSpec(input_shape=(2,), layers=(), output_activation="linear", loss="mse")
    temperature_x = polynomial_features(MONTHS, 4, scale=False)
    lines = [
        bench_case(
            "xor", xor_spec, "sgd", 0.1, xor_data, 1, 5000, 100, partial(_redraw, points=xor_points)
        ),
        bench_case(
            "blood_fat",
            blood_spec,
            "rmsprop",
            0.001,
            TrainData(blood_x, blood_y),
            25,
            5000,
            100,
            partial(_redraw, points=xor_points),  # the drawing work is what is measured
        ),
        bench_case(
            "temperature",
            temperature_model(TEMPERATURE_TEXTBOOK),
            "adam",
            0.001,
            TrainData(temperature_x, TEMPERATURES[:, None]),
            12,
            100_000,
            100,
            _temperature_redraw,
        ),
    ]
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 2)).astype(np.float32)
    moons = TrainData(x, (x[:, :1] * x[:, 1:] > 0).astype(np.float32))
    two_by_eight = ModelSpec(
        input_shape=(2,),
        layers=(LayerSpec(units=8, activation="tanh"), LayerSpec(units=8, activation="tanh")),
        loss="mse",
    )
    lines += [
        bench_parallel("two_sessions_no_xla", two_by_eight, "adam", moons, 10, 400, False),
    ]
    print()
    for line in lines:
        print(line)


if __name__ == "__main__":
    np.random.seed(0)
    main()
