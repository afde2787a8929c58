"""One folder per lesson, named by its page key: the lesson's spec, data, model, figures and
strings. The key is also the page's URL path, its page file and its string prefix."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from playground.specs import ComparePair

if TYPE_CHECKING:  # the engine imports TensorFlow
    from playground.engine import Trainer

LESSON_KEYS = ("activations", "optimizers", "xor", "iris", "mnist", "blood_fat", "temperature")


def lesson_strings(key: str) -> dict[str, tuple[str, str]]:
    return importlib.import_module(f"playground.lessons.{key}.strings").TEXTS


def lesson_spec(key: str) -> tuple[type, dict]:
    """A lesson's page spec class and its named presets."""
    module = importlib.import_module(f"playground.lessons.{key}.spec")
    return module.PAGE_SPEC, module.PRESETS


def compare_pairs(key: str) -> tuple[ComparePair, ...]:
    """A lesson's one-click comparisons (`COMPARE_PAIRS` in its spec.py), if it has any."""
    return getattr(importlib.import_module(f"playground.lessons.{key}.spec"), "COMPARE_PAIRS", ())


def spec_trainer(key: str) -> Callable[[Any], Trainer]:
    """How a lesson with compare pairs makes a trainer from a spec alone (in its model.py)."""
    return importlib.import_module(f"playground.lessons.{key}.model").spec_trainer
