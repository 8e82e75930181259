"""Runs Keras's own EarlyStopping callback over recorded curves and prints what it decided.

The island replays EarlyStopping in TypeScript (src/islands/mlp/training/early-stopping.ts);
its unit test compares that replay with this script's output, saved as
src/islands/mlp/training/early-stopping.keras.json. Regenerate after a Keras upgrade:

    pip install keras jax jaxlib            # any backend works; the callback is backend-free
    KERAS_BACKEND=numpy python3 scripts/keras/early-stopping-oracle.py \
        > src/islands/mlp/training/early-stopping.keras.json
"""
import json
import math

import keras

NAN = float("nan")

# (name, monitored values per epoch, EarlyStopping keyword arguments)
CASES = [
    ("docstring: constant loss, patience 3", [0.0] * 10, {"monitor": "loss", "patience": 3}),
    ("overfitting: val loss bottoms out then rises", [1.0, 0.6, 0.5, 0.52, 0.55, 0.6, 0.7, 0.8], {"patience": 3}),
    ("an improvement resets the wait", [1.0, 0.9, 0.95, 0.96, 0.85, 0.9, 0.91, 0.92], {"patience": 3}),
    ("a tie is not an improvement", [1.0, 1.0, 1.0], {"patience": 1}),
    ("patience 0 stops at the first epoch without improvement", [1.0, 0.8, 0.9, 0.7], {"patience": 0}),
    ("never triggers on a falling curve", [1.0, 0.8, 0.7, 0.65], {"patience": 2}),
    ("min_delta: small gains do not count", [1.0, 0.995, 0.99, 0.985, 0.5], {"patience": 2, "min_delta": 0.01}),
    ("negative min_delta is used as its absolute value", [1.0, 0.995, 0.99, 0.985], {"patience": 2, "min_delta": -0.01}),
    ("mode max on accuracy", [0.5, 0.7, 0.8, 0.79, 0.8, 0.78], {"monitor": "val_accuracy", "mode": "max", "patience": 2}),
    ("baseline never beaten: runs for patience epochs", [5.0, 5.0, 5.0, 5.0], {"patience": 2, "baseline": 1.0}),
    ("baseline: improving but above it still counts the wait", [5.0, 4.0, 3.0, 3.5, 3.6], {"patience": 2, "baseline": 1.0}),
    ("baseline beaten resets the wait", [5.0, 0.9, 0.95, 0.96, 0.97], {"patience": 3, "baseline": 1.0}),
    ("start_from_epoch skips the warm-up", [0.5, 0.4, 1.0, 1.0, 1.0, 1.0], {"patience": 1, "start_from_epoch": 2}),
    ("NaN never improves", [0.5, NAN, NAN, NAN], {"patience": 2}),
    ("NaN first becomes the best and blocks every later value", [NAN, 0.5, 0.4, 0.3], {"patience": 2}),
    ("one epoch", [0.7], {"patience": 0}),
    ("empty", [], {"patience": 3}),
]


class Recorder:
    """The part of a Model the callback touches: stop_training and weights (the epoch they are from)."""

    def __init__(self):
        self.stop_training = False
        self.metrics = []
        self.weights_from = None
        self.restored = None

    def get_weights(self):
        return [self.weights_from]

    def set_weights(self, weights):
        self.restored = weights[0]


def run(values, kwargs):
    monitor = kwargs.get("monitor", "val_loss")
    callback = keras.callbacks.EarlyStopping(restore_best_weights=True, **kwargs)
    model = Recorder()
    callback.set_model(model)
    callback.on_train_begin()
    epochs = 0
    for epoch, value in enumerate(values):
        model.weights_from = epoch
        callback.on_epoch_end(epoch, {monitor: value})
        epochs += 1
        if model.stop_training:
            break
    callback.on_train_end()
    best = callback.best
    return {
        "stoppedEpoch": callback.stopped_epoch if callback.stopped_epoch > 0 else None,
        "epochsRun": epochs,
        "bestEpoch": model.restored,
        "bestValue": None if best is None or math.isnan(float(best)) else float(best),
    }


def options(kwargs):
    keys = {"patience": "patience", "min_delta": "minDelta", "mode": "mode", "baseline": "baseline", "start_from_epoch": "startFromEpoch"}
    return {keys[k]: v for k, v in kwargs.items() if k in keys}


cases = [
    {"name": name, "values": [None if math.isnan(v) else v for v in values], "options": options(kwargs), "keras": run(values, kwargs)}
    for name, values, kwargs in CASES
]
# One case per line keeps the saved file reviewable.
rows = ",\n  ".join(json.dumps(case) for case in cases)
print(f'{{"keras": {json.dumps(keras.__version__)}, "cases": [\n  {rows}\n]}}')
