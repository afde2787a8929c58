"""The blood-fat page's settings, and the textbook's setup.

Not in the spec, as they only change a view of the same run (plain in-page widgets): the
person to predict for (`blood_fat.query_weight`, `blood_fat.query_age`) and the loss
landscape's bias mode (`blood_fat.bias_mode`).
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.specs import ACTIVATIONS, choice, number, part, train_spec

MAX_LAYERS, MAX_NEURONS = 3, 32
QUERY = (100.0, 44.0)  # the textbook's question: 100 kg, 44 years
SOURCES = ("textbook", "csv")  # the textbook's table, or the user's CSV (in the session)


BloodFatTrainSpec = train_spec(
    "BloodFatTrainSpec",
    __name__,
    "The textbook's training: RMSprop at Keras' default rate, all 25 rows per batch.",
    optimizer="rmsprop",
    learning_rate=0.001,
    batch_size=0,
)


@dataclass(frozen=True)
class BloodFatSpec:
    source: str = choice("textbook", SOURCES)
    standardize: bool = (
        False  # inputs and target to mean 0, standard deviation 1 (own data: always)
    )
    hidden_layers: int = number(0, 0, MAX_LAYERS)  # 0: Dense(1), a plane
    neurons: int = number(8, 1, MAX_NEURONS)  # per hidden layer
    activation: str = choice("relu", ACTIVATIONS)
    train: BloodFatTrainSpec = part(BloodFatTrainSpec)  # 5,000 epochs


# The textbook: raw kg and years into Dense(1), RMSprop (Keras' default rate), 5,000 epochs.
TEXTBOOK = BloodFatSpec()
PAGE_SPEC = BloodFatSpec
PRESETS = {"textbook": TEXTBOOK}
