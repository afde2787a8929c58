"""`wait_until_sent`: a live fragment run ends only once the server's event loop has sent what
it drew (Streamlit drops a fragment's unsent redraw when its next run starts)."""

from __future__ import annotations

import asyncio
import threading
import time
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
        manager = SimpleNamespace(get_session_info=lambda _id: SimpleNamespace(session=session))
        self.runtime = SimpleNamespace(_session_mgr=manager)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


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


def test_only_the_event_loop_looks_at_the_queue(monkeypatch):
    """The waiting script thread sleeps until it is told: with a class, threads waking to
    look took the GIL from the event loop that sends (see `wait_until_sent`)."""
    server = _Server()
    _serve(monkeypatch, server)
    lookers: list[int] = []
    is_empty = server.queue.is_empty

    def watched() -> bool:
        lookers.append(threading.get_ident())
        return is_empty()

    monkeypatch.setattr(server.queue, "is_empty", watched)
    server.queue.enqueue(_drawn())
    server.loop.call_soon_threadsafe(server.loop.call_later, 0.2, server.queue.flush)
    runtime.wait_until_sent(timeout=30)
    assert server.queue.is_empty()
    assert len(lookers) > 1 and set(lookers[:-1]) == {server.thread.ident}
    server.stop()


def test_the_event_loop_stops_looking_after_the_wait(monkeypatch):
    server = _Server()
    _serve(monkeypatch, server)
    looks = []
    monkeypatch.setattr(server.queue, "is_empty", lambda: looks.append(1) or False)
    runtime.wait_until_sent(timeout=0.1)
    time.sleep(0.2)
    after_wait = len(looks)
    time.sleep(0.2)
    assert after_wait > 0 and len(looks) == after_wait
    server.stop()
