"""The XOR page's spec as a standalone Keras program (see `playground.codegen`)."""

from __future__ import annotations

from playground import codegen
from playground.lessons.xor.model import model_spec
from playground.lessons.xor.spec import XorSpec

__all__ = ["model_spec", "program"]

# The page's generators (playground/lessons/xor/data.py), written out for the script.
GENERATOR_CODE = {
    "xor": """
def make_points(rng, n):
    points = rng.uniform(-5, 5, size=(n, 2))
    points += np.sign(points) * 0.3  # {gap}
    return points, (points[:, 0] * points[:, 1] > 0).astype(np.float32)
""",
    "circle": """
def make_points(rng, n):
    inner = n // 2
    radius = np.concatenate([rng.uniform(0, 2.5, inner), rng.uniform(3.5, 5, n - inner)])
    angle = rng.uniform(0, 2 * np.pi, n)
    points = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
    return points, (np.arange(n) < inner).astype(np.float32)
""",
    "gaussians": """
def make_points(rng, n):
    labels = (np.arange(n) < n // 2).astype(np.float32)
    centres = np.where(labels[:, None] == 1, 2.0, -2.0)
    return centres + rng.normal(0, 1.0, size=(n, 2)), labels
""",
    "spiral": """
def make_points(rng, n):
    labels = (np.arange(n) < n // 2).astype(np.float32)
    t = np.concatenate([np.linspace(0, 1, n // 2), np.linspace(0, 1, n - n // 2)])
    radius = 5 * t
    angle = 1.75 * 2 * np.pi * t + np.pi * labels
    points = np.stack([radius * np.sin(angle), radius * np.cos(angle)], axis=1)
    return points, labels
""",
    "moons": """
def make_points(rng, n):
    upper = n // 2
    angle = np.concatenate([rng.uniform(0, np.pi, upper), rng.uniform(0, np.pi, n - upper)])
    labels = (np.arange(n) >= upper).astype(np.float32)
    x = np.where(labels == 0, np.cos(angle), 1 - np.cos(angle))
    y = np.where(labels == 0, np.sin(angle), 0.5 - np.sin(angle))
    points = np.stack([(x - 0.5) * 3.5, (y - 0.25) * 3.5], axis=1)
    return points, labels
""",
}
FEATURE_CODE = {
    "x1": "p[:, 0]",
    "x2": "p[:, 1]",
    "x1_sq": "p[:, 0] ** 2",
    "x2_sq": "p[:, 1] ** 2",
    "x1_x2": "p[:, 0] * p[:, 1]",
    "sin_x1": "np.sin(p[:, 0])",
    "sin_x2": "np.sin(p[:, 1])",
}


def _data_code(spec: XorSpec, lang: str) -> str:
    data = spec.data
    if data.name == "xor_table":
        lines = [
            f"# {codegen.tr('xor_table', lang)}",
            "points_train = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float32)",
            "y_train = np.array([[0], [1], [1], [0]], dtype=np.float32)",
            "points_test, y_test = points_train, y_train",
        ]
    else:
        n_train = int(round(data.n_samples * data.train_share))
        n_train = min(max(n_train, 1), data.n_samples - 1)
        generator = GENERATOR_CODE[data.name].format(gap=codegen.tr("xor_gap", lang)).strip()
        lines = [
            f"DATA_SEED = {data.seed}",
            f"N_SAMPLES = {data.n_samples}",
            f"NOISE = {data.noise!r}",
            f"N_TRAIN = {n_train}",
            "",
            "",
            generator,
            "",
            "",
            "rng = np.random.default_rng(DATA_SEED)",
            "points, labels = make_points(rng, N_SAMPLES)",
            f"# {codegen.tr('xor_noise', lang)}",
            "points = points + rng.normal(0, NOISE * 2.0, size=points.shape)",
            f"order = rng.permutation(N_SAMPLES)  # {codegen.tr('xor_split', lang)}",
            "train, test = order[:N_TRAIN], order[N_TRAIN:]",
            "points = points.astype(np.float32)",
            "labels = labels.astype(np.float32)[:, None]",
            "points_train, y_train = points[train], labels[train]",
            "points_test, y_test = points[test], labels[test]",
        ]
    columns = ", ".join(FEATURE_CODE[name] for name in data.features)
    lines += [
        "",
        "",
        "def features(p):",
        f"    # {codegen.tr('xor_features', lang)}: {', '.join(data.features)}",
        f"    return np.stack([{columns}], axis=1).astype(np.float32)",
        "",
        "",
        "x_train, x_test = features(points_train), features(points_test)",
    ]
    return "\n".join(lines)


def program(spec: XorSpec, lang: str, own: object = None) -> codegen.Program:
    """The program for a built-in data set; own data (a file or clicked points) is not written
    into the code: NotExportable, whatever `own` holds."""
    if spec.data.source != "builtin":
        raise codegen.NotExportable("data.export.own_points")
    model = model_spec(spec)
    extra = ""
    if spec.data.name == "xor_table":
        label = codegen.tr("predictions", lang)
        extra = f'print("{label}:", model.predict(x_train, verbose=0)[:, 0].round(3))'
    steps = [
        codegen.settings_step(spec.train, lang),
        codegen.Step(codegen.tr("step.data", lang), _data_code(spec, lang)),
        *codegen.training_steps(model, spec.train, True, lang),
        codegen.results_step(model, True, lang, extra),
    ]
    title = codegen.translate("page.xor", lang)
    return codegen.Program(title, codegen.intro(lang), tuple(steps))
