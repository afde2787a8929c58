"""`wait_until_sent`: a live fragment run ends only once the server's event loop has sent what
it drew (Streamlit drops a fragment's unsent redraw when its next run starts). And what a
script draws reaches the event loop in order, many messages per wake-up."""

from __future__ import annotations

import asyncio
import threading
import time
from functools import partial
from types import SimpleNamespace

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.runtime.forward_msg_queue import ForwardMsgQueue

from playground.ui import runtime


class _Server:
    """An event loop in its own thread and one session's browser queue, as Streamlit has."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.queue = ForwardMsgQueue()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        session = SimpleNamespace(_event_loop=self.loop, _browser_queue=self.queue)
        session._call_soon_on_event_loop = partial(runtime._call_soon_in_batches, session)
        self.session = session
        manager = SimpleNamespace(get_session_info=lambda _id: SimpleNamespace(session=session))
        self.runtime = SimpleNamespace(_session_mgr=manager)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


def _serve(monkeypatch, server: _Server) -> None:
    ctx = SimpleNamespace(session_id="a session")
    monkeypatch.setattr(runtime, "get_script_run_ctx", lambda suppress_warning: ctx)
    monkeypatch.setattr(runtime.Runtime, "exists", staticmethod(lambda: True))
    monkeypatch.setattr(runtime.Runtime, "instance", staticmethod(lambda: server.runtime))


def _drawn() -> ForwardMsg:
    msg = ForwardMsg()
    msg.delta.new_element.markdown.body = "Epoch 1"
    return msg


def test_a_run_waits_until_its_redraw_is_sent(monkeypatch):
    server = _Server()
    _serve(monkeypatch, server)
    server.queue.enqueue(_drawn())
    sent = []

    def send_later() -> None:
        time.sleep(0.3)  # the event loop is busy with other sessions
        sent.extend(server.queue.flush())

    sender = threading.Thread(target=send_later)
    sender.start()
    runtime.wait_until_sent(timeout=30)
    assert len(sent) == 1 and server.queue.is_empty()
    sender.join(10)
    server.stop()


def test_the_wait_is_bounded(monkeypatch):
    server = _Server()
    _serve(monkeypatch, server)
    server.queue.enqueue(_drawn())  # never sent
    began = time.monotonic()
    runtime.wait_until_sent(timeout=0.2)
    assert not server.queue.is_empty()
    assert time.monotonic() - began < 10  # it returned: no hang (not a speed check)
    server.stop()



def _count_wake_ups(server: _Server) -> list[int]:
    wake_ups = []
    call_soon_threadsafe = server.loop.call_soon_threadsafe

    def counted(callback, *args):
        wake_ups.append(1)
        return call_soon_threadsafe(callback, *args)

    server.loop.call_soon_threadsafe = counted
    return wake_ups


def test_a_scripts_callbacks_run_on_the_loop_in_order_many_per_wake_up():
    server = _Server()
    busy, ran, done = threading.Event(), [], threading.Event()
    server.loop.call_soon_threadsafe(busy.wait, 30)  # the loop is busy with other sessions
    wake_ups = _count_wake_ups(server)
    for i in range(50):  # a page's messages, drawn meanwhile
        server.session._call_soon_on_event_loop(partial(ran.append, i))
    server.session._call_soon_on_event_loop(done.set)
    busy.set()
    assert done.wait(30)
    assert ran == list(range(50))
    assert len(wake_ups) == 1
    later = threading.Event()  # the loop caught up: the next callbacks wake it again
    server.session._call_soon_on_event_loop(partial(ran.append, 50))
    server.session._call_soon_on_event_loop(later.set)
    assert later.wait(30)
    assert ran[-1] == 50 and 2 <= len(wake_ups) <= 3
    server.stop()


def test_a_failing_callback_does_not_hold_up_the_others(caplog):
    server = _Server()
    ran, done = [], threading.Event()
    server.session._call_soon_on_event_loop(lambda: 1 / 0)
    server.session._call_soon_on_event_loop(partial(ran.append, "after"))
    server.session._call_soon_on_event_loop(done.set)
    assert done.wait(30)
    assert ran == ["after"]
    assert "ZeroDivisionError" in caplog.text
    server.stop()


def test_streamlit_sessions_hand_their_callbacks_over_in_batches(monkeypatch):
    monkeypatch.setattr(runtime.AppSession, "_call_soon_on_event_loop", lambda *a: None)
    monkeypatch.setattr(runtime.Runtime, "_enqueued_some_message", lambda *a: None)
    runtime.hand_messages_over_in_batches()
    assert runtime.AppSession._call_soon_on_event_loop is runtime._call_soon_in_batches
    assert runtime.Runtime._enqueued_some_message is runtime._wake_sender
