/** The Python (Keras 3) lines that build the same augmentation block as a setting object. */
import type { AugmentSettings } from './pipeline.ts';

const py = (n: number) => String(n);

/** One `layers.Random...(...)` call per active layer, in the order augment() applies them. */
export function kerasLayerLines(s: AugmentSettings): string[] {
  const lines: string[] = [];
  if (s.rotation !== 0) lines.push(`layers.RandomRotation(${py(s.rotation)})`);
  if (s.translation.height !== 0 || s.translation.width !== 0) lines.push(`layers.RandomTranslation(${py(s.translation.height)}, ${py(s.translation.width)})`);
  if (s.zoom.height !== 0 || (s.zoom.width ?? 0) !== 0) lines.push(`layers.RandomZoom(${py(s.zoom.height)}${s.zoom.width === null ? '' : `, ${py(s.zoom.width)}`})`);
  if (s.contrast !== 0) lines.push(`layers.RandomContrast(${py(s.contrast)}, value_range=(0, 1))`);
  return lines;
}

/** A complete `augment = keras.Sequential([...])` listing. */
export function kerasListing(s: AugmentSettings): string {
  const body = kerasLayerLines(s).map((line) => `        ${line},`).join('\n');
  return `augment = keras.Sequential(\n    [\n${body}\n    ],\n    name="augment",\n)`;
}
