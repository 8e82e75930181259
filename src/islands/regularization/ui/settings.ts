/**
 * Reads the explorer's fields (named after the Keras arguments) into AugmentSettings, and says in
 * words what the factors mean for a 28 x 28 digit.
 */
import type { AugmentSettings } from '../augment/pipeline.ts';
import { numberField } from './dom.ts';

/** The settings in the explorer form; an empty zoom width_factor means None (same as height). */
export function readAugment(form: HTMLFormElement): AugmentSettings {
  return {
    rotation: numberField(form, 'rotation'),
    translation: { height: numberField(form, 'translation-height'), width: numberField(form, 'translation-width') },
    zoom: { height: numberField(form, 'zoom-height'), width: zoomWidthIsNone(form) ? null : numberField(form, 'zoom-width') },
    contrast: numberField(form, 'contrast'),
  };
}

function zoomWidthIsNone(form: HTMLFormElement): boolean {
  return (form.elements.namedItem('zoom-width') as HTMLInputElement | null)?.value.trim() === '';
}

const n1 = (v: number) => (Math.abs(v) < 10 ? v.toFixed(1) : v.toFixed(0));

/** One sentence per layer in plain units (degrees, pixels, zoom, contrast multiplier). */
export function describeAugment(s: AugmentSettings): Record<'rotation' | 'translation' | 'zoom' | 'contrast', string> {
  const r = Math.abs(s.rotation), zh = Math.abs(s.zoom.height), zw = s.zoom.width === null ? null : Math.abs(s.zoom.width);
  return {
    rotation: `Angles from −${n1(r * 360)}° to +${n1(r * 360)}° (factor × 360°; positive = counter-clockwise).`,
    translation: `Shifts up to ${n1(Math.abs(s.translation.height) * 28)} px up/down and ${n1(Math.abs(s.translation.width) * 28)} px left/right (factor × 28 px).`,
    zoom: `Zoom drawn from ${(1 - zh).toFixed(2)} to ${(1 + zh).toFixed(2)}${zw === null ? ' for both axes' : ` (height), ${(1 - zw).toFixed(2)} to ${(1 + zw).toFixed(2)} (width)`}: above 1 zooms out (smaller digit), below 1 zooms in.`,
    contrast: `Contrast multiplier from 1.00 to ${(1 + Math.abs(s.contrast)).toFixed(2)} around each image's mean, clipped to [0, 1].`,
  };
}
