"""The Iris page's settings, and the textbook's setup.

The page's axis pickers and the "try a flower" measurements are plain widgets, not spec
fields: they only change what is shown of (or asked of) the model, never what it learns.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.specs import ACTIVATIONS, choice, numbers, part, subset, train_spec

FEATURES = ("sepal_length", "sepal_width", "petal_length", "petal_width")
CLASSES = ("setosa", "versicolor", "virginica")
DROPOUTS = (0.0, 0.1, 0.2, 0.3, 0.5)
MAX_LAYERS, MAX_UNITS = 4, 64


@dataclass(frozen=True)
class DataSpec:
    features: tuple[str, ...] = subset(FEATURES, FEATURES)
    standardize: bool = False  # with the training set's mean and spread


IrisTrainSpec = train_spec(
    "IrisTrainSpec",
    __name__,
    "The book's training setup (Adam 0.001, batch 32, 100 epochs); TrainSpec's bounds.",
    optimizer="adam",
    learning_rate=0.001,
    batch_size=32,
    epochs=100,
)


@dataclass(frozen=True)
class IrisSpec:
    data: DataSpec = part(DataSpec)
    hidden: tuple[int, ...] = numbers((32, 32, 32), 1, MAX_UNITS, MAX_LAYERS)  # units per layer
    activation: str = choice("relu", ACTIVATIONS)
    dropout: float = choice(0.0, DROPOUTS)  # after every hidden layer
    train: IrisTrainSpec = part(IrisTrainSpec)


TEXTBOOK = IrisSpec()  # 4-32-32-32-3 ReLU, Adam, 100 epochs: test accuracy about 0.97
PAGE_SPEC = IrisSpec
PRESETS = {"textbook": TEXTBOOK}
