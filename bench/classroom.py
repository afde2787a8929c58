"""Classroom load: can this server hold my class?

    python bench/classroom.py --pages xor,blood_fat --students 1,10,30,50 --window 20
    python bench/classroom.py --url http://127.0.0.1:8501 --pid 1234   # a running server
    python bench/classroom.py --pages xor --students 1 --check-browser  # emulation vs Chromium

Emulates N students without browsers: each speaks the frontend's websocket protocol (binary
BackMsg up, ForwardMsg down), opens a page, sets Epochs to 100,000, presses ▶ and keeps the
session going as a browser would (fragment timers, the message cache) for a measurement window.
Prints one line per scenario: the students' epochs/s read from the page's status text, time to
first paint, the longest freeze of the counter, errors, and the server's cores and memory.
Before a page's scenarios the teacher tries it once, as before a class: opens it and trains
1,000 epochs (`teacher ... open_s rss_before_mb rss_after_mb`). On a fresh server that first
visit loads TensorFlow and compiles the shape, seconds and ~150 MB that no student then pays
(and starts the training worker where there is one); the class comes once the server is idle.
Without --url it starts `streamlit run app.py` itself and stops it at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import psutil
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

ROOT = Path(__file__).resolve().parents[1]
COUNTER = re.compile(r"Epoch ([\d,]+)")
# The frontend sends ["streamlit", <XSRF cookie or this placeholder>, <last session id>?].
SUBPROTOCOLS = ["streamlit", "PLACEHOLDER_AUTH_TOKEN"]
QUERY = "lang=en"
LONG_FREEZE_SECONDS = 1.5  # a view standing still longer counts as a long freeze (issue 10)
SETTLE_SECONDS = 5.0  # after everyone left, before measuring memory (`--settle`)
TEACHER_EPOCHS = 1_000  # the teacher's try-out before the class
QUIET_CORES = 0.05  # after the try-out the class comes once the server is this idle...
QUIET_WAIT_SECONDS = 60.0  # ...or after this long
SAMPLE_SECONDS = 0.25  # the server's memory and CPU are read this often
LAG_TICK_SECONDS = 0.05  # the benchmark's own event loop is checked for lateness this often
MIN_CORES_SECONDS = 3.0  # server_cores: at least this long while the whole class trains
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
Status = ForwardMsg.ScriptFinishedStatus


@dataclass
class Progress:
    """A student's epoch counter as seen on the page: (time, epoch) at every change."""

    samples: list[tuple[float, int]] = field(default_factory=list)

    def see(self, epoch: int) -> None:
        if not self.samples or self.samples[-1][1] != epoch:
            self.samples.append((time.monotonic(), epoch))

    def at(self, t: float) -> int:
        return max((e for s, e in self.samples if s <= t), default=0)

    def reached(self, target: int) -> float | None:
        """When the counter first showed `target` (None: not yet)."""
        return next((s for s, e in self.samples if e >= target), None)

    def eps(self, start: float, end: float, target: int) -> float:
        """Epochs per second over [start, end]; a student who reached `target` within it is
        measured until the moment they got there, one who reached it before the window over
        their whole run (from the counter's first move)."""
        done = [s for s, e in self.samples if e >= target and s <= end]
        if done and done[0] <= start:
            start = next(s for s, e in self.samples if e > 0)
        end = done[0] if done else end
        return (self.at(end) - self.at(start)) / max(end - start, 1e-9)

    def gap_spans(self, start: float, end: float, target: int) -> list[tuple[float, float]]:
        """(from, to) of every gap between two counter changes while training in [start, end]."""
        if self.at(start) >= target:
            return []  # done before the window: nothing left to freeze
        times = [s for s, _ in self.samples if s <= start][-1:]
        times += [s for s, _ in self.samples if start < s <= end]
        if self.at(end) < target:
            times.append(end)  # still training: the gap up to now counts too
        return list(itertools.pairwise(times)) or [(start, end)]

    def gaps(self, start: float, end: float, target: int) -> list[float]:
        """The gaps between two counter changes while training in [start, end]."""
        return [b - a for a, b in self.gap_spans(start, end, target)]

    def first_move(self, after: float) -> float | None:
        """When the counter first changed after `after` (None: not yet)."""
        return next((s for s, _ in self.samples if s > after), None)

    def longest_still(self, start: float, end: float) -> float:
        """The longest the counter stood still in [start, end], its ends included."""
        times = [start, *(s for s, _ in self.samples if start < s <= end), end]
        return max(b - a for a, b in itertools.pairwise(times))

    def max_freeze(self, start: float, end: float, target: int) -> float:
        """The longest gap between two counter changes while training in [start, end]."""
        return max(self.gaps(start, end, target), default=0.0)


@dataclass
class Cached:
    raw: bytes
    run_count: int
    fragment_id: str


class Student:
    """One emulated browser tab on one page, following Streamlit's frontend (App.tsx,
    WidgetStateManager, ForwardMessageCache) closely enough for the server to see no
    difference in the messages that matter for load."""

    def __init__(self, base_url: str, page: str) -> None:
        parts = urlsplit(base_url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        self.ws_url = f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}/_stcore/stream"
        self.page_url = f"{base_url.rstrip('/')}/{page}?{QUERY}"
        self.page = page
        self.ws: ClientConnection | None = None
        self.reader: asyncio.Task | None = None
        self.page_script_hash = ""
        # The values this student set. A browser also resends every other widget's current
        # value; the server keeps those from the previous run (SessionState), so the runs
        # are the same.
        self.states: dict[str, WidgetState] = {}
        self.widgets: dict[str, tuple[str, str]] = {}  # id -> (element type, label)
        self.timers: dict[str, tuple[float, asyncio.Task]] = {}  # fragment id -> timer
        self.cache: dict[str, Cached] = {}
        self.run_count = 0
        self.max_cached_age = 2
        self.received_new_session = False
        self.run_started = False
        self.idle = asyncio.Event()
        self.counter_path: list[int] | None = None
        self.progress = Progress()
        self.opened_at = 0.0
        self.first_paint: float | None = None  # seconds to the first drawn element
        self.page_ready: float | None = None  # seconds until the first page run had ended
        self.errors: list[str] = []
        # A "page not found" that app.py's own navigation then answers with the asked page:
        # Streamlit's legacy router on a fresh server's first runs (ui.runtime), not an error.
        self.not_found: str | None = None
        self.sent: list[float] = []  # when each BackMsg went up
        self.closing = False

    # --- up: BackMsgs -------------------------------------------------------------------

    async def open(self) -> None:
        self.opened_at = time.monotonic()
        self.ws = await connect(
            self.ws_url, subprotocols=SUBPROTOCOLS, max_size=None, open_timeout=60
        )
        self.reader = asyncio.create_task(self._read())
        await self.rerun()

    async def rerun(self, fragment_id: str = "", trigger: str | None = None) -> None:
        """A `rerun_script` as the frontend's sendRerunBackMsg builds it."""
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = QUERY
        state.page_script_hash = self.page_script_hash
        state.page_name = "" if self.page_script_hash else self.page
        state.fragment_id = fragment_id
        state.is_auto_rerun = bool(fragment_id)
        state.widget_states.widgets.extend(self.states.values())
        if trigger:
            state.widget_states.widgets.add(id=trigger, trigger_value=True)
        state.cached_message_hashes.extend(self.cache)
        info = state.context_info
        info.timezone, info.timezone_offset, info.locale = "UTC", 0, "en-US"
        info.url, info.is_embedded, info.color_scheme = self.page_url, False, "light"
        if not fragment_id:
            self.idle.clear()
            self.run_started = False
        self.received_new_session = False
        self.sent.append(time.monotonic())
        await self.ws.send(msg.SerializeToString())

    async def _timer(self, fragment_id: str, interval: float) -> None:
        """The browser's setInterval for a `run_every` fragment."""
        with suppress(ConnectionClosed):  # the reader reports a closed socket
            while True:
                await asyncio.sleep(interval)
                await self.rerun(fragment_id)

    def _stop_timers(self, fragment_ids: list[str] | None = None) -> None:
        for fragment_id in list(self.timers) if fragment_ids is None else fragment_ids:
            entry = self.timers.pop(fragment_id, None)
            if entry:
                entry[1].cancel()

    async def close(self) -> None:
        self.closing = True
        self._stop_timers()
        if self.ws is not None:
            await self.ws.close()
        if self.reader is not None:
            with suppress(asyncio.CancelledError):
                await self.reader

    # --- down: ForwardMsgs --------------------------------------------------------------

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                self._handle(self._resolve(raw))
        except ConnectionClosed as closed:
            if not self.closing:
                self.errors.append(f"socket closed: {closed}")
        except Exception as error:  # noqa: BLE001 - a client bug must show as an error, not a hang
            self.errors.append(f"client: {error!r}")
        finally:
            if not self.closing:
                self.errors.append("socket closed by the server")
            self.idle.set()  # nobody waits forever on a dead session

    def _resolve(self, raw: bytes) -> ForwardMsg:
        """Cache cacheable messages and replace `ref_hash` by the cached original."""
        msg = ForwardMsg.FromString(raw)
        kind = msg.WhichOneof("type")
        if kind != "ref_hash":
            if msg.metadata.cacheable and msg.hash and msg.hash not in self.cache:
                self.cache[msg.hash] = Cached(raw, self.run_count, msg.delta.fragment_id)
            return msg
        entry = self.cache.get(msg.ref_hash)
        if entry is None:
            raise RuntimeError(f"cached ForwardMsg miss {msg.ref_hash}")
        entry.run_count = self.run_count
        original = ForwardMsg.FromString(entry.raw)
        original.metadata.CopyFrom(msg.metadata)
        return original

    def _age_cache(self, fragment_ids: list[str]) -> None:
        """ForwardMessageCache.incrementRunCount: forget what the last runs did not use."""
        self.run_count += 1
        for key, entry in list(self.cache.items()):
            in_scope = not fragment_ids or entry.fragment_id in fragment_ids
            if in_scope and self.run_count - entry.run_count > self.max_cached_age:
                del self.cache[key]

    def _handle(self, msg: ForwardMsg) -> None:
        kind = msg.WhichOneof("type")
        fragment_ids = list(msg.metadata.run.fragment_ids)
        if kind == "new_session":
            self.received_new_session = True
            self.page_script_hash = msg.new_session.page_script_hash
            self.max_cached_age = msg.new_session.config.max_cached_message_age or 2
            if not fragment_ids:  # a full run: the frontend drops every fragment timer
                self._stop_timers()
                self.run_started = True
        elif kind == "navigation":  # st.navigation apps: the page being shown
            self.page_script_hash = msg.navigation.page_script_hash
            shown = {p.page_script_hash: p.url_pathname for p in msg.navigation.app_pages}
            if shown.get(self.page_script_hash) == self.page:
                self.not_found = None
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            self._element(msg.delta.new_element, list(msg.metadata.delta_path))
        elif kind == "auto_rerun":
            self._auto_rerun(msg.auto_rerun.fragment_id, msg.auto_rerun.interval)
        elif kind == "stop_auto_rerun":
            self._stop_timers(list(msg.stop_auto_rerun.fragment_ids))
        elif kind == "script_finished":
            self._finished(msg.script_finished, fragment_ids)
        elif kind == "session_event" and msg.session_event.HasField("script_compilation_exception"):
            self.errors.append("script compilation error")
        elif kind == "page_not_found":
            self.not_found = f"page not found: {msg.page_not_found.page_name}"

    def _auto_rerun(self, fragment_id: str, interval: float) -> None:
        if fragment_id in self.timers and self.timers[fragment_id][0] == interval:
            return  # same fragment, same interval: the browser keeps its running timer
        self._stop_timers([fragment_id])
        task = asyncio.create_task(self._timer(fragment_id, interval))
        self.timers[fragment_id] = (interval, task)

    def _finished(self, status: int, fragment_ids: list[str]) -> None:
        if self.not_found and not fragment_ids:
            self.errors.append(self.not_found)
            self.not_found = None
        if status != Status.FINISHED_EARLY_FOR_RERUN and self.received_new_session:
            self._age_cache(fragment_ids)
        if status == Status.FINISHED_SUCCESSFULLY and self.run_started:
            if self.page_ready is None:
                self.page_ready = time.monotonic() - self.opened_at
            self.idle.set()
        elif status == Status.FINISHED_WITH_COMPILE_ERROR:
            self.errors.append("script finished with a compile error")
            self.idle.set()

    def _element(self, element, path: list[int]) -> None:
        kind = element.WhichOneof("type")
        if kind != "empty" and self.first_paint is None:
            self.first_paint = time.monotonic() - self.opened_at
        if kind == "exception":
            self.errors.append(f"exception: {element.exception.type}: {element.exception.message}")
        elif kind in ("button", "number_input"):
            widget = getattr(element, kind)
            self.widgets[widget.id] = (kind, widget.label)
        elif kind == "markdown":
            match = COUNTER.search(element.markdown.body)
            # The first matching markdown of the page is the counter.
            if match and (self.counter_path is None or path <= self.counter_path):
                self.counter_path = path
                self.progress.see(int(match.group(1).replace(",", "")))

    # --- a student's actions ------------------------------------------------------------

    def _widget(self, kind: str, suffix: str, label_prefix: str = "") -> str:
        for widget_id, (widget_kind, label) in self.widgets.items():
            if (
                widget_kind == kind
                and widget_id.endswith(suffix)
                and label.startswith(label_prefix)
            ):
                return widget_id
        raise RuntimeError(f"no {kind} ending in {suffix!r} on page {self.page}")

    async def _wait_idle(self, timeout: float) -> None:
        await asyncio.wait_for(self.idle.wait(), timeout)
        if self.errors:
            raise RuntimeError(self.errors[0])

    async def set_up(self, epochs: int, timeout: float) -> None:
        """Open the page and set Epochs."""
        await self.open()
        await self._wait_idle(timeout)
        await self.set_epochs(epochs, timeout)

    async def set_epochs(self, epochs: int, timeout: float) -> None:
        epochs_id = self._widget("number_input", "epochs")
        self.states[epochs_id] = WidgetState(id=epochs_id, int_value=epochs)
        await self.rerun()
        await self._wait_idle(timeout)

    async def press_play(self, timeout: float) -> None:
        """Press ▶ and wait until the counter moves."""
        before = self.progress.at(time.monotonic())
        await self.rerun(trigger=self._widget("button", f"{self.page}.play", "▶"))
        await self.wait_for_epoch(before + 1, timeout)

    async def wait_for_epoch(self, epoch: int, timeout: float) -> None:
        """Wait until the page's counter shows at least `epoch`."""
        deadline = time.monotonic() + timeout
        while self.progress.at(time.monotonic()) < epoch and not self.errors:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the epoch counter did not reach {epoch:,}")
            await asyncio.sleep(0.05)

    async def start_training(self, epochs: int, timeout: float) -> None:
        await self.set_up(epochs, timeout)
        await self.press_play(timeout)


async def start_class(class_: list[Student], epochs: int, timeout: float) -> float:
    """Every student opens the page and sets Epochs; then all press ▶ together, as a
    teacher's "go" does (students who pressed as soon as they were ready finished 100,000
    epochs before the slowest page had loaded). A failure is kept in the student's errors.
    Returns the time of the "go"."""
    await _everyone(class_, lambda s: s.set_up(epochs, timeout))
    go = time.monotonic()
    await _everyone(class_, lambda s: s.press_play(timeout))
    return go


async def _everyone(class_: list[Student], action: Callable[[Student], Awaitable]) -> None:
    """`action` for every student still without errors, at once; a failure is kept in the
    student's errors."""
    ready = [s for s in class_ if not s.errors]
    results = await asyncio.gather(*(action(s) for s in ready), return_exceptions=True)
    for student, result in zip(ready, results):
        if isinstance(result, BaseException) and not student.errors:
            student.errors.append(f"setup: {result!r}")


# --- the server -------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, timeout: float, server: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server is not None and server.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {server.returncode}")
        with (
            suppress(OSError),
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response,
        ):
            if response.status == 200:
                return
        time.sleep(0.3)
    raise RuntimeError(f"{url}/_stcore/health did not answer within {timeout:.0f} s")


@contextmanager
def local_server(log: Path, script: str = "app.py") -> Iterator[tuple[str, int]]:
    """`streamlit run app.py` (or another `script` of the repo) on a free port; yields
    (url, pid) and stops it by its PID."""
    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true"]
    command += ["--server.port", str(port), "--server.address", "127.0.0.1"]
    with log.open("wb") as out:
        server = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        url = f"http://127.0.0.1:{port}"
        wait_healthy(url, 120, server)
        yield url, server.pid
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


class ProcessMeter:
    """CPU seconds and RSS of a process and its children."""

    def __init__(self, pid: int) -> None:
        self.process = psutil.Process(pid)

    def _tree(self) -> list[psutil.Process]:
        return [self.process, *self.process.children(recursive=True)]

    def cpu(self) -> float:
        return sum(_cpu_seconds(proc) for proc in self._tree())

    def rss_mb(self) -> float:
        return sum(_rss(proc) for proc in self._tree()) / 2**20


def _cpu_seconds(process: psutil.Process) -> float:
    with suppress(psutil.Error):
        times = process.cpu_times()
        return times.user + times.system
    return 0.0  # the process just ended


def _rss(process: psutil.Process) -> int:
    with suppress(psutil.Error):
        return process.memory_info().rss
    return 0


async def _sample(meter: ProcessMeter, peak: list[float], cpu: list[tuple[float, float]]) -> None:
    """The peak RSS, and (time, CPU seconds) every SAMPLE_SECONDS."""
    while True:
        peak[0] = max(peak[0], meter.rss_mb())
        cpu.append((time.monotonic(), meter.cpu()))
        await asyncio.sleep(SAMPLE_SECONDS)


async def _loop_lag(lags: list[tuple[float, float]]) -> None:
    """(time, seconds late) of the benchmark's own event loop every LAG_TICK_SECONDS: every
    student's messages are read on it, so a late loop would look like the whole class's views
    freezing at once."""
    while True:
        before = time.monotonic()
        await asyncio.sleep(LAG_TICK_SECONDS)
        now = time.monotonic()
        lags.append((now, now - before - LAG_TICK_SECONDS))


def _cores_while_all_train(
    cpu: list[tuple[float, float]], start: float, end: float, done: list[float | None]
) -> float | None:
    """Cores used from `start` (the teacher's "go") until the first student reached the
    target (when a student is done, the class has less to do than the server could), or
    until `end` if that leaves less than MIN_CORES_SECONDS (a small class done early: its
    figure includes idle time)."""
    finished = [t for t in done if t is not None]
    until = min([end, *finished])
    if until - start < MIN_CORES_SECONDS:
        until = end
    inside = [(t, c) for t, c in cpu if start <= t <= until]
    if len(inside) < 2:
        return None
    (t0, c0), (t1, c1) = inside[0], inside[-1]
    return (c1 - c0) / (t1 - t0)


# --- one scenario -----------------------------------------------------------------------


@dataclass
class Scenario:
    line: str
    students: list[Student]


def _fmt(value: float | None, digits: int) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def _quantile(values: list[float], share: float) -> float | None:
    """The value `share` of the way up `values` (None: no values)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else None


async def run_scenario(
    url: str,
    page: str,
    students: int,
    window: float,
    epochs: int,
    pid: int | None,
    settle: float = SETTLE_SECONDS,
) -> Scenario:
    """N students train `page` at once, measured over `window` seconds once all train; the
    server's memory `settle` seconds after they all left."""
    server = ProcessMeter(pid) if pid else None
    own = psutil.Process()
    rss_idle = server.rss_mb() if server else None
    peak, cpu = [rss_idle or 0.0], []
    sampler = asyncio.create_task(_sample(server, peak, cpu)) if server else None
    lags: list[tuple[float, float]] = []
    lag_meter = asyncio.create_task(_loop_lag(lags))
    class_ = [Student(url, page) for _ in range(students)]
    timeout = 120 + 4 * students  # generous: loads queue behind training
    go = await start_class(class_, epochs, timeout)
    own_cpu, start = _cpu_seconds(own), time.monotonic()
    if server:
        cpu.append((start, server.cpu()))
    await asyncio.sleep(window)
    end = time.monotonic()
    if server:
        cpu.append((end, server.cpu()))
    done = [s.progress.reached(epochs) for s in class_]
    cores = _cores_while_all_train(cpu, go, end, done) if server else None
    client_cores = (_cpu_seconds(own) - own_cpu) / (end - start)
    lag_meter.cancel()
    client_lag = max((late for t, late in lags if start <= t <= end), default=0.0)
    await asyncio.gather(*(s.close() for s in class_))
    if sampler:
        await asyncio.sleep(settle)
        sampler.cancel()
    rss_after = server.rss_mb() if server else None
    eps = [s.progress.eps(start, end, epochs) for s in class_]
    paints = [s.first_paint if s.first_paint is not None else float("inf") for s in class_]
    ready = [s.page_ready if s.page_ready is not None else float("inf") for s in class_]
    spans = [span for s in class_ for span in s.progress.gap_spans(start, end, epochs)]
    freeze, freeze_from = max(((b - a, a) for a, b in spans), default=(0.0, start))
    long_freezes = sum(b - a > LONG_FREEZE_SECONDS for a, b in spans)
    moved = [s.progress.first_move(go) for s in class_]
    play_response = max((t - go if t is not None else float("inf")) for t in moved)
    start_freeze = max(s.progress.longest_still(go, start) for s in class_)
    gaps = [b - a for a, b in spans]
    line = (
        f"{page} n={students} median_eps={statistics.median(eps):.0f} min_eps={min(eps):.0f} "
        f"first_paint_max_s={max(paints):.2f} "
        f"first_paint_median_s={statistics.median(paints):.2f} "
        f"page_ready_max_s={max(ready):.2f} page_ready_median_s={statistics.median(ready):.2f} "
        f"play_response_max_s={play_response:.2f} start_freeze_max_s={start_freeze:.2f} "
        f"max_freeze_s={freeze:.2f} max_freeze_from_s={freeze_from - start:.1f} "
        f"long_freezes={long_freezes} update_gap_median_s={_fmt(_quantile(gaps, 0.5), 2)} "
        f"update_gap_p90_s={_fmt(_quantile(gaps, 0.9), 2)} "
        f"server_cores={_fmt(cores, 2)} rss_idle_mb={_fmt(rss_idle, 0)} "
        f"rss_peak_mb={_fmt(peak[0] if server else None, 0)} "
        f"rss_after_left_mb={_fmt(rss_after, 0)} "
        f"errors={sum(len(s.errors) for s in class_)} client_cores={client_cores:.2f} "
        f"client_lag_max_s={client_lag:.2f}"
    )
    return Scenario(line, class_)


# --- the browser check --------------------------------------------------------------------

_READ_COUNTER = """() => {
  for (const el of document.querySelectorAll('[data-testid="stMarkdownContainer"]')) {
    const m = el.innerText.match(/Epoch ([\\d,]+)/);
    if (m) return Number(m[1].replace(/,/g, ''));
  }
  return null;
}"""
# Counts, in the page itself, its websocket sends (rerun requests), the milliseconds its main
# thread spent in long tasks (> 50 ms: a click waits behind them) and the Plotly charts it
# mounted (a node seen for the first time, looked for every 50 ms: a lower bound).
_TAB_COUNTERS = """window.__sends = 0; window.__busy_ms = 0; window.__mounts = 0;
const send = WebSocket.prototype.send;
WebSocket.prototype.send = function (data) { window.__sends += 1; return send.call(this, data); };
new PerformanceObserver((list) => {
  for (const task of list.getEntries()) window.__busy_ms += task.duration;
}).observe({ type: "longtask" });
setInterval(() => {
  for (const chart of document.querySelectorAll(".js-plotly-plot")) {
    if (!chart.__seen) { chart.__seen = true; window.__mounts += 1; }
  }
}, 50);"""
_READ_TAB = "() => [window.__sends, window.__busy_ms, window.__mounts]"


def _tree_cpu(skip_pid: int | None) -> float:
    """CPU seconds of this process's descendants (Playwright, Chromium) but the server."""
    skip = {skip_pid} if skip_pid else set()
    if skip_pid and psutil.pid_exists(skip_pid):
        skip |= {p.pid for p in psutil.Process(skip_pid).children(recursive=True)}
    children = psutil.Process().children(recursive=True)
    return sum(_cpu_seconds(proc) for proc in children if proc.pid not in skip)


async def _open_tab(playwright, url: str, page: str, epochs: int):
    """A Chromium tab that opens the page, sets Epochs and presses ▶, as a student does."""
    browser = await playwright.chromium.launch(
        executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
    )
    tab = await browser.new_page(viewport={"width": 1400, "height": 1000}, locale="en-US")
    await tab.add_init_script(_TAB_COUNTERS)
    tab.set_default_timeout(300_000)
    await tab.goto(f"{url.rstrip('/')}/{page}?{QUERY}")
    epochs_field = tab.get_by_label("Epochs")
    await epochs_field.fill(str(epochs))
    await epochs_field.press("Enter")
    await asyncio.sleep(0.5)  # let the rerun start before waiting for it to end
    await tab.wait_for_function(
        "() => document.querySelector('[data-testid=\"stApp\"]')"
        "?.getAttribute('data-test-script-state') === 'notRunning'"
    )
    await tab.get_by_role("button", name=re.compile("^▶")).click()
    return browser, tab


async def _watch(tab, progress: Progress) -> None:
    """Read the tab's counter from the DOM every 50 ms."""
    while True:
        value = await tab.evaluate(_READ_COUNTER)
        if value is not None:
            progress.see(value)
        await asyncio.sleep(0.05)


def _rates(name: str, progress: Progress, sends: int, start: float, end: float, target: int):
    updates = sum(1 for t, _ in progress.samples if start < t <= end)
    return (
        f"{name}_eps={progress.eps(start, end, target):.0f} "
        f"{name}_max_freeze_s={progress.max_freeze(start, end, target):.2f} "
        f"{name}_updates_per_s={updates / (end - start):.1f} "
        f"{name}_sends_per_s={sends / (end - start):.1f}"
    )


async def check_browser(
    url: str, page: str, students: int, window: float, epochs: int, pid: int | None
) -> str:
    """`students` emulated students and one Chromium tab train the same page at the same
    time on the same server, measured over the same window: the tab should advance like the
    median emulated student."""
    from playwright.async_api import async_playwright

    class_, seen = [Student(url, page) for _ in range(students)], Progress()
    async with async_playwright() as playwright:
        (browser, tab), *_ = await asyncio.gather(
            _open_tab(playwright, url, page, epochs),
            *(s.start_training(epochs, 120 + 4 * students) for s in class_),
        )
        watcher = asyncio.create_task(_watch(tab, seen))
        deadline = time.monotonic() + 300
        while seen.at(time.monotonic()) == 0 and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
        server = ProcessMeter(pid) if pid else None
        server_cpu, chromium_cpu = server.cpu() if server else 0.0, _tree_cpu(pid)
        before, start = await tab.evaluate(_READ_TAB), time.monotonic()
        await asyncio.sleep(window)
        end = time.monotonic()
        sends, busy_ms, mounts = (b - a for a, b in zip(before, await tab.evaluate(_READ_TAB)))
        chromium_cores = (_tree_cpu(pid) - chromium_cpu) / (end - start)
        server_cores = (server.cpu() - server_cpu) / (end - start) if server else None
        watcher.cancel()
        await browser.close()
    await asyncio.gather(*(s.close() for s in class_))
    class_.sort(key=lambda s: s.progress.eps(start, end, epochs))
    median, slowest, fastest = class_[len(class_) // 2], class_[0], class_[-1]
    median_sends = sum(1 for t in median.sent if start < t <= end)
    ratio = seen.eps(start, end, epochs) / max(median.progress.eps(start, end, epochs), 1e-9)
    return (
        f"check-browser {page} n={students}+1 window={window:g} "
        f"browser/emulated_eps={ratio:.2f} "
        f"{_rates('emulated', median.progress, median_sends, start, end, epochs)} "
        f"{_rates('browser', seen, sends, start, end, epochs)} "
        f"emulated_min_eps={slowest.progress.eps(start, end, epochs):.0f} "
        f"emulated_max_eps={fastest.progress.eps(start, end, epochs):.0f} "
        f"browser_cores={chromium_cores:.2f} server_cores={_fmt(server_cores, 2)} "
        f"browser_busy_share={busy_ms / 1000 / (end - start):.2f} "
        f"browser_chart_mounts_per_s={mounts / (end - start):.1f} "
        f"errors={sum(len(s.errors) for s in class_)}"
    )


# --- command line -------------------------------------------------------------------------


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", default="xor,blood_fat", help="page keys (URL paths)")
    parser.add_argument("--students", default="1,10,30,50", help="class sizes to try")
    parser.add_argument("--window", type=float, default=20.0, help="seconds measured")
    parser.add_argument("--epochs", type=int, default=100_000, help="the Epochs value set")
    parser.add_argument("--url", help="measure this running server instead of starting one")
    parser.add_argument("--pid", type=int, help="with --url: the local server's PID")
    parser.add_argument(
        "--settle",
        type=float,
        default=SETTLE_SECONDS,
        help="seconds after everyone left before measuring memory (Streamlit keeps closed "
        "tabs' sessions 120 s for a reconnect: 140 shows them gone)",
    )
    parser.add_argument(
        "--check-browser",
        action="store_true",
        help="after each scenario, run it again with one Chromium tab among the students",
    )
    return parser.parse_args(argv)


async def teacher_visit(url: str, page: str, pid: int | None) -> str:
    """The teacher tries the page before the class: opens it and trains a short run. Prints
    how long until the page was drawn, and the server's memory before and after: a fresh
    server's first training loads TensorFlow's runtime and compiles the shape, once for
    every class to come, so the students' scenarios measure their own memory from there."""
    server = ProcessMeter(pid) if pid else None
    before = server.rss_mb() if server else None
    teacher = Student(url, page)
    await teacher.open()
    await teacher._wait_idle(300)
    open_s = time.monotonic() - teacher.opened_at
    await teacher.set_epochs(TEACHER_EPOCHS, 300)
    await teacher.press_play(300)
    await teacher.wait_for_epoch(TEACHER_EPOCHS, 300)
    await teacher.close()
    if server:
        await _until_quiet(server)
    after = server.rss_mb() if server else None
    return (
        f"teacher {page} open_s={open_s:.2f} trained_epochs={TEACHER_EPOCHS} "
        f"rss_before_mb={_fmt(before, 0)} rss_after_mb={_fmt(after, 0)}"
    )


async def _until_quiet(server: ProcessMeter) -> None:
    """Waits until the server has used under QUIET_CORES for a second: what the try-out set
    going (the training worker compiling the shape, see `playground.engine.worker`) is done
    before the class comes, as it is minutes before a real class."""
    deadline = time.monotonic() + QUIET_WAIT_SECONDS
    while time.monotonic() < deadline:
        before = server.cpu()
        await asyncio.sleep(1.0)
        if server.cpu() - before < QUIET_CORES:
            return


def measure(url: str, pid: int | None, args: argparse.Namespace) -> None:
    for page in args.pages.split(","):
        print(asyncio.run(teacher_visit(url, page, pid)), flush=True)
        for students in (int(n) for n in args.students.split(",")):
            measured = run_scenario(
                url, page, students, args.window, args.epochs, pid, args.settle
            )
            scenario = asyncio.run(measured)
            print(scenario.line, flush=True)
            for student in scenario.students:
                for error in student.errors[:3]:
                    print(f"  error ({page} n={students}): {error[:300]}", file=sys.stderr)
            if args.check_browser:
                check = check_browser(url, page, students, args.window, args.epochs, pid)
                print(asyncio.run(check), flush=True)


def _exit_on_signal(signum: int, _frame: object) -> None:
    sys.exit(128 + signum)


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    # Ctrl-C (even when started with SIGINT ignored) and SIGTERM unwind and stop the server.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _exit_on_signal)
    if args.url:
        wait_healthy(args.url.rstrip("/"), 30)
        measure(args.url, args.pid, args)
        return
    log = Path(tempfile.gettempdir()) / "classroom-bench-streamlit.log"
    with local_server(log) as (url, pid):
        print(f"# server {url} pid={pid} log={log}", file=sys.stderr)
        measure(url, pid, args)


if __name__ == "__main__":
    main()
