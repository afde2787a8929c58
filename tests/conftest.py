"""Tests train in their own process unless they ask for the training worker: a worker that
takes over a shape a few seconds after its first compile would make the in-process engine's
tests depend on timing. `tests/unit/test_worker.py` tests the worker, and the browser tests of
the training controls run their server with it (`tests/e2e/test_controls_browser.py`)."""

import os

from playground.engine.worker import ENV_SWITCH

os.environ.setdefault(ENV_SWITCH, "off")
