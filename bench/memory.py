"""Resident memory while one process trains many varied small models through the engine.

    python bench/memory.py

Prints RSS after 1, 50, 100 and 200 trainings. The models vary in width, activation and
optimizer (more distinct architectures than the kernel cache holds, so kernels are evicted and
rebuilt), as a classroom of users would make them.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
import psutil

from playground.engine import KERNELS, TrainData, Trainer
from playground.models import build_model, metric_for
from playground.specs import LayerSpec, ModelSpec

ACTIVATIONS = ("sigmoid", "tanh", "relu")
OPTIMIZERS = ("sgd", "adam", "rmsprop")


def training(i: int, data: TrainData) -> None:
    spec = ModelSpec(
        input_shape=(2,),
        layers=(LayerSpec(units=1 + (7 * i) % 24, activation=ACTIVATIONS[i % 3]),),
        loss="mse",
    )
    optimizer = OPTIMIZERS[(i // 3) % 3]
    trainer = Trainer(
        (spec, optimizer),
        lambda: build_model(spec, optimizer, 0.05),
        data,
        batch_size=10,
        learning_rate=0.05,
        seed=i,
        metric=metric_for(spec),
    )
    trainer.train_epochs(20)


def main() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(200, 2)).astype(np.float32)
    data = TrainData(x, (x[:, :1] * x[:, 1:] > 0).astype(np.float32))
    process = psutil.Process()
    rss = {}
    for i in range(1, 201):
        training(i, data)
        if i in (1, 50, 100, 200):
            gc.collect()
            rss[i] = process.memory_info().rss / 2**20
            print(f"after {i:3d} trainings: RSS {rss[i]:7.1f} MB (kernels cached: {len(KERNELS)})")
    print(f"growth from training 1 to 200: {rss[200] - rss[1]:.1f} MB")
    print(f"growth from training 50 to 200 (kernel cache full): {rss[200] - rss[50]:.1f} MB")


if __name__ == "__main__":
    main()
