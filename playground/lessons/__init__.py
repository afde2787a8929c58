"""One folder per lesson, named by its page key: the lesson's spec, data, model, figures and
strings. The key is also the page's URL path, its page file and its string prefix."""

from __future__ import annotations

import importlib

LESSON_KEYS = ("activations", "optimizers", "xor", "iris", "mnist", "blood_fat", "temperature")


def lesson_strings(key: str) -> dict[str, tuple[str, str]]:
    return importlib.import_module(f"playground.lessons.{key}.strings").TEXTS


def lesson_spec(key: str) -> tuple[type, dict]:
    """A lesson's page spec class and its named presets."""
    module = importlib.import_module(f"playground.lessons.{key}.spec")
    return module.PAGE_SPEC, module.PRESETS
