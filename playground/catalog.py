"""The pages of the app, grouped by section; app.py navigates over them, home links to them.

A page's key names everything of its lesson: its file `app_pages/<section>/<key>.py`, its URL
path, its folder `playground/lessons/<key>/`, its string prefix `<key>.` and its tests.

Why not `pages/`: Streamlit 1.67 decides on its legacy page router by whether a `pages` folder
exists at all beside the main script (`PagesManager.uses_pages_directory`), so the first run of
every deep link (`/xor`) went through the legacy router and showed "Page not found"."""

from __future__ import annotations

from dataclasses import dataclass

HOME_PATH = "app_pages/overview/home.py"


@dataclass(frozen=True)
class PageInfo:
    key: str  # i18n: page.<key> is the title, page.<key>.short the one-line summary
    section: str  # i18n: nav.<section>
    icon: str

    @property
    def path(self) -> str:
        return f"app_pages/{self.section}/{self.key}.py"


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
