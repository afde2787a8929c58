"""Screenshots of every page in both languages into docs/screenshots/ (and the README's).

    python scripts/screenshots.py

Starts `streamlit run app.py` on a free port, opens each page in headless Chromium at 1280 px,
presses ▶ on training pages and waits a few seconds so the charts show a trained model, and
stops the server by its PID at the end.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from playground.catalog import PAGES  # noqa: E402
from tests.e2e.conftest import CHROMIUM_ARGS, streamlit_server, wait_until_idle  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
TRAINING_PAGES = {"xor", "iris", "mnist", "blood_fat", "temperature"}
TRAIN_SECONDS = 6


def _shoot(page, url: str, key: str, lang: str) -> Path:
    page.goto(f"{url}/{key}?lang={lang}")
    wait_until_idle(page)
    if key in TRAINING_PAGES:
        page.locator("button", has_text="▶").first.click()
        time.sleep(TRAIN_SECONDS)
        pause = page.locator("button", has_text="⏸")
        if pause.count():
            pause.first.click()
        wait_until_idle(page)
    time.sleep(1.5)  # charts finish drawing
    path = OUT / f"{key}_{lang}.png"
    page.screenshot(path=str(path), full_page=False)
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    with streamlit_server() as (url, _), sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.set_default_timeout(90_000)
        for info in PAGES:
            for lang in ("en", "ko"):
                print(_shoot(page, url, info.key, lang).relative_to(ROOT))
        shutil.copyfile(OUT / "xor_en.png", ROOT / "docs" / "screenshot.png")
        browser.close()


if __name__ == "__main__":
    main()
