"""The temperature page's settings, and the textbook's setup.

Not in the spec, as it only changes a view of the same run (a plain in-page widget): the
month to predict (`temperature.month`).
"""

from __future__ import annotations

from dataclasses import dataclass

from playground.specs import choice, number, part, train_spec

MAX_DEGREE = 6
SOURCES = ("textbook", "csv")  # the textbook's months, or the user's CSV (in the session)


TemperatureTrainSpec = train_spec(
    "TemperatureTrainSpec",
    __name__,
    "The textbook's training: Adam at its default rate, all twelve months per step.",
    optimizer="adam",
    learning_rate=0.001,
    batch_size=0,
    epochs=100_000,
)


@dataclass(frozen=True)
class TemperatureSpec:
    source: str = choice("textbook", SOURCES)
    degree: int = number(4, 1, MAX_DEGREE)  # features month**0 .. month**degree
    scale_features: bool = False  # the model sees (month / 12)**k instead (own data: standardised)
    train: TemperatureTrainSpec = part(TemperatureTrainSpec)


# The textbook: features month**k (k = 0..4), no bias, sum of squared errors, Adam, 100,000 steps.
TEXTBOOK = TemperatureSpec()
PAGE_SPEC = TemperatureSpec
PRESETS = {"textbook": TEXTBOOK}
