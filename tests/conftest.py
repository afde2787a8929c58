"""Tests train in their own process unless they ask for the training worker (the app starts
it by default where the machine allows, `worker.enabled`): a worker that takes over a shape a
few seconds after its first compile would make the in-process engine's tests depend on
timing, and a second TensorFlow runtime in every browser test's server loaded CI's machine.
`tests/unit/test_worker.py` tests it, and the training-controls browser tests run their
server with it, as the app runs.

The browser tests run at normal priority and every other test below it
(`BACKGROUND_NICENESS`). The browser tests wait on a server and a Chromium drawing in
software, one after another on one xdist worker, and they are the suite's critical path;
the other tests only compute. The whole suite took 1,473 s at one priority (session 17) and
737 s with this (session 18, on another 2-core machine: not a same-machine comparison)."""

import os

import pytest

from playground.engine.worker import ENV_SWITCH

os.environ[ENV_SWITCH] = "off"

BACKGROUND_NICENESS = 10
_THREADS = "/proc/self/task"  # Linux: a nice value belongs to each thread
_may_renice = [os.path.isdir(_THREADS)]


def _set_niceness(value: int) -> None:
    """Every thread of this process at nice `value`; processes it starts later inherit it.
    Going back to 0 needs root (CI's case): without, this process stays below."""
    if not _may_renice[0]:
        return
    try:
        for thread in os.listdir(_THREADS):
            try:
                os.setpriority(os.PRIO_PROCESS, int(thread), value)
            except ProcessLookupError:  # the thread has just ended
                pass
    except PermissionError:
        _may_renice[0] = False


@pytest.hookimpl(tryfirst=True)  # before the test's fixtures start servers or browsers
def pytest_runtest_setup(item):
    _set_niceness(0 if "e2e" in item.keywords else BACKGROUND_NICENESS)
