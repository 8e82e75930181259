"""Native anchor for `npm run bench:train`: the seed CNN and recipe of the browser trainer,
trained with PyTorch on the same CPU and the same MNIST files, printed as one JSON object.

Same model (Conv2D 32/64/64 3x3 ReLU, two 2x2 max-pools, Dense 64 ReLU, Dense 10 softmax;
Keras's Glorot-uniform kernels and zero biases), same recipe (batch 64, Adam lr 1e-3 eps 1e-7,
the first 80% of the 60,000 training images for training and the last 20% for validation,
reshuffled every epoch), once with NCHW tensors and once channels-last (NHWC in memory, as the
browser trains). Timings: training steps only, and the epoch including validation, which is
how the browser bench counts. Usage: python3 train_mnist.py MNIST_DIR [EPOCHS] [THREADS]
"""
import json
import sys
import time

import numpy as np
import torch
from torch import nn


def read_idx(path, offset):
    with open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=offset)


def load(data_dir):
    images = lambda name: torch.from_numpy(read_idx(f"{data_dir}/{name}", 16).reshape(-1, 1, 28, 28).astype(np.float32) / 255)
    labels = lambda name: torch.from_numpy(read_idx(f"{data_dir}/{name}", 8).astype(np.int64))
    x, y = images("train-images-idx3-ubyte"), labels("train-labels-idx1-ubyte")
    split = int(len(x) * 0.8)
    return (x[:split], y[:split]), (x[split:], y[split:]), (images("t10k-images-idx3-ubyte"), labels("t10k-labels-idx1-ubyte"))


def seed_cnn():
    model = nn.Sequential(
        nn.Conv2d(1, 32, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(64, 64, 3), nn.ReLU(),
        nn.Flatten(), nn.Linear(576, 64), nn.ReLU(), nn.Linear(64, 10),  # softmax lives in the loss
    )
    for layer in model:
        if isinstance(layer, (nn.Conv2d, nn.Linear)):
            nn.init.xavier_uniform_(layer.weight)
            nn.init.zeros_(layer.bias)
    return model


def accuracy(model, x, y, fmt):
    model.eval()
    with torch.no_grad():
        correct = sum((model(x[i:i + 500].contiguous(memory_format=fmt)).argmax(1) == y[i:i + 500]).sum().item() for i in range(0, len(x), 500))
    model.train()
    return correct / len(x)


def run(name, fmt, data, epochs, batch):
    (x, y), (vx, vy), (tx, ty) = data
    x = x.contiguous(memory_format=fmt)
    loss_fn = nn.CrossEntropyLoss()
    warm = seed_cnn().to(memory_format=fmt)  # a throwaway model takes the first-call costs (allocator, kernel choice)
    for i in range(0, 10 * batch, batch):
        loss_fn(warm(x[i:i + batch]), y[i:i + batch]).backward()
    model = seed_cnn().to(memory_format=fmt)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    per_epoch = []
    for _ in range(epochs):
        order = torch.randperm(len(x))
        start = time.perf_counter()
        for i in range(0, len(x), batch):
            idx = order[i:i + batch]
            optimizer.zero_grad(set_to_none=True)
            loss_fn(model(x[idx].contiguous(memory_format=fmt)), y[idx]).backward()
            optimizer.step()
        train_seconds = time.perf_counter() - start
        val = accuracy(model, vx, vy, fmt)
        epoch_seconds = time.perf_counter() - start
        per_epoch.append({"trainSeconds": train_seconds, "epochSeconds": epoch_seconds, "valAccuracy": val, "testAccuracy": accuracy(model, tx, ty, fmt)})
    mean = lambda key: sum(e[key] for e in per_epoch) / len(per_epoch)
    return {"layout": name, "epochs": epochs, "perEpoch": per_epoch, "trainImagesPerSec": len(x) / mean("trainSeconds"), "imagesPerSec": len(x) / mean("epochSeconds")}


def main():
    data_dir = sys.argv[1]
    epochs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    threads = int(sys.argv[3]) if len(sys.argv) > 3 else 2
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    data = load(data_dir)
    runs = [run("NCHW", torch.contiguous_format, data, epochs, 64), run("channels-last", torch.channels_last, data, epochs, 64)]
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "batchSize": 64, "runs": runs}))


if __name__ == "__main__":
    main()
