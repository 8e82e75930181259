/**
 * The download links: for each variant TF.js can express, its model.json and .bin as Blob URLs
 * with the names the manifest expects (keep both files in one folder, then
 * tf.loadLayersModel('<folder>/cnn-int8.json')). Old URLs are revoked on every new run.
 */
import { el, formatInt } from '../../runtime/ui/dom.ts';
import type { Download } from '../protocol.ts';
import { VARIANT_LABEL } from './labels.ts';

let urls: string[] = [];

/** Replaces `list`'s items with one item per download (two links each). */
export function showDownloads(list: HTMLElement, downloads: readonly Download[]): void {
  for (const url of urls) URL.revokeObjectURL(url);
  urls = [];
  const link = (blob: Blob, name: string) => {
    const url = URL.createObjectURL(blob);
    urls.push(url);
    return el('a', { href: url, download: name }, [name]);
  };
  list.replaceChildren(...downloads.map((d) => el('li', { 'data-variant': d.variant }, [
    `${VARIANT_LABEL[d.variant]}: `,
    link(new Blob([d.json], { type: 'application/json' }), d.jsonName),
    ' and ',
    link(new Blob([d.bin], { type: 'application/octet-stream' }), d.binName),
    ` (${formatInt(d.bin.byteLength)} bytes of weights)`,
  ])));
}
