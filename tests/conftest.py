"""Tests train in their own process unless they ask for the training worker (off by default
in the app too): a worker that takes over a shape a few seconds after its first compile would
make the in-process engine's tests depend on timing. `tests/unit/test_worker.py` tests it."""

import os

from playground.engine.worker import ENV_SWITCH

os.environ[ENV_SWITCH] = "off"
