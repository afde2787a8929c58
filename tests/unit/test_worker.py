"""The training worker: XLA slices in a second process give the same numbers as in the
server's process, each session keeps its own state, and training goes on in the server's
process when the worker cannot help (ended, refused, switched off)."""

from __future__ import annotations

import sys
import threading
import time
import types
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import keras
import numpy as np
import pytest

from playground.engine import DIVERGED, TrainData, Trainer
from playground.engine import kernel as kernel_module
from playground.engine import trainer as trainer_module
from playground.engine import worker as worker_module
from playground.engine.worker import ENV_SWITCH, TrainingWorker, WorkerStopped
from playground.models import make_trainer
from playground.specs import LayerSpec, ModelSpec, TrainSpec

READY_WITHIN = 120.0  # seconds for a worker to start and compile a shape (a busy CI machine)


@pytest.fixture(scope="module")
def worker() -> Iterator[TrainingWorker]:
    """A worker of the module's own (switched on), stopped at the end. The process's XLA
    budget is the module's too (other tests' shapes may have used it up)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENV_SWITCH, "on")
        patch.setattr(kernel_module, "_xla_compiles", [0])
        worker = TrainingWorker()
        patch.setattr(trainer_module, "WORKER", worker)
        yield worker
        worker.stop()


@contextmanager
def _in_process_only() -> Iterator[None]:
    """Slices run in this process: the trainer module sees a worker that is switched off."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(trainer_module, "WORKER", TrainingWorker())
        patch.setenv(ENV_SWITCH, "off")
        yield


@contextmanager
def _worker_only() -> Iterator[None]:
    """Fails any slice that would run in this process."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("a slice ran in the server's process")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Trainer, "_local_slice", refuse)
        yield


def _until_ready(worker: TrainingWorker, trainer: Trainer) -> None:
    """Trains one epoch (which asks the worker to compile the shape), then waits for it."""
    trainer.train_epochs(1)
    deadline = time.monotonic() + READY_WITHIN
    while not worker.is_ready(trainer.kernel_key):
        assert time.monotonic() < deadline, "the worker did not compile the shape"
        time.sleep(0.1)


MODEL = ModelSpec(
    input_shape=(2,),
    layers=(LayerSpec(units=5, activation="relu"), LayerSpec(units=3, activation="tanh")),
    output_activation="linear",
)  # a network no other test builds: its own kernels, compiled with XLA
_rng = np.random.default_rng(0)
_x = _rng.normal(size=(40, 2)).astype(np.float32)
DATA = TrainData(_x, (_x[:, :1] * _x[:, 1:] + 0.1).astype(np.float32))


def _trainer(**train) -> Trainer:
    """A regression run on DATA in batches of 8, as a page's `make_trainer` makes it."""
    settings = {"learning_rate": 0.05, "batch_size": 8, **train}
    return make_trainer(MODEL, TrainSpec(**settings), DATA)


def _assert_same_run(a: Trainer, b: Trainer) -> None:
    assert a.epoch == b.epoch
    np.testing.assert_array_equal(a.history.loss, b.history.loss)
    for wa, wb in zip(a.weights, b.weights):
        np.testing.assert_array_equal(wa, wb)
    for sa, sb in zip(a.optimizer_state, b.optimizer_state):
        np.testing.assert_array_equal(sa, sb)


def test_the_switch_and_the_machine_decide(monkeypatch):
    monkeypatch.setenv(ENV_SWITCH, "on")
    assert worker_module.enabled()
    monkeypatch.setenv(ENV_SWITCH, "off")
    assert not worker_module.enabled()
    machines = [(1.0, 8 * 2**30, False), (2.0, 2**30, False), (2.0, 8 * 2**30, True)]
    for switch in ("auto", None):  # unset: as "auto"
        if switch is None:
            monkeypatch.delenv(ENV_SWITCH)
        else:
            monkeypatch.setenv(ENV_SWITCH, switch)
        for cores, memory, expected in machines:
            monkeypatch.setattr(worker_module, "_cores", lambda cores=cores: cores)
            monkeypatch.setattr(worker_module, "_memory_bytes", lambda memory=memory: memory)
            worker_module._machine_allows.cache_clear()  # read once per process
            assert worker_module.enabled() is expected
    worker_module._machine_allows.cache_clear()


def test_one_worker_thread_per_core(monkeypatch):
    for cores, expected in [(1.0, 1), (2.0, 2), (1.5, 1), (16.0, worker_module.MAX_THREADS)]:
        monkeypatch.setattr(worker_module, "_cores", lambda cores=cores: cores)
        worker_module.threads.cache_clear()
        assert worker_module.threads() == expected
    worker_module.threads.cache_clear()


def test_container_limits_are_read(tmp_path):
    quota, unlimited = tmp_path / "cpu.max", tmp_path / "memory.max"
    quota.write_text("150000 100000\n")
    unlimited.write_text("max\n")
    assert worker_module._read_limit(str(quota)) == ["150000", "100000"]
    assert worker_module._read_limit(str(unlimited)) is None
    assert worker_module._read_limit(str(tmp_path / "absent")) is None


def test_slices_in_the_worker_give_the_numbers_of_the_server_process(worker):
    with _in_process_only():
        here = _trainer()
        here.train_epochs(300)
    _until_ready(worker, _trainer())
    there = _trainer()
    with _worker_only():
        there.train_epochs(300)
    _assert_same_run(here, there)


def test_two_sessions_at_once_each_keep_their_own_state(worker):
    settings = [{"seed": 1, "learning_rate": 0.01}, {"seed": 2, "learning_rate": 0.05}]
    with _in_process_only():
        alone = [_trainer(**each) for each in settings]
        for trainer in alone:
            trainer.train_epochs(2_000)
    _until_ready(worker, _trainer())
    together = [_trainer(**each) for each in settings]
    with _worker_only():
        threads = [threading.Thread(target=t.train_epochs, args=(2_000,)) for t in together]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    for a, b in zip(alone, together):
        _assert_same_run(a, b)
    assert not np.array_equal(together[0].weights[0], together[1].weights[0])


def test_a_run_that_blows_up_in_the_worker_stops_as_it_does_here(worker):
    with _in_process_only():
        here = _trainer(learning_rate=10.0)
        here.train_epochs(500)
    _until_ready(worker, _trainer())
    there = _trainer(learning_rate=10.0)
    with _worker_only():
        there.train_epochs(500)
    assert here.status == there.status == DIVERGED
    _assert_same_run(here, there)


def test_when_the_worker_ends_training_goes_on_here_and_it_starts_again(worker):
    _until_ready(worker, _trainer())
    with _in_process_only():
        reference = _trainer()
        reference.train_epochs(400)
    trainer = _trainer()
    trainer.train_epochs(200)
    starts = worker.starts
    worker.stop()
    assert not worker.is_ready(trainer.kernel_key)
    request = trainer._request(
        (trainer.weights, trainer.optimizer_state, 0.05), 0, 8, 0, np.zeros(3, np.float32)
    )
    with pytest.raises(WorkerStopped):  # a slice never waits for a new worker to compile
        worker.train(request)
    assert worker.starts == starts
    trainer.train_epochs(200)  # in this process, and it asks for a new worker
    _assert_same_run(reference, trainer)
    assert worker.starts == starts + 1
    _until_ready(worker, trainer)


def test_an_error_in_the_worker_reaches_the_session_and_the_worker_goes_on(worker):
    trainer = _trainer()
    _until_ready(worker, trainer)
    request = trainer._request(
        (trainer.weights, trainer.optimizer_state, 0.1), 0, 4, 0, np.zeros(3, np.float32)
    )
    wrong = TrainData(np.zeros((4, 3), np.float32), np.zeros((4, 1), np.float32))
    with pytest.raises(Exception):  # TensorFlow's own error, or one with its message
        worker.train(replace(request, key=("wrong", request.key), data=wrong))
    result, seconds = worker.train(request)
    assert result.steps_done == 4 and seconds > 0


def _local_model() -> keras.Model:
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(0.1), loss=keras.losses.MeanSquaredError())
    model.optimizer.build(model.trainable_variables)
    return model


def test_a_model_the_worker_cannot_take_trains_here(worker):
    data = TrainData(np.ones((4, 2), np.float32), np.ones((4, 1), np.float32))
    trainer = Trainer(
        ("unpicklable",), lambda: _local_model(), data, batch_size=4, learning_rate=0.1, jit=True
    )
    assert trainer.uses_xla
    trainer.train_epochs(50)
    deadline = time.monotonic() + 5
    while trainer.kernel_key not in worker._refused and time.monotonic() < deadline:
        time.sleep(0.05)
    assert trainer.kernel_key in worker._refused
    assert trainer.train_epochs(50) == 50 and not worker.is_ready(trainer.kernel_key)


def test_the_worker_does_not_run_the_servers_script(tmp_path, monkeypatch):
    """Under Streamlit the app's script is `__main__`, which a spawned child runs again before
    its target: the worker would run the whole app. A script that leaves a mark shows it."""
    mark = tmp_path / "ran"
    script = tmp_path / "app.py"
    script.write_text(f"open({str(mark)!r}, 'w').close()\n")
    as_streamlit_runs_it = types.ModuleType("__main__")
    as_streamlit_runs_it.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", as_streamlit_runs_it)
    monkeypatch.setenv(ENV_SWITCH, "on")
    monkeypatch.setattr(kernel_module, "_xla_compiles", [0])
    worker = TrainingWorker()
    monkeypatch.setattr(trainer_module, "WORKER", worker)
    try:
        _until_ready(worker, _trainer())
        assert worker_module.multiprocessing.spawn.get_preparation_data.__name__ == (
            "get_preparation_data"
        )  # put back after the start
    finally:
        worker.stop()
    assert not mark.exists()
