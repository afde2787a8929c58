"""A real `streamlit run app.py` server and a headless Debian Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
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


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook, which reads the group marks
def pytest_collection_modifyitems(config, items):
    # The browser tests run one after another on one xdist worker (one server, one Chromium,
    # as a student would) while the other worker runs the unit and AppTest tests beside them.
    # The controls module goes last: it clicks during training, and it runs when the other
    # worker is about done, on the machine CI had before the tests ran in parallel.
    # Two browser groups on the two workers at once (tried, session 17: the controls module
    # beside the rest) took ~3.7x as long per test: two Chromiums drawing in software and two
    # servers need more than the machine's two cores.
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


def pytest_collection_finish(session):
    # pytest 9.2 keeps node ids where xdist's loadgroup cannot add a group to them: the browser
    # tests then ran on both workers at once, each with its own server and Chromium (CI took
    # 27 minutes instead of 21). Fail loudly rather than run them so.
    if not getattr(session.config.option, "loadgroup", False):
        return
    lost = [i.nodeid for i in session.items if "e2e" in i.keywords and "@" not in i.nodeid]
    if lost:
        raise pytest.UsageError(f"xdist did not group the browser tests (e.g. {lost[0]})")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# The server runs with Python's fault handler on SIGUSR1, so a failing browser test can show
# what every server thread was doing (see `pytest_runtest_makereport`).
SERVER_MAIN = (
    "import faulthandler, signal, sys; faulthandler.register(signal.SIGUSR1, all_threads=True);"
    " from streamlit.web.cli import main; sys.argv[0] = 'streamlit'; main()"
)
_SERVERS: list[tuple[subprocess.Popen, Path]] = []  # the running ones, with their stderr logs


@contextmanager
def streamlit_server(
    environment: dict[str, str] | None = None,
) -> Iterator[tuple[str, subprocess.Popen]]:
    """A fresh `streamlit run app.py` on a free port: (its URL, its process); `environment`
    adds to the tests' own."""
    port = _free_port()
    arguments = ["run", "app.py", "--server.headless", "true", "--server.address", "127.0.0.1"]
    descriptor, name = tempfile.mkstemp(prefix="streamlit-", suffix=".log")
    log = Path(name)
    with open(descriptor, "wb") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-c", SERVER_MAIN, *arguments, "--server.port", str(port)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env={**os.environ, **(environment or {})},
        )
    _SERVERS.append((server, log))
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url)
        yield url, server
    finally:
        _SERVERS.remove((server, log))
        server.terminate()
        server.wait(timeout=20)
        log.unlink(missing_ok=True)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failing browser test's report shows what every thread of every running server was
    doing and what the page said (a wait that timed out under CI's load said nothing). Both
    are kept short, the threads first: CI shows only part of a long report."""
    report = (yield).get_result()
    if report.when != "call" or not report.failed or "e2e" not in item.keywords:
        return
    for server, log in list(_SERVERS):
        before = log.read_text(errors="replace")
        server.send_signal(signal.SIGUSR1)
        time.sleep(1)
        dump = log.read_text(errors="replace")[len(before) :]
        report.sections.append((f"server {server.pid}", _server_report(before, dump)))
    for name in ("page", "tour"):
        page = item.funcargs.get(name)
        try:
            if page is not None:
                text = page.locator('[data-testid="stMain"]').inner_text(timeout=5000)
                report.sections.append(("page text", " | ".join(text.split("\n"))[:1500]))
        except Exception as error:  # a closed page must not hide the test's own failure
            report.sections.append(("page text", f"(unreadable: {error})"))


def _server_report(log: str, dump: str) -> str:
    """The server log's last lines, then its thread dump cut down to the threads in the
    app's own code, each with its newest frame and the app's frames."""
    noise = ("Thread 0x", "Current thread 0x", "  File ", "oneDNN", "absl::")  # old dumps, TF
    head = [line for line in log.splitlines() if line.strip()]
    head = [line for line in head if not any(word in line for word in noise)][-12:]
    threads = [thread for thread in dump.split("\n\n") if thread.strip()]
    kept = []
    for thread in threads:
        lines = thread.strip().splitlines()
        own = [line for line in lines[1:] if str(ROOT) in line and "/.venv/" not in line]
        if own:
            newest = [] if lines[1] == own[0] else [lines[1]]
            kept.append("\n".join([lines[0], *newest, *own]))
    hidden = len(threads) - len(kept)
    return "\n".join([*head, *kept, f"({hidden} threads outside the app's code not shown)"])


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
