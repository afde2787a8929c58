"""A real `streamlit run app.py` server and a headless Debian Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str | None:
    return (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


def pytest_collection_modifyitems(config, items):
    # The browser tests run one after another on one xdist worker (one server, one Chromium,
    # as a student would) while the other worker runs the unit and AppTest tests beside them.
    # The controls module goes last: it clicks during training, and it runs when the other
    # worker is about done, on the machine CI had before the tests ran in parallel.
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(pytest.mark.xdist_group("browser"))
    items.sort(key=lambda item: item.module.__name__.endswith("test_controls_browser"))
    if _chromium():
        return
    if os.environ.get("CI") == "true":
        raise pytest.UsageError("CI=true but no Chromium found: browser tests must run in CI")
    skip = pytest.mark.skip(reason="Chromium not installed (apt-get install chromium)")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def streamlit_server() -> Iterator[tuple[str, subprocess.Popen]]:
    """A fresh `streamlit run app.py` on a free port: (its URL, its process)."""
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url)
        yield url, server
    finally:
        server.terminate()
        server.wait(timeout=20)


def _wait_healthy(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("streamlit did not become healthy within 60 s")


@pytest.fixture(scope="session")
def app_url():
    with streamlit_server() as (url, _):
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


def wait_until_idle(page) -> None:
    """Wait for the app to render and for its script run to finish."""
    page.wait_for_selector('[data-testid="stApp"]')
    page.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]')"
        "?.getAttribute('data-test-script-state') === 'notRunning'",
        timeout=90_000,
    )


def set_epochs(page, epochs: int) -> None:
    """Type the sidebar's epoch target and wait for the page to take it."""
    field = page.get_by_label("Epochs")
    field.fill(str(epochs))
    field.press("Enter")
    wait_until_idle(page)


def set_pace(page, label: str) -> None:
    """Choose the control bar's pace (e.g. "100 epochs/s"), so a run lasts long enough to
    watch and pause: at full speed the engine finishes 100,000 small epochs in about a second."""
    page.get_by_role("combobox", name="Pace").click()
    page.get_by_role("option", name=label).click()
    wait_until_idle(page)


def upload_csv(page, name: str, text: str) -> None:
    """Give the sidebar's file uploader a CSV file, as a user picking it would."""
    page.get_by_test_id("stSidebar").locator('input[type="file"]').set_input_files(
        {"name": name, "mimeType": "text/csv", "buffer": text.encode()}
    )
    wait_until_idle(page)


def close_dialogs(page) -> None:
    """A deep link may open Streamlit's "page not found" notice over the app: close it."""
    dialog = page.get_by_role("dialog")
    try:
        dialog.wait_for(state="visible", timeout=3000)
    except Exception:
        return
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")


def choose_csv_source(page) -> None:
    """Switch the page's data source to the user's CSV file."""
    page.get_by_test_id("stSidebar").get_by_label("Data source").click()
    page.get_by_role("option", name="My data: a CSV file").click()
    wait_until_idle(page)
