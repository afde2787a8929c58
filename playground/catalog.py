"""The pages of the app, grouped by section; app.py navigates over them, home links to them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageInfo:
    key: str  # i18n: page.<key> is the title, page.<key>.short the one-line summary
    path: str
    section: str  # i18n: nav.<section>
    icon: str


PAGES = (
    PageInfo("activations", "views/activations.py", "basics", "📈"),
    PageInfo("optimizers", "views/optimizers.py", "basics", "🏔️"),
    PageInfo("xor", "views/xor.py", "classification", "✳️"),
    PageInfo("iris", "views/iris.py", "classification", "🌸"),
    PageInfo("mnist", "views/mnist.py", "classification", "🔢"),
    PageInfo("blood_fat", "views/blood_fat.py", "regression", "🩸"),
    PageInfo("temperature", "views/temperature.py", "regression", "🌡️"),
)
SECTIONS = ("basics", "classification", "regression")
