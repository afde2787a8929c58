"""TensorFlow runtime hygiene for compiled loops shared by many sessions in one process.

* `call_training_loop` drops the gradient registrations a trace leaves in TensorFlow's global
  registry (otherwise every traced graph stays in memory forever).
* `KernelPools` keeps, per key (architecture + data shape), a few interchangeable kernels that
  sessions lease one at a time. TensorFlow releases the GIL while a traced function runs, so
  two leases of the same key train on two cores at once; a single shared kernel made a whole
  class queue on one lock. The pools are bounded in total (LRU by key). XLA kernels are the
  exception: one per key, pinned, their number bounded by the kernel module's XLA budget.
  (A second XLA kernel per key, compiled in the background while the class trains on the
  first, stalled the sessions using the first until it was compiled: measured, reverted.)
* `KernelCache` is the simpler one-kernel-per-key LRU (the optimizer race uses it).
* Evicting kernels clears TensorFlow's eager-context cache, with every kernel of every cache
  idle (its `lock` held), so the evicted kernels' instantiated functions are freed too.
"""

from __future__ import annotations

import sys
import threading
import weakref
from collections import OrderedDict, defaultdict, deque
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

import tensorflow as tf
from tensorflow.python.eager import context as tf_context  # private: see release_runtime_caches
from tensorflow.python.framework import ops as tf_ops  # private: no public way to unregister

from playground import heap  # noqa: F401  (limits malloc arenas at import)
from playground.live_load import CORES

KERNELS_PER_KEY = max(1, min(CORES, 4))  # more than the cores cannot run at once

# Python hands its GIL to a waiting thread every switch interval (5 ms by default). A session
# whose TensorFlow call returns waits for the GIL while still holding its kernel, behind every
# other session's redraw: measured at 30 students, a view froze for 12.5 s at 5 ms and 3.6 s
# at 1 ms, with the same training speed.
sys.setswitchinterval(0.001)

try:
    # The inter-op pool runs the ops of every non-XLA function call in the process: with one
    # thread (faster for a lone session of tiny ops) two sessions can never use two cores,
    # measured: two sessions training at once took twice as long as one. One thread per core
    # lets them run side by side. Only possible before TensorFlow's runtime starts.
    tf.config.threading.set_inter_op_parallelism_threads(CORES)
except RuntimeError:
    pass

_GRADIENT_REGISTRY: dict = getattr(getattr(tf_ops, "_gradient_registry", None), "_registry", {})
# Serialises first calls (tracing) of training loops, see `call_training_loop`.
_TRACE_LOCK = threading.Lock()
_RELEASE_LOCK = threading.Lock()  # one release at a time: two would each hold half the locks
_CACHES: weakref.WeakSet = weakref.WeakSet()  # every cache and pool, so a release idles all


class Lockable(Protocol):
    lock: threading.Lock


def call_training_loop(loop: Any, *args: Any) -> Any:
    """Call a traced training loop; its first call (the trace) forgets the gradient
    registrations it adds to TensorFlow's global registry.

    Keras' `apply_gradients` goes through `tf.distribute`'s `all_reduce`, which registers a
    `tf.custom_gradient` under a fresh name on every trace and never removes it. That entry keeps
    the whole traced graph alive, so every kernel ever built would stay in memory (~1 MB each,
    the bulk of TensorFlow's "retracing leak"). The registration is only consulted while the
    trace computes gradients, so it is safe to drop once the trace is done. Traces are
    serialised so one trace never drops another's registration too early.
    """
    if loop.experimental_get_tracing_count():
        return loop(*args)
    with _TRACE_LOCK:
        before = set(_GRADIENT_REGISTRY)
        try:
            return loop(*args)
        finally:
            for name in set(_GRADIENT_REGISTRY) - before:
                if name.startswith("CustomGradient-"):
                    del _GRADIENT_REGISTRY[name]


def custom_gradient_names() -> set[str]:
    """The per-trace gradient registrations currently in TensorFlow's registry."""
    return {name for name in _GRADIENT_REGISTRY if name.startswith("CustomGradient-")}


def release_runtime_caches(evicted: Iterable[Lockable]) -> None:
    """Frees what TensorFlow's runtime still caches for evicted kernels.

    The eager context keeps an instantiated copy of every function and op it ran, so evicted
    kernels would otherwise stay in memory. Clearing it costs the live kernels a
    re-instantiation on their next call, so it runs only on eviction, and with every kernel
    idle (the cached ones and the just evicted ones, which a session may still be using), so
    no training step sees it. The caller must hold no kernel lock.
    """
    with _RELEASE_LOCK:
        kernels = {id(k): k for k in evicted}
        for cache in list(_CACHES):
            kernels.update((id(k), k) for k in cache.kernels())
        held = []
        try:
            for kernel in kernels.values():
                kernel.lock.acquire()
                held.append(kernel)
            with _TRACE_LOCK:
                tf_context.context().clear_kernel_cache()
        finally:
            for kernel in held:
                kernel.lock.release()


def _pinned(kernel: Any) -> bool:
    """Kernels whose memory TensorFlow would not free on eviction (XLA ones) stay."""
    return getattr(kernel, "jit", False)


class KernelCache:
    """A small process-wide LRU of kernels (anything with a `lock`), one per key. Holds compiled
    code only, never a user's weights. Callers lock the kernel they got while using it."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._kernels: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        _CACHES.add(self)

    def get(self, key: Hashable, create: Callable[[], Any]) -> Any:
        with self._lock:
            kernel = self._kernels.get(key)
            if kernel is None:
                kernel = create()
                self._kernels[key] = kernel
                evicted = []
                while len(self._kernels) > self.capacity:
                    evicted.append(self._kernels.popitem(last=False)[1])
                if evicted:
                    release_runtime_caches(evicted)
            self._kernels.move_to_end(key)
            return kernel

    def kernels(self) -> list[Any]:
        return list(self._kernels.values())

    def __len__(self) -> int:
        return len(self._kernels)


class KernelPools:
    """Per key up to `per_key` interchangeable kernels, created on demand; at most `capacity`
    kernels in all, the least recently used keys evicted first.

    `lease` hands out a free kernel of the key with its `lock` held (a prepared one first), makes
    a new one if all are busy and the key's pool is not full, and otherwise waits for one. Kernels
    are built outside the pools' lock, so a slow model build never blocks other sessions."""

    def __init__(self, capacity: int, per_key: int = KERNELS_PER_KEY) -> None:
        self.capacity = capacity
        self.per_key = per_key
        self._pools: OrderedDict[Hashable, list[Any]] = OrderedDict()
        self._building: defaultdict[Hashable, int] = defaultdict(int)
        self._waiting: defaultdict[Hashable, deque[object]] = defaultdict(deque)
        self._changed = threading.Condition()
        _CACHES.add(self)

    @contextmanager
    def lease(self, key: Hashable, create: Callable[[], Any]) -> Iterator[Any]:
        """A kernel of `key`, locked for the caller; `create` builds one if needed."""
        kernel = self._acquire(key, create)
        try:
            yield kernel
        finally:
            kernel.lock.release()
            with self._changed:
                self._changed.notify_all()

    def first(
        self,
        key: Hashable,
        create: Callable[[], Any],
        prepare: Callable[[Any], None] | None = None,
    ) -> Any:
        """Some kernel of `key` (not leased: only for reading what never changes, e.g. the
        model's structure). If the key has none, one is built, once however many sessions
        ask at the same moment (a class opening a page together built one each, and each
        took a share of the XLA budget meant for other shapes); then `prepare` (e.g. trace
        and compile it) runs on it in a background thread, with its lock held, so the
        page that asked is drawn at once and ▶ finds it ready (a class pressing ▶ on a
        shape nobody had compiled waited half a minute for it)."""
        with self._changed:
            while True:
                pool = self._pools.get(key)
                if pool:
                    return pool[0]
                if not self._building[key]:
                    self._building[key] += 1
                    break
                self._changed.wait(timeout=0.5)
        try:
            kernel = create()
            self._insert(key, kernel, take=prepare is not None)
        finally:
            with self._changed:
                self._building[key] -= 1
                self._changed.notify_all()
        if prepare is not None:
            threading.Thread(
                target=self._prepare, args=(kernel, prepare), name="kernel-prepare", daemon=True
            ).start()
        return kernel

    def _prepare(self, kernel: Any, prepare: Callable[[Any], None]) -> None:
        """Runs `prepare` on a kernel inserted locked for this thread, then frees it."""
        try:
            prepare(kernel)
        finally:
            kernel.lock.release()
            with self._changed:
                self._changed.notify_all()

    def add(self, key: Hashable, kernel: Any) -> None:
        """Puts a kernel built by the caller into `key`'s pool (if it has room)."""
        self._insert(key, kernel, take=False)

    def kernels(self, key: Hashable | None = None) -> list[Any]:
        with self._changed:
            if key is not None:
                return list(self._pools.get(key, ()))
            return [kernel for pool in self._pools.values() for kernel in pool]

    def __len__(self) -> int:
        return len(self.kernels())

    def kernels_at_once(self, key: Hashable) -> int:
        """How many leases of `key` can train at the same moment (one for an XLA shape)."""
        with self._changed:
            return self._limit(self._pools.get(key, []))

    def _acquire(self, key: Hashable, create: Callable[[], Any]) -> Any:
        """A kernel of `key`, in the order the sessions asked: a waiter takes one only when
        it is first in its key's line, so a busy kernel is handed round fairly instead of to
        whichever thread wakes first (a class on one XLA kernel starved some students)."""
        ticket = object()
        with self._changed:
            line = self._waiting[key]
            line.append(ticket)
            try:
                while True:
                    if line[0] is ticket:
                        kernel = self._free_kernel(key)
                        if kernel is not None:
                            return kernel
                        pool = self._pools.get(key, [])
                        if len(pool) + self._building[key] < self._limit(pool):
                            self._building[key] += 1
                            break
                    self._changed.wait(timeout=0.5)  # a kernel lock freed elsewhere: look again
            finally:
                line.remove(ticket)
                if not line:
                    del self._waiting[key]
                self._changed.notify_all()  # the next in line may go
        try:
            kernel = create()
        finally:
            with self._changed:
                self._building[key] -= 1
        self._insert(key, kernel, take=True)
        return kernel

    def _free_kernel(self, key: Hashable) -> Any | None:
        """A kernel of `key` that was free, now locked for the caller (a prepared one first)."""
        pool = self._pools.get(key, [])
        if pool:
            self._pools.move_to_end(key)
        for kernel in sorted(pool, key=lambda k: not getattr(k, "prepared", True)):
            if kernel.lock.acquire(blocking=False):
                return kernel
        return None

    def _limit(self, pool: list[Any]) -> int:
        """Kernels allowed for a key: one if pinned (see `_pinned`), else `per_key`."""
        return 1 if any(_pinned(kernel) for kernel in pool) else self.per_key

    def _insert(self, key: Hashable, kernel: Any, *, take: bool) -> None:
        """Makes room (outside the lock, releasing TensorFlow's caches), then adds `kernel`,
        locked for the caller if `take`. Never called with a kernel lock held."""
        with self._changed:
            evicted = self._evict(keep=key)
        if evicted:
            release_runtime_caches(evicted)
        if take:
            kernel.lock.acquire()
        with self._changed:
            pool = self._pools.setdefault(key, [])
            if len(pool) < self._limit(pool) or take:
                pool.append(kernel)
            self._pools.move_to_end(key)

    def _evict(self, keep: Hashable) -> list[Any]:
        """Drops least recently used kernels until one more fits (never `keep`'s, never pinned
        ones: pinned kernels do not count against the capacity)."""
        evicted: list[Any] = []
        total = sum(not _pinned(k) for pool in self._pools.values() for k in pool)
        for other in list(self._pools):
            if total < self.capacity:
                break
            if other == keep or any(_pinned(kernel) for kernel in self._pools[other]):
                continue
            pool = self._pools.pop(other)
            evicted += pool
            total -= len(pool)
        return evicted
