"""The pages of the app, grouped by section; app.py navigates over them, home links to them.

A page's key names everything of its lesson: its file `pages/<section>/<key>.py`, its URL
path, its folder `playground/lessons/<key>/`, its string prefix `<key>.` and its tests."""

from __future__ import annotations

from dataclasses import dataclass

HOME_PATH = "pages/overview/home.py"


@dataclass(frozen=True)
class PageInfo:
    key: str  # i18n: page.<key> is the title, page.<key>.short the one-line summary
    section: str  # i18n: nav.<section>
    icon: str

    @property
    def path(self) -> str:
        return f"pages/{self.section}/{self.key}.py"


PAGES = (
    PageInfo("activations", "basics", "📈"),
    PageInfo("optimizers", "basics", "🏔️"),
    PageInfo("xor", "classification", "✳️"),
    PageInfo("iris", "classification", "🌸"),
    PageInfo("mnist", "classification", "🔢"),
    PageInfo("blood_fat", "regression", "🩸"),
    PageInfo("temperature", "regression", "🌡️"),
)
SECTIONS = ("basics", "classification", "regression")
