/**
 * Reads a typed number the way a fair marker would, for the quiz page and the Worker alike.
 * Accepted: "18496", "+18496", "18496.0", "18,496", "18 496" (any space, also the narrow
 * no-break space), "18_496", "18'496", full-width digits (NFKC), "1.5e-3", a decimal comma
 * where it cannot be a thousands group ("1,6", "0,0125", "1 234,5"), "1.234,5", and a
 * trailing sentence period. "1,600" could be 1600 or 1.6: that form is reported as
 * ambiguous so the page can ask, and the API refuses it unconfirmed.
 */
export type NumberReading =
  | { kind: 'number'; value: number }
  | { kind: 'ambiguous'; readings: [thousands: number, decimal: number] }
  | { kind: 'unreadable'; reason: string };

const GROUPED = /^\d{1,3}(?:([ ',.])\d{3})(?:\1\d{3})*$/; // one separator kind, groups of three
const PLAIN = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** Digits with their group separators removed, or null when the grouping is irregular or uses `notSep`. */
function ungroup(digits: string, notSep = ''): string | null {
  if (/^\d+$/.test(digits)) return digits;
  const m = GROUPED.exec(digits);
  return m && m[1] !== notSep ? digits.replace(/[ ',.]/g, '') : null;
}

function cleaned(raw: string): string {
  return raw
    .normalize('NFKC') // full-width digits and commas, no-break spaces -> ASCII
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=\d)\.$/, '') // "18496." at the end of a sentence
    .replace(/(?<=\d)_(?=\d)/g, ''); // Python's 18_496
}

/** Reads one typed number; see the module comment for the forms. */
export function readNumber(raw: string): NumberReading {
  const s = cleaned(raw);
  if (s === '') return { kind: 'unreadable', reason: 'is empty' };
  const sign = s.startsWith('-') ? -1 : 1;
  const body = s.replace(/^[+-] ?/, '');
  const number = (digits: string | null): NumberReading =>
    digits === null || digits === '' ? { kind: 'unreadable', reason: `could not be read as a number: "${raw.trim().slice(0, 40)}"` } : { kind: 'number', value: sign * Number(digits) };
  if (PLAIN.test(body)) return number(body);
  if (!/^\d[\d ',.]*\d$/.test(body)) return number(null);
  const at = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
  const mark = body[at];
  // No mark, or the last mark repeats ("1,234,567"): every separator groups thousands.
  if (mark === undefined || body.indexOf(mark) !== at) return number(ungroup(body));
  const int = body.slice(0, at);
  const frac = body.slice(at + 1);
  const intDigits = ungroup(int, mark);
  if (intDigits === null || !/^\d+$/.test(frac)) return number(null);
  // "1,600": a thousands group (1600) or a decimal comma (1.6)? A dot is always the decimal point.
  if (mark === ',' && frac.length === 3 && /^[1-9]\d{0,2}$/.test(int)) {
    return { kind: 'ambiguous', readings: [sign * Number(int + frac), sign * Number(`${int}.${frac}`)] };
  }
  return number(`${intDigits}.${frac}`);
}
