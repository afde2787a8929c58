"""Sessions train in parallel, slices are sized fairly and bounded, and only the run that
started a slice may store it (generations): reset and invalidate always win."""

import itertools
import threading
import time

import numpy as np
import pytest

from playground.engine import Kernel, KernelPools, TrainData, Trainer
from playground.engine.runtime import KERNELS_PER_KEY
from playground.engine.trainer import KERNELS
from playground.models import build_model, metric_for
from playground.specs import LayerSpec, ModelSpec

SPEC = ModelSpec(input_shape=(2,), layers=(LayerSpec(units=4, activation="tanh"),), loss="mse")


def _data(n: int = 40) -> TrainData:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(n, 2)).astype(np.float32)
    return TrainData(x, (x[:, :1] * x[:, 1:] > 0).astype(np.float32))


def _trainer(tag: str, seed: int = 0, n: int = 40, jit="auto") -> Trainer:
    return Trainer(
        (SPEC, "adam", tag),
        lambda: build_model(SPEC, "adam", 0.01),
        _data(n),
        batch_size=4,
        learning_rate=0.01,
        seed=seed,
        metric=metric_for(SPEC),
        jit=jit,
    )


class _Gate:
    """Makes every kernel call (after its work) wait until released: a slow slice."""

    def __init__(self, monkeypatch) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        original = Kernel.train

        def train(kernel, *args):
            result = original(kernel, *args)
            self.entered.set()
            assert self.release.wait(20)
            return result

        monkeypatch.setattr(Kernel, "train", train)


def _in_thread(target, *args) -> tuple[threading.Thread, list]:
    out: list = []
    thread = threading.Thread(target=lambda: out.append(target(*args)))
    thread.start()
    return thread, out


def test_two_trainers_of_one_shape_train_in_parallel_with_their_own_weights(monkeypatch):
    # Without XLA: an XLA shape has one kernel (see runtime.KernelPools).
    alone = [_trainer("parallel", seed, jit=False) for seed in (1, 2)]
    for trainer in alone:
        trainer.train_epochs(6)
    together = [_trainer("parallel", seed, jit=False) for seed in (1, 2)]
    while len(KERNELS.kernels(together[0].kernel_key)) < 2:  # neither thread builds one
        KERNELS.add(together[0].kernel_key, together[0]._new_kernel())
    active, peak, lock = [0], [0], threading.Lock()
    wanted = min(2, KERNELS_PER_KEY)  # kernels of one shape that may run at once
    all_inside = threading.Event()  # set once that many threads were inside a kernel call
    deadline = time.monotonic() + 20
    original = Kernel.train

    def train(kernel, *args):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            if active[0] == wanted:
                all_inside.set()
        try:
            # Each call waits for the other thread to get there too (however late it is
            # scheduled), so a pool that ran one kernel at a time shows as a peak of 1.
            all_inside.wait(max(0.0, deadline - time.monotonic()))
            return original(kernel, *args)
        finally:
            with lock:
                active[0] -= 1

    monkeypatch.setattr(Kernel, "train", train)
    threads = [threading.Thread(target=t.train_epochs, args=(6,)) for t in together]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert peak[0] == wanted  # two kernels of one shape ran at once
    for reference, trainer in zip(alone, together):
        assert trainer.epoch == 6
        for a, b in zip(reference.weights, trainer.weights):
            np.testing.assert_allclose(a, b, rtol=1e-6)
        np.testing.assert_allclose(reference.history.loss, trainer.history.loss, rtol=1e-6)


def test_reset_mid_slice_wins_at_once_and_the_slice_is_not_stored(monkeypatch):
    trainer = _trainer("reset-mid-slice", seed=3)
    initial = [w.copy() for w in trainer.weights]
    trainer.train_epochs(2)
    gate = _Gate(monkeypatch)
    thread, kept = _in_thread(trainer.train_epochs, 3)
    assert gate.entered.wait(20)
    resetting = threading.Thread(target=trainer.reset)
    resetting.start()
    resetting.join(10)  # shorter than the gate's 20 s: a reset that waited would still wait
    assert not resetting.is_alive()  # done while the slice is still held in the kernel
    gate.release.set()
    thread.join()
    assert kept == [0]
    assert trainer.epoch == 0 and trainer.step == 0
    assert len(trainer.history.loss) == 0 and len(trainer.history.batch_loss) == 0
    assert trainer.steps_per_second == 0
    for a, b in zip(initial, trainer.weights):
        np.testing.assert_array_equal(a, b)


def test_invalidate_discards_the_slice_in_flight_and_stops_the_run(monkeypatch):
    trainer = _trainer("invalidate", seed=4)
    trainer.train_epochs(1)
    before = trainer.snapshot()
    weights = [w.copy() for w in trainer.weights]
    gate = _Gate(monkeypatch)
    thread, snapshots = _in_thread(trainer.run, 1_000)
    assert gate.entered.wait(20)
    trainer.invalidate()  # what the UI does on pause
    gate.release.set()
    thread.join(20)
    assert not thread.is_alive()  # the stale run returned instead of training on
    assert snapshots[0].superseded
    assert trainer.step == before.step and trainer.history is before.history
    for a, b in zip(weights, trainer.weights):
        np.testing.assert_array_equal(a, b)
    assert not trainer.run(trainer.epoch + 1).superseded  # the next run trains normally
    assert trainer.epoch == before.epoch + 1


def test_two_threads_on_one_trainer_never_both_commit_from_one_start(monkeypatch):
    trainer = _trainer("two-threads", seed=5)
    reference = _trainer("two-threads", seed=5)
    reference.train_epochs(1)
    trainer.prepare()
    gate = _Gate(monkeypatch)
    first, first_kept = _in_thread(trainer.train_epochs, 1)
    assert gate.entered.wait(20)
    first_generation = trainer.generation
    second, _ = _in_thread(trainer.train_epochs, 1)  # claims the trainer
    deadline = time.monotonic() + 10  # shorter than the gate's 20 s
    while trainer.generation == first_generation and time.monotonic() < deadline:
        time.sleep(0.01)  # until the second thread has claimed it, however late it runs
    assert trainer.generation > first_generation
    gate.release.set()
    first.join()
    second.join()
    assert first_kept == [0]  # superseded: the newest caller wins
    assert trainer.epoch == 1 and len(trainer.history.loss) == 1
    for a, b in zip(reference.weights, trainer.weights):
        np.testing.assert_allclose(a, b, rtol=1e-6)


def test_waiting_for_a_kernel_does_not_shrink_the_next_slice(monkeypatch):
    trainer = _trainer("fair-slices", jit=False)
    trainer.run(10**6, interval=0.05, budget=1.0)  # settles on its pace
    settled = trainer.slice_steps
    acquire = KernelPools._acquire

    def slow_acquire(pools, *args):
        time.sleep(0.5)  # other sessions hold every kernel of this shape
        return acquire(pools, *args)

    monkeypatch.setattr(KernelPools, "_acquire", slow_acquire)
    trainer.run(10**6, interval=0.05, budget=1.5)
    # Sized by elapsed time, a slice would shrink about tenfold (0.05 s of 0.55 s computes).
    assert trainer.slice_steps >= settled / 3


def test_first_slice_is_one_epoch_and_slices_grow_gradually(monkeypatch):
    trainer = _trainer("growth", n=400, jit=False)  # 100 batches per epoch: looped steps
    trainer.prepare()
    sizes = []
    original = Kernel.train

    def train(kernel, data, state, start_step, n_steps, *args):
        sizes.append(n_steps)
        return original(kernel, data, state, start_step, n_steps, *args)

    monkeypatch.setattr(Kernel, "train", train)
    trainer.run(3, interval=0.05)  # 300 steps: at least five slices at 4x growth, however fast
    assert sizes[0] == 1 and len(sizes) >= 5
    assert all(b <= 4 * a for a, b in itertools.pairwise(sizes[:-1]))  # the last is cut short
    assert trainer.steps_per_second > 0


@pytest.mark.parametrize("jit", [False, True])
def test_prepare_traces_without_storing_anything(jit):
    trainer = _trainer(f"prepare-{jit}", jit=jit)
    weights = [w.copy() for w in trainer.weights]
    trainer.prepare()  # waits for the compile the new shape started in the background
    assert trainer.is_prepared
    assert trainer.step == 0 and len(trainer.history.loss) == 0
    for a, b in zip(weights, trainer.weights):
        np.testing.assert_array_equal(a, b)
    assert trainer.train_epochs(1) == trainer.steps_per_epoch


def test_speed_is_this_runs_own_and_zero_after_reset():
    trainer = _trainer("speed")
    assert trainer.steps_per_second == 0
    trainer.run(3)
    assert trainer.steps_per_second > 0
    trainer.reset()
    assert trainer.steps_per_second == 0


class _Dummy:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.prepared = True


def test_an_xla_shape_keeps_one_pinned_kernel():
    pools = KernelPools(capacity=1, per_key=2)
    xla = _Dummy()
    xla.jit = True
    with pools.lease("xla", lambda: xla), pools.lease("other", _Dummy):
        pass  # over capacity, but the XLA kernel stays
    assert pools.kernels("xla") == [xla]
    with pools.lease("xla", _Dummy) as kernel:
        assert kernel is xla
    assert pools.kernels_at_once("xla") == 1  # its sessions take turns on it
    assert pools.kernels_at_once("other") == pools.kernels_at_once("new") == 2


def test_pools_lease_free_kernels_cap_per_key_and_evict_least_recent_keys():
    pools = KernelPools(capacity=3, per_key=2)
    with pools.lease("a", _Dummy) as first, pools.lease("a", _Dummy) as second:
        assert first is not second and len(pools.kernels("a")) == 2
        waited = []

        def third():
            with pools.lease("a", _Dummy) as kernel:
                waited.append(kernel)

        thread = threading.Thread(target=third)
        thread.start()
        time.sleep(0.1)
        assert not waited  # the pool is full: it waits for a kernel instead of a third
    thread.join(60)
    assert waited and waited[0] in (first, second)
    with pools.lease("b", _Dummy):
        pass
    with pools.lease("c", _Dummy):  # a fourth kernel: "a" was used least recently
        pass
    assert pools.kernels("a") == [] and len(pools) == 2


def test_a_busy_kernel_is_handed_round_in_the_order_asked():
    """Sessions queue for one kernel first come, first served: while five threads keep
    leasing, each gets its turn within every few turns, none is starved by the others' quick
    re-leases (a plain lock lets the releasing thread take it again at once)."""
    pools = KernelPools(capacity=1, per_key=1)
    with pools.lease("k", _Dummy):
        pass  # the one kernel exists
    turns: list[int] = []
    start = threading.Barrier(5)

    def student(number: int) -> None:
        start.wait()
        for _ in range(30):
            with pools.lease("k", _Dummy):
                turns.append(number)
                time.sleep(0.002)  # a short slice

    threads = [threading.Thread(target=student, args=(n,)) for n in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)  # 150 hand-overs, each waiting for its thread to be scheduled
    assert not any(thread.is_alive() for thread in threads)
    first_done = min(max(i for i, n in enumerate(turns) if n == s) for s in range(5))
    while_all_ask = turns[: first_done + 1]
    widest_gap = max(
        later - earlier
        for s in range(5)
        for earlier, later in itertools.pairwise(i for i, n in enumerate(while_all_ask) if n == s)
    )
    assert len(while_all_ask) >= 100 and widest_gap <= 8, turns


def test_a_class_arriving_at_once_builds_one_first_kernel():
    """Ten sessions of one shape ask for its first kernel together: one is built, all get it
    (each building its own spent the XLA budget of other shapes)."""
    pools = KernelPools(capacity=4, per_key=2)
    built: list[_Dummy] = []

    def build() -> _Dummy:
        time.sleep(0.2)  # a model build takes a while: the others ask meanwhile
        built.append(_Dummy())
        return built[-1]

    got: list[_Dummy] = []
    threads = [
        threading.Thread(target=lambda: got.append(pools.first("k", build))) for _ in range(10)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not any(thread.is_alive() for thread in threads)
    assert len(built) == 1 and got == built * 10
    assert pools.kernels("k") == built


def test_a_new_shape_compiles_in_the_background_before_anyone_presses_play():
    trainer = _trainer("background-compile", jit=True)
    deadline = time.monotonic() + 60
    while not trainer.is_prepared and time.monotonic() < deadline:
        time.sleep(0.05)
    assert trainer.is_prepared and trainer.step == 0  # nothing trained, nothing stored


def test_slowdown_says_how_much_longer_than_its_kernels_best_pace_a_slice_took():
    """The figure a class's slices are sized by (`live_load.LiveLoad.slowdown`): a slice's
    time over what its kernel's best pace says it should take. A kernel believed three times
    faster than its best makes the next slice count about three times as slow (a little less
    if that slice beat every one before it). A new run's first slices (1, 4, 16 steps) are
    mostly their call's fixed cost and do not count."""
    trainer = _trainer("slowdown")
    trainer.train_steps(1)
    assert trainer.slowdown == 1.0
    trainer.run(10**6, budget=1.0)  # long enough for slices sized by the pace
    assert trainer.slowdown >= 1.0
    for kernel in KERNELS.kernels(trainer.kernel_key):
        kernel.pace *= 3
    trainer.run(10**6, budget=0.001)  # one slice, as long as the last, planned a third of it
    assert trainer.slowdown > 2
