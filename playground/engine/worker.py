"""XLA training slices in a second process, which has its own GIL.

With a class on the server, the server's process is busy with Python nearly all the time
(redraws, Streamlit's messages), and Python's GIL lets only one thread run Python at once.
A slice on the shape's one XLA kernel needs the GIL to start and to end, so the kernel stood
idle between slices while its next user waited for the GIL: measured at 30 XOR students, the
server used ~1.3 of 2 cores, its process pegged at one. The worker runs the same kernels in
its own interpreter, so training goes on beside the server's Python, one slice per core at
once (`threads`), at a lower priority than the server: the class's training takes what CPU
the server's Python leaves, and views stay responsive.

The worker keeps compiled code only. Every request carries the session's whole state
(weights, optimizer slots, data) and the reply carries the new state back, exactly as a call
into an in-process kernel does: nothing of a user's stays in the worker between slices.

It costs a second TensorFlow runtime (~400 MB of private memory), so "auto" (the default)
runs it only where it pays: at least two cores and enough memory (`enabled`, `ENV_SWITCH`).
It starts when the first XLA shape has compiled in the server; until it has compiled that
shape too (`is_ready`, a few seconds) and whenever it is not running, slices run in the
server's process as before. It compiles only the shapes the server compiled with XLA (at
most the kernel module's XLA budget), one kernel per thread.
"""

from __future__ import annotations

import functools
import itertools
import multiprocessing
import multiprocessing.spawn
import os
import pickle
import queue
import threading
import time
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

from playground.engine.types import SliceResult, TrainData
from playground.live_load import CORES

# "auto" (the default): where the machine allows it (`enabled`); "on": always; "off": never.
ENV_SWITCH = "PLAYGROUND_TRAINING_WORKER"
MAX_THREADS = 4  # slices the worker runs side by side: one per core, at most this many
# The worker's priority below the server's (see `_serve`): measured with bench/classroom.py.
NICENESS = 10
MIN_MEMORY_BYTES = 3 * 2**30  # below this the second runtime's memory is too dear
MAX_STARTS = 3  # a worker that keeps dying is not started again
# A slice waits at most this long for its reply, then runs in the server's process (fifty
# students' slices take a few seconds in all: this only catches a worker that hangs).
REPLY_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class SliceRequest:
    """One slice for the worker: which kernel (built by `make_model` with `options` on its
    first use there) and the arguments of `Kernel.train`."""

    key: Hashable
    make_model: Callable[[], Any]
    options: dict
    data: TrainData
    state: tuple[list[np.ndarray], list[np.ndarray], float]
    start_step: int
    n_steps: int
    seed: int
    acc: np.ndarray


class WorkerStopped(RuntimeError):
    """The worker process ended while a slice was in it."""


def _read_limit(path: str) -> list[str] | None:
    """A cgroup limit file's fields; None where there is none (or it says "max")."""
    try:
        with open(path) as limit:
            fields = limit.read().split()
    except OSError:
        return None
    return fields if fields and fields[0] != "max" else None


def _cores() -> float:
    """The cores this process may use: its CPUs, or fewer if its container's quota says so
    (a hosted app may see the host's many CPUs and get a fraction of one)."""
    quota = _read_limit("/sys/fs/cgroup/cpu.max")  # "<quota> <period>" in microseconds
    try:
        share = int(quota[0]) / int(quota[1]) if quota and len(quota) == 2 else CORES
    except (ValueError, ZeroDivisionError):
        share = CORES
    return min(float(CORES), share)


def _memory_bytes() -> int:
    """The memory this process may use: its container's limit, else the machine's."""
    physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        limit = _read_limit(path)
        if limit is not None and limit[0].isdigit():
            return min(physical, int(limit[0]))
    return physical


@functools.cache
def threads() -> int:
    """Slices the worker runs at once: one per core this process may use."""
    return max(1, min(MAX_THREADS, int(_cores())))


@functools.cache
def _machine_allows() -> bool:
    """Two cores for the two processes, and memory for the second runtime."""
    return _cores() >= 2 and _memory_bytes() >= MIN_MEMORY_BYTES


def enabled() -> bool:
    """Whether to train XLA shapes in a worker, as `ENV_SWITCH` says."""
    switch = os.environ.get(ENV_SWITCH, "auto").lower()
    if switch == "auto":
        return _machine_allows()
    return switch == "on"


def _picklable(error: Exception) -> Exception:
    try:
        pickle.dumps(error)
        return error
    except Exception:  # e.g. a TensorFlow error holding native state
        return RuntimeError(f"{type(error).__name__}: {error}")


class _Kernels:
    """The worker's compiled kernels: per shape one for each of its `count` threads, so its
    slices of one shape run side by side (XLA runs without the GIL). All of a shape's kernels
    are compiled by its first request (the server's `warm`), before any slice comes."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._free: dict[Hashable, queue.SimpleQueue] = {}
        self._building: dict[Hashable, threading.Lock] = {}
        self._lock = threading.Lock()

    @contextmanager
    def lease(self, request: SliceRequest) -> Iterator[Any]:
        """A kernel of `request.key` that no other thread is using."""
        with self._lock:
            building = self._building.setdefault(request.key, threading.Lock())
        with building:  # the shape's first request builds its kernels, the others wait
            free = self._free.get(request.key)
            if free is None:  # (a failed build keeps nothing: the next request tries again)
                free = self._free[request.key] = self._build(request)
        kernel = free.get()
        try:
            yield kernel
        finally:
            free.put(kernel)

    def _build(self, request: SliceRequest) -> queue.SimpleQueue:
        """The shape's kernels, each compiled with a zero-step call."""
        from playground.engine.kernel import Kernel  # TensorFlow loads in the worker only

        free: queue.SimpleQueue = queue.SimpleQueue()
        for _ in range(self.count):
            kernel = Kernel(request.key, request.make_model(), **request.options)
            state = (kernel.fresh_weights, kernel.fresh_optimizer_state, 0.0)
            kernel.train(request.data, state, 0, 0, 0, np.zeros(3, np.float32))
            free.put(kernel)
        return free


def _answer(request: SliceRequest, kernels: _Kernels) -> tuple[bool, Any]:
    """(True, (the slice's result, its seconds)) or (False, the error it raised)."""
    try:
        with kernels.lease(request) as kernel:
            began = time.perf_counter()
            result = kernel.train(
                request.data,
                request.state,
                request.start_step,
                request.n_steps,
                request.seed,
                request.acc,
            )
            return True, (result, time.perf_counter() - began)
    except Exception as error:  # raised again in the session that asked
        return False, _picklable(error)


def _serve(connection: Any, count: int) -> None:
    """The worker process: `count` threads take the slices in the order they came, until
    the server closes its end of the pipe (or dies). It runs at a lower priority than the
    server, whose Python (redraws, every session's messages) comes first: the slices fill
    what CPU is left."""
    os.nice(NICENESS)
    kernels = _Kernels(count)
    requests: queue.SimpleQueue = queue.SimpleQueue()
    send_lock = threading.Lock()

    def work() -> None:
        while (item := requests.get()) is not None:
            request_id, request = item
            reply = _answer(request, kernels)
            with send_lock:
                connection.send((request_id, reply))

    pool = [threading.Thread(target=work, daemon=True) for _ in range(count)]
    for thread in pool:
        thread.start()
    while True:
        try:
            requests.put(connection.recv())
        except (EOFError, OSError):
            break
    for _ in pool:
        requests.put(None)


@contextmanager
def _script_not_rerun() -> Iterator[None]:
    """A spawned child first runs its parent's `__main__` again, and under Streamlit that is
    the app's script: the worker ran the whole app in bare mode (dozens of "missing
    ScriptRunContext" warnings, seconds of start-up while a class presses ▶). Its target
    needs only the modules it imports itself, so the child is spawned without it. Only the
    caller's spawn is affected: the worker's start holds the worker's lock, and nothing else
    in the app spawns."""
    prepare = multiprocessing.spawn.get_preparation_data

    def without_main(name: str) -> dict:
        data = prepare(name)
        data.pop("init_main_from_path", None)
        data.pop("init_main_from_name", None)
        return data

    multiprocessing.spawn.get_preparation_data = without_main
    try:
        yield
    finally:
        multiprocessing.spawn.get_preparation_data = prepare


class TrainingWorker:
    """The server's side of the worker. Any thread may send a slice; the worker takes them
    in the order they came, `threads()` at a time, so the class takes turns on it as on the
    kernels of an in-process pool."""

    def __init__(self) -> None:
        # Never held while sending: a send can block until the worker reads, and the worker
        # reads only once the reader has taken its replies, which needs this lock.
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()  # one request on the pipe at a time
        self._connection: Any = None
        self._process: Any = None
        self._reader: threading.Thread | None = None
        self._pending: dict[int, Future] = {}
        self._ids = itertools.count()
        self._ready: set[Hashable] = set()  # keys the worker has compiled
        self._warming: set[Hashable] = set()
        self._refused: set[Hashable] = set()  # keys the worker could not take (e.g. unpicklable)
        self.starts = 0

    def is_ready(self, key: Hashable) -> bool:
        """Whether slices of `key` go to the worker now."""
        return key in self._ready

    def warm(self, request: SliceRequest) -> None:
        """Starts the worker if need be and has it compile `request.key` (a zero-step slice)
        in the background, unless that is done or under way; `is_ready` tells when."""
        with self._lock:
            if not enabled() or request.key in self._ready | self._warming | self._refused:
                return
            if self._connection is None and self.starts >= MAX_STARTS:
                return
            self._warming.add(request.key)
        future = self._submit(request, start=True)

        def compiled(done: Future) -> None:
            error = done.exception()
            with self._lock:
                self._warming.discard(request.key)
                if error is None:
                    self._ready.add(request.key)
                elif not isinstance(error, WorkerStopped):
                    self._refused.add(request.key)  # it trains in this process from now on

        future.add_done_callback(compiled)

    def train(self, request: SliceRequest) -> tuple[SliceResult, float]:
        """The slice's result and the seconds the worker computed it (its wait excluded).
        Raises `WorkerStopped` if the worker ended meanwhile (a new one is started only by
        `warm`: it would have to compile the shape before this slice) or has not answered
        within REPLY_TIMEOUT_SECONDS."""
        try:
            return self._submit(request, start=False).result(REPLY_TIMEOUT_SECONDS)
        except TimeoutError as error:
            raise WorkerStopped("the training worker did not answer") from error

    def stop(self) -> None:
        """Ends the worker; slices in it fail with `WorkerStopped`, and the next `warm`
        starts another."""
        with self._lock:
            process, reader = self._process, self._reader
        if process is not None:
            process.kill()
            process.join()
        if reader is not None:
            reader.join()  # it has failed the slices in flight and cleared up

    def _submit(self, request: SliceRequest, start: bool) -> Future:
        """Sends `request`; `start`: a worker first if none is running."""
        future: Future = Future()
        with self._lock:
            if self._connection is None and not start:
                future.set_exception(WorkerStopped("no training worker is running"))
                return future
            if self._connection is None:
                self._start()
            connection, request_id = self._connection, next(self._ids)
            self._pending[request_id] = future
        try:
            with self._send_lock:
                connection.send((request_id, request))
        except Exception as error:
            with self._lock:
                self._pending.pop(request_id, None)
            if isinstance(error, (OSError, ValueError)):  # the pipe is closed
                error = WorkerStopped(str(error))
            future.set_exception(error)  # else the request did not pickle: nothing was sent
        return future

    def _start(self) -> None:
        """A fresh interpreter (spawned: forking a process with TensorFlow's threads running
        is unsafe), marked daemon so it ends with the server."""
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(
            target=_serve, args=(theirs, threads()), name="training-worker"
        )
        process.daemon = True
        with _script_not_rerun():
            process.start()
        theirs.close()
        self.starts += 1
        self._connection, self._process = ours, process
        self._reader = threading.Thread(
            target=self._read, args=(ours,), name="training-worker-replies", daemon=True
        )
        self._reader.start()

    def _read(self, connection: Any) -> None:
        """Hands each reply to the slice waiting for it; when the pipe ends, fails the rest."""
        while True:
            try:
                request_id, (ok, payload) = connection.recv()
            except (EOFError, OSError) as error:
                reason = repr(error)
                break
            with self._lock:
                future = self._pending.pop(request_id)
            if ok:
                future.set_result(payload)
            else:
                future.set_exception(payload)
        with self._lock:
            pending, self._pending = self._pending, {}
            self._connection = self._process = self._reader = None
            self._ready, self._warming = set(), set()
        connection.close()
        for future in pending.values():
            future.set_exception(WorkerStopped(f"the training worker ended: {reason}"))


WORKER = TrainingWorker()  # the process's one: holds compiled code, never a user's state
