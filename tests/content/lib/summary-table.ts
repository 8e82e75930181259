/**
 * Parser for the model summaries Keras 3 prints (`model.summary()`): a box-drawn table
 * (┏ ┃ ┡ │ ├ └) with one row per layer, followed by the parameter totals. Long cells wrap
 * onto continuation lines whose first column is blank; those are joined to their row.
 */
export interface SummaryRow {
  name: string;
  type: string;
  outputShape: string;
  params: number;
}

export interface ParsedSummary {
  model: string;
  rows: SummaryRow[];
  total: number;
  trainable: number;
  nonTrainable: number;
}

const MODEL = /^\s*Model:\s*"([^"]+)"\s*$/m;
const NAME_TYPE = /^(\S+)\s+\((\w+)\)$/;

/** "93,322" -> 93322; throws on anything that is not a grouped integer. */
export function parseCount(text: string, what: string): number {
  const clean = text.trim();
  if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(clean)) throw new Error(`${what}: "${clean}" is not a parameter count`);
  return Number(clean.replace(/,/g, ''));
}

function total(text: string, label: string): number {
  const match = new RegExp(`^\\s*${label} params:\\s*([\\d,]+)`, 'm').exec(text);
  if (!match?.[1]) throw new Error(`summary has no "${label} params:" line`);
  return parseCount(match[1], `${label} params`);
}

export function parseSummary(text: string): ParsedSummary {
  const model = MODEL.exec(text)?.[1];
  if (!model) throw new Error('summary has no `Model: "<name>"` line');
  const header = text.indexOf('┡');
  if (header < 0) throw new Error('summary has no Keras 3 box table (missing the ┡ header rule)');

  const cells: string[][] = [];
  for (const line of text.slice(header).split('\n')) {
    if (!line.trimStart().startsWith('│')) continue;
    const parts = line.trim().slice(1, -1).split('│').map((c) => c.trim());
    const previous = cells.at(-1);
    if (parts[0] === '' && previous) {
      parts.forEach((part, i) => (previous[i] = [previous[i] ?? '', part].filter(Boolean).join(' ')));
    } else {
      cells.push(parts);
    }
  }
  if (cells.length === 0) throw new Error(`summary "${model}" has no layer rows`);

  const rows = cells.map(([nameType = '', outputShape = '', params = ''], i): SummaryRow => {
    const match = NAME_TYPE.exec(nameType);
    if (!match?.[1] || !match[2]) throw new Error(`summary "${model}" row ${i + 1}: "${nameType}" is not "name (Type)"`);
    return { name: match[1], type: match[2], outputShape, params: parseCount(params, `row ${match[1]} params`) };
  });
  return { model, rows, total: total(text, 'Total'), trainable: total(text, 'Trainable'), nonTrainable: total(text, 'Non-trainable') };
}

/** TF.js shapes (null batch) in Keras' notation: [null, 26, 26, 32] -> "(None, 26, 26, 32)". */
export function kerasShape(shape: (number | null)[] | (number | null)[][]): string {
  const tuple = (dims: (number | null)[]): string => `(${dims.map((d) => (d === null ? 'None' : String(d))).join(', ')}${dims.length === 1 ? ',' : ''})`;
  if (Array.isArray(shape[0])) return `[${(shape as (number | null)[][]).map(tuple).join(', ')}]`;
  return tuple(shape as (number | null)[]);
}

/** Shapes compare without whitespace so wrapped cells still match. */
export const sameShape = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
