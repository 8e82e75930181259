import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { meanAbsoluteError, naiveForecast } from '../data/baselines';
import { prepare } from '../data/prepare';
import { MODULE_SERIES } from '../data/series';
import { buildForecaster } from './build';
import { FIT_DEFAULTS, fitForecaster, forecast, scaleOf } from './train';
import { trainModels } from './train-models';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('scaleOf', () => {
  it('is numpy mean() and std() (population)', () => {
    expect(scaleOf([1, 2, 3, 4])).toEqual({ mean: 2.5, std: Math.sqrt(1.25) });
  });
});

describe('fitForecaster', () => {
  it('trains the dense model to beat the naive baseline on later data, reporting every batch', async () => {
    const p = prepare({ ...MODULE_SERIES, length: 1000 }, { window: 24, horizon: 1, stride: 1 });
    const scale = scaleOf(p.series.values.subarray(0, p.periods[0].end));
    const model = buildForecaster('dense', 24, 3);
    const ticks: number[] = [];
    const fit = await fitForecaster(model, p.train, p.validation, scale, { ...FIT_DEFAULTS, epochs: 15 }, (done, total) => { ticks.push(done); expect(total).toBe(15 * Math.ceil(676 / 64)); });
    expect(ticks.length).toBe(fit.epochsRun * 11);
    expect(fit.bestEpoch).toBeGreaterThan(0);
    expect(fit.epochsRun - fit.bestEpoch).toBeLessThanOrEqual(5);
    // The kept weights are the best epoch's: re-scoring validation gives its MAE.
    expect(meanAbsoluteError(p.validation.targets, forecast(model, p.validation, scale))).toBeCloseTo(fit.bestValidationMae, 5);
    const predicted = forecast(model, p.test, scale);
    expect(predicted).toHaveLength(p.test.count);
    expect(meanAbsoluteError(p.test.targets, predicted)).toBeLessThan(meanAbsoluteError(p.test.targets, naiveForecast(p.test)));
    model.dispose();
  }, 60_000);
});

describe('trainModels', () => {
  it('trains conv and lstm in turn, counting batches over both, with finite errors and Keras parameter counts', async () => {
    const p = prepare({ ...MODULE_SERIES, length: 400 }, { window: 12, horizon: 1, stride: 1 });
    const seen: [string, number, number][] = [];
    const { results, backend } = await trainModels(p, ['conv', 'lstm'], 1, 5, (model, done, total) => seen.push([model, done, total]), 'cpu');
    expect(backend).toBe('You chose cpu.');
    expect(results.map((r) => [r.key, r.params])).toEqual([['conv', 12 * 16 + 16 + 16 + 1], ['lstm', 4385]]);
    for (const r of results) expect(Number.isFinite(r.testMae) && Number.isFinite(r.validationMae) && r.testForecast.length === p.test.count).toBe(true);
    const perModel = Math.ceil(p.train.count / 64);
    expect(seen.at(-1)!.slice(1)).toEqual([2 * perModel, 2 * perModel]);
    expect(seen.find(([model]) => /LSTM/.test(model))![1]).toBe(perModel + 1); // the LSTM starts after the conv's batches
  }, 120_000);
});
