"""The server's heap with a class on it (glibc only; other C libraries are left as they are).

* Two malloc arenas: glibc gives threads that allocate at the same moment their own arena (up
  to 8 per core) and rarely hands an arena's freed pages back. Every session runs its script
  in its own thread, so a class spread its memory over many arenas: measured at 30 XOR
  students, the server's peak was +233 MB over idle by default, +203 MB with this limit (set
  at import: only arenas made from then on are limited) and +176 MB with MALLOC_ARENA_MAX=2 in
  the environment (all of them, as the Dockerfile sets it), at the same speed.
* Freed memory back to the system when sessions end (`trim_soon`): glibc keeps the pages of a
  closed tab's model and history for the next allocation, so a server that held a class stayed
  at its peak for good. (Streamlit drops a closed tab's session once it is older than
  `server.disconnectedSessionTTL`; `ui.expire_closed_sessions` makes sure that happens on time.)
* Long-lived objects out of the cycle collector's sight (`freeze_long_lived`): Python's own
  full collections scan every tracked object, ~440,000 of them once TensorFlow, Keras and a
  compiled kernel are loaded, ~200 ms holding the GIL each time, several times a minute with a
  class training. Every live view and every kernel call stood still meanwhile.
"""

from __future__ import annotations

import ctypes
import gc
import threading

M_ARENA_MAX = -8  # glibc's mallopt parameter number
TRIM_DELAY_SECONDS = 5.0  # sessions ending together (a class leaving) share one trim

try:
    _LIBC: ctypes.CDLL | None = ctypes.CDLL("libc.so.6")
    _LIBC.mallopt(M_ARENA_MAX, 2)
except (OSError, AttributeError):  # not glibc (macOS, Windows, musl)
    _LIBC = None

_timer: threading.Timer | None = None
_timer_lock = threading.Lock()
_frozen = threading.Event()


def trim_soon() -> None:
    """Hand the heap's free pages back to the system a few seconds from now, once for all
    the sessions that end meanwhile (called from any thread, never blocks)."""
    global _timer
    if _LIBC is None:
        return
    with _timer_lock:
        if _timer is None:
            _timer = threading.Timer(TRIM_DELAY_SECONDS, _trim)
            _timer.daemon = True
            _timer.start()


def _trim() -> None:
    global _timer
    with _timer_lock:
        _timer = None
    # A session's objects hold reference cycles, and the app turns Streamlit's collection after
    # every run off (`runner.postScriptGC`): collect once here, then trim. Measured after 30
    # XOR students left: 866 -> 797 MB (a trim alone: 866 -> 856 MB).
    gc.collect()
    _LIBC.malloc_trim(0)  # a foreign call: other threads run meanwhile


def freeze_long_lived() -> None:
    """Once per process: collect, then move every object that exists now (modules, TensorFlow,
    the first compiled kernel) to the collector's permanent generation, so later full
    collections scan only what sessions made since. Measured at 30 XOR students: each full
    collection fell from 200-400 ms to 30-80 ms of the GIL.
    The price: the cycles among objects of that moment (the one session that compiled first)
    are never collected; reference counting still frees everything else."""
    if _frozen.is_set():
        return
    _frozen.set()
    gc.collect()
    gc.freeze()
