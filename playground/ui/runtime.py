"""Adjustments to Streamlit's runtime: one the shared training engine needs, one the `pages/`
folder needs, page runs a class makes together drawn in turn, a live fragment's timer and
delivery, and memory handed back when a session ends (closed tabs' sessions dropped on time)."""

from __future__ import annotations

import logging
import sys
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import streamlit as st
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime import Runtime
from streamlit.runtime.scriptrunner import get_script_run_ctx, script_runner

try:  # private: where a fragment run keeps its id (see `retime_running_fragment`)
    from streamlit.runtime.scriptrunner_utils.script_run_context import ThreadState
except ImportError:
    ThreadState = None

from playground import heap, live_load

if TYPE_CHECKING:
    from streamlit.runtime.app_session import AppSession

_LOGGER = logging.getLogger(__name__)
_SEND_POLL_SECONDS = 0.005
_SESSION_END = "runtime.session_end"
_ARRIVED = "runtime.arrived"  # this session's first page run has been drawn
_TURN_NEXT = "runtime.turn_next"  # this session's next page run takes a turn
_sweeping = threading.Event()  # the process's closed-session sweep has started

# Closes Streamlit's "Page not found" dialog once it is on screen (it arrives before the page).
_CLOSE_PAGE_NOT_FOUND = """
<script>
(() => {
  const doc = window.parent.document;
  const started = Date.now();
  const timer = setInterval(() => {
    for (const dialog of doc.querySelectorAll("[role=dialog]")) {
      if (dialog.querySelector("h2")?.textContent.trim() === "Page not found") {
        dialog.querySelector("button[aria-label=Close]")?.click();
        clearInterval(timer);
      }
    }
    if (Date.now() - started > 10000) clearInterval(timer);
  }, 50);
})();
</script>
"""


def keep_tensorflow_caches() -> None:
    """Stop Streamlit from calling `keras.backend.clear_session()` after every script run.

    Streamlit does that to reset Keras for apps that build models in the script. Here models
    live in the engine's shared kernels, and clear_session empties TensorFlow's runtime cache
    for every user at once: after each rerun the next training slice re-instantiates its
    compiled loop (~0.1 s), and it can hit another session mid-training. The engine manages
    TensorFlow's caches itself (see `playground.engine`). Streamlit's other cleanup in that
    hook, closing matplotlib figures, is kept.
    """
    if not hasattr(script_runner, "_clean_problem_modules"):
        _LOGGER.warning("Streamlit no longer has _clean_problem_modules; nothing to adjust")
        return
    script_runner._clean_problem_modules = _close_matplotlib_figures


def _close_matplotlib_figures() -> None:
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")


def close_legacy_page_not_found() -> None:
    """Undo the false "Page not found" of a deep link that came through the legacy router.

    Streamlit 1.67 runs script runs through its legacy `pages/` router while
    `PagesManager.uses_pages_directory` holds: from a fresh server's start, because a `pages`
    folder exists beside app.py (its subfolders do not matter), until app.py's first
    `st.navigation` clears it. That router lists no page but app.py, so a deep link (/xor)
    gets a "Page not found" dialog before app.py's own navigation opens the right page. Every
    session that connects before that first `st.navigation` takes this path (a class opening
    the link right after a restart), so the test is whether this very run is inside it.
    """
    if _inside_legacy_router():
        with st.sidebar:
            st.html(_CLOSE_PAGE_NOT_FOUND, unsafe_allow_javascript=True)


def _inside_legacy_router() -> bool:
    legacy_router = getattr(script_runner, "_mpa_v1", None)
    frame = sys._getframe(1)
    while frame is not None and legacy_router is not None:
        if frame.f_code is legacy_router.__code__:
            return True
        frame = frame.f_back
    return False


@contextmanager
def page_run_in_turn() -> Iterator[None]:
    """Draw this page run while no other session draws one of these, if it is one a class
    makes all at once: a session's first (the class opens the link together) or the one
    that settles the page after a run ended (`take_turn_next_run`; the class pressed ▶
    together, so it finishes together). Waits up to `live_load.TURN_PATIENCE_SECONDS`;
    every other run (a click, a page switch, training) goes straight on.

    Thirty such runs drawn at once share one GIL with the event loop that sends their
    messages and with the live views of the class: on arrival the loop fell behind and
    every student looked at a blank page until all thirty were done (~1.8 s); at the end,
    the views of those still training stood still for 2-3 s. In turn, everyone has the
    app's sidebar within ~0.4 s, the pages follow one by one (the last no later than
    before), and the views keep moving (`bench/classroom.py`: first_paint, page_ready,
    max_freeze)."""
    take_turn = _ARRIVED not in st.session_state or st.session_state.pop(_TURN_NEXT, False)
    if not take_turn:
        yield
        return
    with live_load.PAGE_TURNS.turn():
        try:
            yield
        finally:
            st.session_state[_ARRIVED] = True


def take_turn_next_run() -> None:
    """Have this session's next page run wait for its turn (see `page_run_in_turn`)."""
    st.session_state[_TURN_NEXT] = True


def retime_running_fragment(seconds: float) -> bool:
    """Set the browser's rerun timer of the fragment running now to every `seconds`.

    Streamlit sends a fragment's `run_every` only when a full run registers the fragment, so
    changing it took an `st.rerun()` from inside the fragment. Under a class's load that full
    run could be lost: its start drops the browser's fragment timers, and when it then ended
    early for the reruns those timers had already queued, no run registered the fragment
    again and the view stood still until the next click (seen in about one class benchmark in
    eight). The browser replaces a fragment's timer whenever it is sent a new interval for it
    (the frontend's `handleAutoRerun`), so the fragment sends that message itself. Returns
    False, and sends nothing, outside a fragment or if Streamlit's internals have moved."""
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None or ThreadState is None:
        return False
    fragment_id = getattr(ThreadState.get(), "fragment_id", None)
    if not fragment_id:
        return False
    msg = ForwardMsg()
    msg.auto_rerun.interval = seconds
    msg.auto_rerun.fragment_id = fragment_id
    ctx.enqueue(msg)
    return True


def wait_until_sent(timeout: float) -> None:
    """Hold this script run until what it has drawn so far has gone to the browser (at most
    `timeout` seconds).

    A run's messages wait in the session's queue until the server's event loop sends them,
    and when the next run starts Streamlit drops the unsent messages of the fragments it
    reruns. Under a class's load the event loop falls behind, the browser's timer has the
    next fragment run queued already, and so whole redraws were dropped: the class benchmark
    saw students' counters stand still for 3 s while training went on, their fragment runs
    ending "early for rerun" one after another. The event loop itself looks at the queue
    (`_SEND_POLL_SECONDS` apart) and wakes this thread once: fifty script threads each
    waking every 5 ms to look took the GIL from the event loop they were waiting for, ten
    thousand times a second. Does nothing outside a served session (e.g. under AppTest)."""
    session = _served_session()
    try:
        loop, queue = session._event_loop, session._browser_queue
    except AttributeError:  # not served, or Streamlit's internals moved
        return
    deadline = time.monotonic() + timeout
    sent = threading.Event()

    def look() -> None:  # on the event loop, which empties the queue
        if queue.is_empty():
            sent.set()
        elif time.monotonic() < deadline:  # a closed tab's queue may never empty
            loop.call_later(_SEND_POLL_SECONDS, look)

    loop.call_soon_threadsafe(look)
    sent.wait(timeout)


def _served_session() -> AppSession | None:
    """The AppSession serving this script run (private Streamlit); None outside a served
    session (e.g. under AppTest) or if Streamlit's internals have moved."""
    ctx = get_script_run_ctx(suppress_warning=True)
    if ctx is None or not Runtime.exists():
        return None
    try:
        info = Runtime.instance()._session_mgr.get_session_info(ctx.session_id)
    except AttributeError:
        return None
    return getattr(info, "session", None)


class _SessionEnd:
    """Held in one session's state only, so it is freed with the session's models and
    histories (Streamlit drops a closed tab's session `server.disconnectedSessionTTL` later)."""


def release_memory_when_session_ends() -> None:
    """When this session ends, hand the memory it freed back to the system (`heap.trim_soon`)."""
    if _SESSION_END not in st.session_state:
        marker = _SessionEnd()
        weakref.finalize(marker, heap.trim_soon).atexit = False  # at exit, no new thread
        st.session_state[_SESSION_END] = marker


def expire_closed_sessions() -> None:
    """Start (once per process) dropping closed tabs' sessions when their time to reconnect is
    up, and handing their memory back.

    Streamlit keeps a closed tab's session for `server.disconnectedSessionTTL` (120 s) in case
    it comes back, in a store that expires entries only when it is next written to, i.e. when
    another tab connects or disconnects. So after a class left, the server held every
    student's models and histories until the next class came. A sweep a few times per TTL
    expires the store on the event loop (where Streamlit uses it) and trims the heap once it
    dropped a session. Does nothing outside a served session, or if Streamlit's internals
    have moved."""
    session = None if _sweeping.is_set() else _served_session()
    if session is None:
        return
    try:
        manager = Runtime.instance()._session_mgr
        store, lock = manager._session_storage._cache, manager._storage_lock
        loop = session._event_loop
        every = max(0.5, min(15.0, store.ttl / 4))
    except AttributeError:
        _LOGGER.warning("Streamlit's session store moved; closed sessions expire lazily")
        return
    _sweeping.set()

    def expire() -> None:
        with lock:
            dropped = store.expire()
        if dropped:
            heap.trim_soon()  # collects the dropped sessions' cycles, then trims

    def sweep() -> None:
        while not loop.is_closed():
            time.sleep(every)
            try:
                loop.call_soon_threadsafe(expire)
            except RuntimeError:  # the loop closed meanwhile: the server is stopping
                return

    threading.Thread(target=sweep, name="session-sweep", daemon=True).start()
