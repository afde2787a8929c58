"""The XOR & 2D classification page's settings, and the textbook's setup."""

from __future__ import annotations

from dataclasses import dataclass

from playground.specs import (
    ACTIVATIONS,
    MAX_SEED,
    REGULARIZERS,
    ComparePair,
    TrainSpec,
    choice,
    number,
    numbers,
    part,
    subset,
)

DATASETS = ("xor_table", "xor", "circle", "gaussians", "spiral", "moons")
SOURCES = ("builtin", "csv", "points")  # a built-in set, an uploaded CSV, or clicked points
FEATURES = ("x1", "x2", "x1_sq", "x2_sq", "x1_x2", "sin_x1", "sin_x2")
SAMPLE_SIZES = (50, 100, 200, 300, 500, 1000)
LOSSES = ("mse", "binary_crossentropy")
REGULARIZATION_RATES = (0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
MAX_LAYERS, MAX_NEURONS = 6, 64


@dataclass(frozen=True)
class DataSpec:
    name: str = choice("xor_table", DATASETS)
    n_samples: int = choice(200, SAMPLE_SIZES)
    noise: float = number(0.0, 0.0, 0.5)
    train_share: float = number(0.5, 0.1, 0.9)
    seed: int = number(0, 0, MAX_SEED)  # "new sample" draws another set
    features: tuple[str, ...] = subset(("x1", "x2"), FEATURES)
    source: str = choice("builtin", SOURCES)  # own data (csv, points) lives in the session


@dataclass(frozen=True)
class XorSpec:
    data: DataSpec = part(DataSpec)
    neurons: tuple[int, ...] = numbers((2,), 1, MAX_NEURONS, MAX_LAYERS)  # per hidden layer
    activation: str = choice("sigmoid", ACTIVATIONS)
    loss: str = choice("mse", LOSSES)
    regularizer: str = choice("none", REGULARIZERS)
    regularization_rate: float = choice(0.001, REGULARIZATION_RATES)
    train: TrainSpec = part(TrainSpec)  # SGD 0.1, batch 1, 5,000 epochs


# The textbook's XOR experiment: 2-2-1 sigmoid, SGD 0.1, MSE, 5,000 epochs of batch 1.
TEXTBOOK = XorSpec()
TEXTBOOK_OUTPUTS = (0.07, 0.92, 0.92, 0.06)  # model.predict on (0,0), (0,1), (1,0), (1,1)
PAGE_SPEC = XorSpec
PRESETS = {"textbook": TEXTBOOK}

# On the page's data and network, at most the textbook's 5,000 epochs (a pair on a big set
# still trains in seconds); only on a built-in set (clicked points and files live in the session).
PAIR_OPTIONS = {
    "max_epochs": 5000,
    "requires": {"data.source": "builtin"},
    "needs": "xor.pair.needs",
}
COMPARE_PAIRS = (
    ComparePair("xor.pair.activation", "activation", ("sigmoid", "relu"), **PAIR_OPTIONS),
    ComparePair("xor.pair.optimizer", "train.optimizer", ("sgd", "adam"), **PAIR_OPTIONS),
)
