/** Module 23's quantization lab in the bench: press Start, then read the table's four rows flat. */
import { expect, type Locator } from '@playwright/test';

/** Presses the lab's Start. */
export async function quantizeStart(island: Locator): Promise<void> {
  await island.getByRole('button', { name: 'Start: quantize my CNN' }).click();
}

/** Waits for the four rows; returns e.g. { float32Accuracy, float32Bytes, float32Ms, ..., labSeconds }. */
export async function quantizeTable(island: Locator, timeout: number): Promise<Record<string, number | string>> {
  const rows = island.locator('[data-part="results"] tr');
  await expect(rows).toHaveCount(4, { timeout });
  const data = await rows.evaluateAll((trs) => trs.map((tr) => ({ ...(tr as HTMLElement).dataset })));
  const out: Record<string, number | string> = {};
  for (const d of data) {
    const key = d.variant!.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()); // int8-tensor -> int8Tensor
    Object.assign(out, { [`${key}Bytes`]: Number(d.bytes), [`${key}Accuracy`]: Number(d.accuracy), [`${key}Changed`]: Number(d.changed), [`${key}Ms`]: Math.round(Number(d.ms)) });
  }
  out.labSeconds = Number(await island.getAttribute('data-seconds'));
  return out;
}
