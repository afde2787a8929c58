"""The live-training engine: fast, pausable, per-session training of compiled Keras models.

* `types`: the plain data a page hands in and gets back (TrainData, History, Snapshot).
* `kernel`: a compiled Keras model + optimizer + one traced loop running many steps per call
  (XLA for small dense nets).
* `runtime`: TensorFlow hygiene for a shared server: per-shape kernel pools (sessions of one
  shape train in parallel, memory bounded), gradient-registry and runtime-cache cleanup.
* `trainer`: one user's run, NumPy state only, trained in fair, time-bounded slices that only
  the run that started them may store (generations).
* `worker`: a second process with its own GIL that runs XLA slices, where the machine has the
  cores and memory for it.
"""

from playground.engine.kernel import Kernel
from playground.engine.runtime import KernelCache, KernelPools, call_training_loop
from playground.engine.trainer import KERNELS, MAX_KERNELS, Trainer
from playground.engine.types import DIVERGED, READY, History, Snapshot, TrainData

__all__ = [
    "DIVERGED",
    "KERNELS",
    "MAX_KERNELS",
    "READY",
    "History",
    "Kernel",
    "KernelCache",
    "KernelPools",
    "Snapshot",
    "TrainData",
    "Trainer",
    "call_training_loop",
]
