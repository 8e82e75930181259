import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import '@tensorflow/tfjs-backend-cpu';
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractListings } from '../../src/lib/listings';
import { allModules, ROOT } from './lib/modules';
import { kerasShape, parseSummary, type ParsedSummary } from './lib/summary-table';

/**
 * Every printed model summary (a ```text block containing "Total params:") is recomputed:
 * tests/content/models/<slug>.ts exports builders keyed by the summary's model name, and
 * the TF.js model they build must match the table layer by layer and in its totals.
 */
type Builders = Record<string, () => LayersModel>;

const printed = allModules().flatMap((mod) =>
  extractListings(mod.body)
    .filter((l) => l.lang === 'text' && l.code.includes('Total params:'))
    .map((listing) => ({ mod, at: `${mod.file}:${mod.bodyLine + listing.line - 1}`, text: listing.code })),
);

async function builders(slug: string, at: string): Promise<Builders> {
  const path = join(ROOT, 'tests', 'content', 'models', `${slug}.ts`);
  if (!existsSync(path)) throw new Error(`${at}: prints a model summary but tests/content/models/${slug}.ts does not exist`);
  return ((await import(pathToFileURL(path).href)) as { default: Builders }).default;
}

const count = (weights: { shape: (number | null)[] }[]): number => weights.reduce((sum, w) => sum + w.shape.reduce<number>((a, b) => a * (b ?? 0), 1), 0);

/** The same facts as a parsed summary, read off a built TF.js model. */
function describeModel(model: LayersModel): Omit<ParsedSummary, 'model'> {
  const rows = model.layers.map((layer) => ({
    name: layer.name,
    type: layer.getClassName(),
    outputShape: kerasShape(layer.outputShape as (number | null)[]),
    params: layer.countParams(),
  }));
  const trainable = count(model.trainableWeights);
  const nonTrainable = count(model.nonTrainableWeights);
  return { rows, total: trainable + nonTrainable, trainable, nonTrainable };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('printed model summaries match a TF.js model', () => {
  it('module 4 prints the corrected CNN summary', () => {
    const cnn = printed.find((p) => p.mod.folder === 'cnn');
    expect(cnn, 'content/modules/cnn/index.mdx: no printed model summary').toBeDefined();
    const summary = parseSummary(cnn?.text ?? '');
    expect(summary.rows.filter((r) => r.params > 0).map((r) => r.params)).toEqual([320, 18496, 36928, 36928, 650]);
    expect(summary.total).toBe(93322);
  });

  it.each(printed.map((p) => [p.at, p] as const))('%s', async (at, { mod, text }) => {
    const summary = parseSummary(text);
    const build = (await builders(mod.folder, at))[summary.model];
    if (!build) throw new Error(`${at}: tests/content/models/${mod.folder}.ts has no builder for model "${summary.model}"`);
    const model = build();
    try {
      const built = describeModel(model);
      expect(built.rows.map((r) => r.name), `${at}: layer names`).toEqual(summary.rows.map((r) => r.name));
      summary.rows.forEach((row, i) => {
        const twin = built.rows[i];
        expect(twin?.type, `${at}: class of layer ${row.name}`).toBe(row.type);
        expect(twin?.outputShape.replace(/\s+/g, ''), `${at}: output shape of ${row.name}`).toBe(row.outputShape.replace(/\s+/g, ''));
        expect(twin?.params, `${at}: parameters of ${row.name}`).toBe(row.params);
      });
      expect(summary.rows.reduce((sum, r) => sum + r.params, 0), `${at}: rows do not add up to "Total params"`).toBe(summary.total);
      expect(summary.trainable + summary.nonTrainable, `${at}: trainable + non-trainable != total`).toBe(summary.total);
      expect({ total: built.total, trainable: built.trainable, nonTrainable: built.nonTrainable }, `${at}: totals`).toEqual({
        total: summary.total,
        trainable: summary.trainable,
        nonTrainable: summary.nonTrainable,
      });
    } finally {
      model.dispose();
    }
  });
});
