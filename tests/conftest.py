"""Tests train in their own process unless they ask for the training worker (the app starts
it by default where the machine allows, `worker.enabled`): a worker that takes over a shape a
few seconds after its first compile would make the in-process engine's tests depend on
timing, and a second TensorFlow runtime in every browser test's server loaded CI's machine.
`tests/unit/test_worker.py` tests it, and the training-controls browser tests run their
server with it, as the app runs."""

import os

from playground.engine.worker import ENV_SWITCH

os.environ[ENV_SWITCH] = "off"
