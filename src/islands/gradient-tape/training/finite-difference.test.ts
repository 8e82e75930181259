import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, it } from 'vitest';
import { buildLabModel } from '../model/build';
import { logitsOf, lossOf } from '../model/forward';
import { l2Norm } from '../model/variables';
import { fixedBatch } from '../test-fixtures';
import { dropoutSeedFor, StepSession } from './session';

beforeAll(async () => { await tf.setBackend('cpu'); });

/** Central differences of the loss for every entry of `variable` (same batch, same dropout mask). */
function numericGradient(variable: tf.Variable, loss: () => number, eps: number): Float64Array {
  const values = variable.dataSync().slice();
  const out = new Float64Array(values.length);
  const at = (i: number, delta: number) => {
    const moved = values.slice();
    moved[i] = values[i]! + delta;
    variable.assign(tf.tensor(moved, variable.shape));
    return loss();
  };
  for (let i = 0; i < values.length; i++) out[i] = (at(i, eps) - at(i, -eps)) / (2 * eps);
  variable.assign(tf.tensor(values, variable.shape));
  return out;
}

it('reports gradient norms that match a finite-difference check on a tiny model', () => {
  const seed = 5;
  const model = buildLabModel(seed, 3);
  const source = fixedBatch(4, 100);
  const session = new StepSession(model, source, 1e-3, seed);
  session.forward();
  const { rows } = session.gradients();
  const { x, y } = source.next();
  const loss = () => tf.tidy(() => lossOf(y, logitsOf(model, x, dropoutSeedFor(seed, 0))).dataSync()[0]!);
  session.variables.forEach((v, i) => {
    const numeric = l2Norm(numericGradient(v.variable, loss, 1e-2));
    expect(numeric).toBeGreaterThan(0);
    expect(Math.abs(rows[i]!.norm - numeric) / numeric, `${v.name}: tape ${rows[i]!.norm}, numeric ${numeric}`).toBeLessThan(0.02);
  });
  session.dispose();
});
