import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCnn } from '../../cnn/model/build';
import { freezeFor, topBlockStart } from './freeze';
import { buildTransferModel, disposeTransfer } from './head';
import { countParams } from './params';

beforeAll(async () => { await tf.setBackend('cpu'); });

// Keras's formulas, written out from the layer shapes (not read from the model under test).
const conv = (k: number, cin: number, cout: number) => k * k * cin * cout + cout;
const dense = (inputs: number, units: number) => inputs * units + units;

describe('the transfer model on the module-4 CNN', () => {
  const K = 3;
  // Base: conv2d 3x3 1->32, conv2d_1 3x3 32->64, conv2d_2 3x3 64->64; flatten 3x3x64 = 576.
  const base = [conv(3, 1, 32), conv(3, 32, 64), conv(3, 64, 64)];
  const head = dense(576, 64) + dense(64, K);
  const total = base[0]! + base[1]! + base[2]! + head;

  it('frees every tensor of the transfer model and the saved CNN', () => {
    const before = tf.memory().numTensors;
    const cnn = buildCnn(0);
    disposeTransfer(buildTransferModel(cnn, K), cnn);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('keeps the base up to Flatten and adds Dense(64) > Dropout > Dense(k, softmax)', () => {
    const cnn = buildCnn(0.2);
    const { model, baseLayers } = buildTransferModel(cnn, K);
    expect(baseLayers.map((l) => l.name)).toEqual(['conv2d', 'max_pooling2d', 'conv2d_1', 'max_pooling2d_1', 'conv2d_2', 'flatten']);
    expect(model.layers.slice(1).map((l) => `${l.name}:${l.getClassName()}`)).toEqual([
      'conv2d:Conv2D', 'max_pooling2d:MaxPooling2D', 'conv2d_1:Conv2D', 'max_pooling2d_1:MaxPooling2D', 'conv2d_2:Conv2D',
      'flatten:Flatten', 'head_dense:Dense', 'head_dropout:Dropout', 'head_output:Dense',
    ]);
    expect(model.outputs[0]!.shape).toEqual([null, K]);
    // The base is the saved model's own layers (its trained weights), not a copy.
    expect(model.getLayer('conv2d')).toBe(cnn.getLayer('conv2d'));
    disposeTransfer({ model, baseLayers }, cnn);
  });

  it('counts parameters as Keras prints them: base frozen, then the top conv block unfrozen', () => {
    const cnn = buildCnn(0);
    const { model, baseLayers } = buildTransferModel(cnn, K);
    freezeFor('head', baseLayers);
    expect(countParams(model)).toEqual({ total, trainable: head, nonTrainable: base[0]! + base[1]! + base[2]! });
    expect(countParams(model)).toEqual({ total: 92_867, trainable: 37_123, nonTrainable: 55_744 });
    expect(topBlockStart(baseLayers)).toBe(4);
    freezeFor('fine-tune', baseLayers);
    expect(countParams(model)).toEqual({ total, trainable: head + base[2]!, nonTrainable: base[0]! + base[1]! });
    disposeTransfer({ model, baseLayers }, cnn);
  });

  it('counts BatchNormalization moving statistics as non-trainable, even in an unfrozen block', () => {
    const m = tfl.sequential();
    m.add(tfl.layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 3 }));
    m.add(tfl.layers.conv2d({ filters: 16, kernelSize: 3 }));
    m.add(tfl.layers.batchNormalization());
    m.add(tfl.layers.flatten());
    const { model, baseLayers } = buildTransferModel(m, 4);
    const flat = 24 * 24 * 16;
    const head = dense(flat, 64) + dense(64, 4);
    freezeFor('head', baseLayers);
    expect(countParams(model)).toEqual({ total: conv(3, 1, 8) + conv(3, 8, 16) + 4 * 16 + head, trainable: head, nonTrainable: conv(3, 1, 8) + conv(3, 8, 16) + 4 * 16 });
    freezeFor('fine-tune', baseLayers);
    // gamma and beta train; moving mean and variance never do.
    expect(countParams(model)).toEqual({ total: conv(3, 1, 8) + conv(3, 8, 16) + 4 * 16 + head, trainable: head + conv(3, 8, 16) + 2 * 16, nonTrainable: conv(3, 1, 8) + 2 * 16 });
    model.dispose();
  });

  it('refuses a model without a Flatten layer or fewer than 2 classes', () => {
    const m = tfl.sequential({ layers: [tfl.layers.dense({ inputShape: [4], units: 2 })] });
    expect(() => buildTransferModel(m, 3)).toThrow(/no Flatten layer/);
    expect(() => buildTransferModel(buildCnn(0), 1)).toThrow(/at least 2 classes/);
    m.dispose();
  });
});
