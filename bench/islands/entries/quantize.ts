/**
 * Module 23's quantization lab, bench:islands entry: the default run on an untrained copy of
 * module 4's CNN seeded where module 4 saves it (sizes and timings do not depend on the training;
 * `quantize-seed` measures a trained one). Result = each variant's accuracy and inference ms.
 */
import type { Locator } from '@playwright/test';
import '../extensionless.ts';
import type { IslandEntry } from '../entry.ts';
import { quantizeStart, quantizeTable } from '../quantize-lab.ts';

export default {
  name: 'quantize',
  title: 'Module 23: quantization lab, default run (seeded untrained CNN, 4 variants x 10,000 test images)',
  path: '/modules/optimization/',
  root: '[data-quantize-lab]',
  async start(island: Locator): Promise<void> {
    // The e2e suite's seeder (site code imported without extensions: see extensionless.ts).
    const { seedSavedCnn } = await import('../../../tests/e2e/support/saved-cnn.ts');
    await seedSavedCnn(island.page(), { trainingSeconds: 0, epochs: 0, backend: 'wasm' });
    await quantizeStart(island);
  },
  result: (island: Locator) => quantizeTable(island, 300_000),
  timeoutMs: 300_000,
} satisfies IslandEntry;
