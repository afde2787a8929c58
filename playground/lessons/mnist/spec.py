"""The MNIST page's settings: which images, which network (one of the books' models or a
custom build), how to train it; and the books' setups with the accuracy they report.

The "look inside" sliders and the drawing pad are plain widgets, not spec fields: they only
change what is shown of (or asked of) the trained model.
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.specs import ACTIVATIONS, ComparePair, choice, numbers, part, train_spec

DATASETS = ("mnist", "fashion")
BOOK_MODELS = ("dense10", "dense100_sigmoid", "dense100_relu", "dense128_dropout", "cnn")
MODELS = (*BOOK_MODELS, "custom")
FILTERS = (8, 16, 32, 64)  # per conv block of the custom builder
UNITS = (16, 32, 64, 128, 256, 512)  # per dense layer of the custom builder
DROPOUTS = (0.0, 0.1, 0.2, 0.3, 0.5)
MAX_CONV_BLOCKS, MAX_DENSE_LAYERS = 2, 3
# Bounds that protect a shared server: 8,000 (or 60,000) images per epoch.
MAX_EPOCHS = 30
BATCH_SIZES = (16, 32, 64, 128, 256)


@dataclass(frozen=True)
class DataSpec:
    name: str = choice("mnist", DATASETS)
    full: bool = False  # ask for the full 70,000 images (falls back to the shipped subset)


@dataclass(frozen=True)
class BuilderSpec:
    """The custom model: conv blocks (3x3 conv + 2x2 max pool), then dense layers."""

    conv_filters: tuple[int, ...] = numbers((), FILTERS[0], FILTERS[-1], MAX_CONV_BLOCKS, FILTERS)
    dense_units: tuple[int, ...] = numbers((128,), UNITS[0], UNITS[-1], MAX_DENSE_LAYERS, UNITS)
    activation: str = choice("relu", ACTIVATIONS)
    dropout: float = choice(0.0, DROPOUTS)  # after every dense layer


MnistTrainSpec = train_spec(
    "MnistTrainSpec",
    __name__,
    "The books' training setup (Adam 0.001, batch 32, 5 epochs), with tighter bounds.",
    optimizer="adam",
    learning_rate=0.001,
    batch_size=32,
    epochs=5,
    batch_sizes=BATCH_SIZES,
    max_epochs=MAX_EPOCHS,
)


@dataclass(frozen=True)
class MnistSpec:
    data: DataSpec = part(DataSpec)
    model: str = choice("dense128_dropout", MODELS)
    builder: BuilderSpec = part(BuilderSpec)  # used when model is "custom"
    train: MnistTrainSpec = part(MnistTrainSpec)


# The books' test accuracies on the full sets, for the (dataset, model) pairs they report.
BOOK_ACCURACY = {
    ("fashion", "dense10"): 0.85,
    ("mnist", "dense128_dropout"): 0.98,
}
PAGE_SPEC = MnistSpec
PRESETS = {
    f"{name}_{model}": MnistSpec(data=DataSpec(name=name), model=model)
    for name, model in BOOK_ACCURACY
}

# The books' comparisons on one dense net (Flatten, Dense(128), softmax) and the shipped subset
# (so a pair trains in seconds): sigmoid against ReLU, then the optimizers at one learning rate.
DENSE128 = {
    "data.full": False,
    "model": "custom",
    "builder.conv_filters": (),
    "builder.dense_units": (128,),
    "builder.dropout": 0.0,
}
COMPARE_PAIRS = (
    ComparePair("mnist.pair.activation", "builder.activation", ("sigmoid", "relu"), DENSE128),
    ComparePair(
        "mnist.pair.optimizer",
        "train.optimizer",
        ("sgd", "rmsprop", "adam"),
        {**DENSE128, "builder.activation": "relu", "train.learning_rate": 0.001},
    ),
)
