"""The optimizers page's settings: the race (surface, start point, steps, racers and their
knobs) and the batch-vs-SGD section.

Each surface keeps its own start point and each optimizer its own learning rate (and momentum,
or Adam's β₁), bounded and defaulted per surface and per optimizer. Their small spec classes
are made from the SURFACES and DEFAULT_RATES tables, so the paths read `start.rosenbrock.x`,
`tuning.sgd.learning_rate`, `tuning.adam.momentum`."""

from __future__ import annotations

from dataclasses import dataclass, make_dataclass
from typing import Any

from playground.lessons.optimizers.surfaces import SURFACES, Surface
from playground.specs import LEARNING_RATES, choice, from_dict, number, part, subset

RACE_OPTIMIZERS = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
WITH_MOMENTUM = ("momentum", "nesterov", "adam")  # their second knob: momentum, or Adam's β₁
MOMENTA = (0.5, 0.8, 0.9, 0.95, 0.99)
DEFAULT_RATES = {
    "sgd": 0.001,
    "momentum": 0.001,
    "nesterov": 0.001,
    "adagrad": 0.3,
    "rmsprop": 0.01,
    "adam": 0.03,
}
STEP_COUNTS = (50, 100, 200, 300, 500, 1000)
REPLAY_SECONDS = (4, 10, 30, 60)  # how long the page takes to replay a whole race
BATCH_RATES = (0.003, 0.01, 0.03, 0.1, 0.3)


def _frozen(name: str, fields: list[tuple[str, type, Any]]) -> type:
    cls = make_dataclass(name, fields, frozen=True)
    cls.__module__ = __name__
    return cls


def _start_spec(surface: Surface) -> type:
    """A start point within the part of `surface` that the page draws."""
    (x_lo, x_hi), (y_lo, y_hi) = surface.x_range, surface.y_range
    x, y = surface.start
    return _frozen(
        f"{surface.name.title()}Start",
        [
            ("x", float, number(x, float(x_lo), float(x_hi))),
            ("y", float, number(y, float(y_lo), float(y_hi))),
        ],
    )


def _tuning_spec(optimizer: str) -> type:
    fields = [("learning_rate", float, choice(DEFAULT_RATES[optimizer], LEARNING_RATES))]
    if optimizer in WITH_MOMENTUM:
        fields.append(("momentum", float, choice(0.9, MOMENTA)))
    return _frozen(f"{optimizer.title()}Tuning", fields)


def _parts(name: str, classes: dict[str, type]) -> type:
    return _frozen(name, [(key, cls, part(cls)) for key, cls in classes.items()])


StartSpec = _parts("StartSpec", {name: _start_spec(s) for name, s in SURFACES.items()})
TuningSpec = _parts("TuningSpec", {name: _tuning_spec(name) for name in RACE_OPTIMIZERS})


@dataclass(frozen=True)
class BatchSpec:
    """Batch vs mini-batch vs stochastic descent on blood fat."""

    epochs: int = number(10, 1, 30)
    learning_rate: float = choice(0.03, BATCH_RATES)


@dataclass(frozen=True)
class OptimizersSpec:
    surface: str = choice("rosenbrock", tuple(SURFACES))
    start: StartSpec = part(StartSpec)  # one start point per surface
    steps: int = choice(300, STEP_COUNTS)
    replay_seconds: int = choice(4, REPLAY_SECONDS)  # slow motion, e.g. to talk over it
    racers: tuple[str, ...] = subset(("sgd", "momentum", "adam"), RACE_OPTIMIZERS)
    tuning: TuningSpec = part(TuningSpec)  # one learning rate (and momentum) per optimizer
    batch: BatchSpec = part(BatchSpec)


# The textbook's comparison, one learning rate for all on the elongated bowl: plain SGD is held
# back by the steep direction and crawls along the shallow valley; momentum builds up speed
# along it and Adam scales each direction, so both reach the minimum well within 100 steps.
TEXTBOOK = from_dict(
    OptimizersSpec,
    {
        "surface": "bowl",
        "steps": 100,
        "racers": ["sgd", "momentum", "adam"],
        "tuning": {
            "sgd": {"learning_rate": 0.1},
            "momentum": {"learning_rate": 0.1, "momentum": 0.9},
            "adam": {"learning_rate": 0.1, "momentum": 0.9},
        },
    },
)
PAGE_SPEC = OptimizersSpec
PRESETS = {"textbook": TEXTBOOK}
