/**
 * The lab's settings, checked from the form's raw strings (pure, unit-tested): the series (length,
 * slope, period, amplitude, noise, seed), the window, the epochs and which third model to train.
 * Defaults are the module's series and windows; every problem is a sentence tied to its field.
 */
import { MODULE_SERIES, type SeriesSettings } from '../data/series.ts';
import { SPLIT_FRACTIONS } from '../data/split.ts';
import { MODULE_WINDOWS } from '../data/windows.ts';
import type { ForecasterKind } from '../model/build.ts';

/** Everything a run is made from. */
export interface LabSettings extends SeriesSettings { window: number; epochs: number; third: Extract<ForecasterKind, 'conv' | 'lstm'> }
/** One readable problem, tied to the field it is about. */
export interface SettingError { field: keyof LabSettings; message: string }
/** Either settings ready to use or every problem found. */
export type SettingsResult = { ok: true; value: LabSettings } | { ok: false; errors: SettingError[] };

/** The module's series and windows; 20 epochs keep the default run well under a minute (about 14 s for 12 on the loaded test machine). */
export const DEFAULT_SETTINGS: LabSettings = { ...MODULE_SERIES, window: MODULE_WINDOWS.window, epochs: 20, third: 'conv' };
/** Accepted ranges (steps, epochs); windows must leave this many in the shortest period. */
export const BOUNDS = { length: { min: 300, max: 10_000 }, epochs: { min: 1, max: 50 }, noise: { max: 10 }, minWindows: 20 } as const;

type Raw = Partial<Record<keyof LabSettings, string>>;
const parse = (text: string | undefined): number | null => {
  const t = (text ?? '').trim();
  return t === '' || !Number.isFinite(Number(t)) ? null : Number(t);
};

/** Checks every field; a number field that is not a number gets "must be a number". */
export function validateSettings(raw: Raw): SettingsResult {
  const errors: SettingError[] = [];
  const fail = (field: keyof LabSettings, message: string) => errors.push({ field, message });
  const num = (field: keyof LabSettings, example: string): number | null => {
    const v = parse(raw[field]);
    if (v === null) fail(field, `Must be a number, e.g. ${example}.`);
    return v;
  };
  const whole = (field: keyof LabSettings, min: number, max: number, why = ''): number | null => {
    const v = num(field, String(DEFAULT_SETTINGS[field]));
    if (v !== null && (!Number.isInteger(v) || v < min || v > max)) { fail(field, `Must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} (got ${v})${why}.`); return null; }
    return v;
  };
  const length = whole('length', BOUNDS.length.min, BOUNDS.length.max);
  const slope = num('slope', '0.002');
  const amplitude = num('amplitude', '3');
  if (amplitude !== null && amplitude < 0) fail('amplitude', `Must be 0 or more (got ${amplitude}); 0 means no daily cycle.`);
  const noise = num('noise', '0.5');
  if (noise !== null && (noise < 0 || noise > BOUNDS.noise.max)) fail('noise', `Must be from 0 to ${BOUNDS.noise.max} (got ${noise}).`);
  const seed = whole('seed', 0, 2 ** 32 - 1);
  const period = whole('period', 2, length ?? BOUNDS.length.max, ': a cycle needs at least 2 steps and must fit in the series');
  const epochs = whole('epochs', BOUNDS.epochs.min, BOUNDS.epochs.max);
  // The validation and test periods are the shortest: each needs BOUNDS.minWindows windows.
  const shortest = Math.round((length ?? BOUNDS.length.max) * SPLIT_FRACTIONS.validation);
  const window = whole('window', 1, Math.max(1, shortest - BOUNDS.minWindows), `: the window must be shorter than the series' validation and test periods (${shortest} steps each) with room for ${BOUNDS.minWindows} windows`);
  const third = raw.third === 'lstm' ? 'lstm' : raw.third === 'conv' ? 'conv' : null;
  if (!third) fail('third', 'Choose Conv1D or LSTM.');
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { length: length!, level: DEFAULT_SETTINGS.level, slope: slope!, period: period!, amplitude: amplitude!, noise: noise!, seed: seed!, window: window!, epochs: epochs!, third: third! } };
}
