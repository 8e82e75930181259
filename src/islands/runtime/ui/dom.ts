/**
 * Small DOM helpers: the island's elements are found by `data-part` inside its root.
 */

export { el } from '../../../lib/dom.ts';

export type Root = Pick<ParentNode, 'querySelector'>;

export function part<T extends HTMLElement = HTMLElement>(root: Root, name: string): T {
  const element = root.querySelector<T>(`[data-part="${name}"]`);
  if (!element) throw new Error(`Island: missing element [data-part="${name}"] in the page shell`);
  return element;
}

export const formatInt = (n: number) => n.toLocaleString('en-US');
export const formatPercent = (fraction: number, digits = 1) => `${(fraction * 100).toFixed(digits)}%`;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
