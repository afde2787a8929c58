"""Seconds per epoch on the shipped MNIST subset for each preset (engine vs plain fit), the
test accuracy reached, and the Iris textbook run.

    python bench/mnist.py

Each MNIST preset trains 5 epochs through the engine (Adam 0.001, batch 32): the first epoch
includes tracing, the other four give the warm seconds per epoch. Plain `model.fit` is timed on
one epoch after a warm-up epoch. Iris: the textbook's 4-32-32-32-3 network, 100 epochs.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playground.lessons.iris import model as iris  # noqa: E402
from playground.lessons.iris.data import load_iris_split  # noqa: E402
from playground.lessons.iris.spec import TEXTBOOK as IRIS_TEXTBOOK  # noqa: E402
from playground.lessons.mnist import model as mnist  # noqa: E402
from playground.lessons.mnist.data import ImageData, load_images  # noqa: E402
from playground.lessons.mnist.spec import BOOK_MODELS, MnistSpec, MnistTrainSpec  # noqa: E402
from playground.models import build_model  # noqa: E402

EPOCHS = 5
TRAIN = MnistTrainSpec("adam", 0.001, batch_size=32, epochs=EPOCHS)


def bench_preset(name: str, data: ImageData) -> str:
    spec = MnistSpec(model=name, train=TRAIN)
    trainer = mnist.new_trainer(spec, data)
    started = time.perf_counter()
    trainer.train_epochs(1)
    first = time.perf_counter() - started
    started = time.perf_counter()
    trainer.train_epochs(EPOCHS - 1)
    engine = (time.perf_counter() - started) / (EPOCHS - 1)
    accuracy = float(trainer.history.val_metric[-1])

    model = build_model(mnist.model_spec(spec), "adam", 0.001)
    model.fit(data.x_train, data.y_train, batch_size=32, epochs=1, verbose=0)
    started = time.perf_counter()
    model.fit(data.x_train, data.y_train, batch_size=32, epochs=1, verbose=0)
    fit = time.perf_counter() - started
    print(
        f"[{name}] first epoch incl. tracing {first:.2f} s; warm {engine:.3f} s/epoch; "
        f"plain fit {fit:.3f} s/epoch; test accuracy after {EPOCHS} epochs {accuracy:.4f}"
    )
    return (
        f"mnist_{name} engine_s_per_epoch={engine:.3f} fit_s_per_epoch={fit:.3f} "
        f"ratio={fit / engine:.1f} test_accuracy={accuracy:.4f}"
    )


def bench_iris() -> str:
    trainer = iris.new_trainer(IRIS_TEXTBOOK, load_iris_split())
    started = time.perf_counter()
    trainer.train_epochs(100)
    cold = time.perf_counter() - started
    trainer.reset()
    started = time.perf_counter()
    trainer.train_epochs(100)
    warm = time.perf_counter() - started
    accuracy = float(trainer.history.val_metric[-1])
    print(
        f"[iris] 100 epochs: {cold:.2f} s incl. tracing, {warm:.3f} s warm; "
        f"test accuracy {accuracy:.4f}"
    )
    return (
        f"iris_100_epochs engine_s={warm:.3f} engine_s_cold={cold:.2f} test_accuracy={accuracy:.4f}"
    )


def main() -> None:
    data = load_images("mnist")
    lines = [bench_preset(name, data) for name in BOOK_MODELS]
    lines.append(bench_iris())
    print()
    for line in lines:
        print(line)


if __name__ == "__main__":
    main()
