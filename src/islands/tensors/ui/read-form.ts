/**
 * Reads the playground's form into a request (tensor A, tensor B when the operation uses it, the
 * operation), or a message per field for everything that is not valid input. Works on a plain
 * getter so it runs (and is tested) without a DOM.
 */
import { asDType } from '../parse/dtype';
import { parseAxis, parsePerm, parseShape, parseTargetShape } from '../parse/ints';
import type { Parsed } from '../parse/result';
import { parseValues } from '../parse/values';
import { OPERATIONS, usesB, type OpName, type Operation, type TensorInput } from '../ops/spec';

/** Form field names, shared with the Astro shell and the presets. */
export type Field = 'a-values' | 'a-shape' | 'a-dtype' | 'b-values' | 'b-shape' | 'b-dtype' | 'op' | 'target' | 'perm' | 'axis' | 'keepdims' | 'cast';

/** A valid request: B is null for operations on A alone. */
export interface Request { a: TensorInput; b: TensorInput | null; op: Operation }

/** The request, or one message per invalid field. */
export type ReadResult = { ok: true; value: Request } | { ok: false; errors: Partial<Record<Field, string>> };

/** Reads the form through `get` (a field's value; checkboxes give "on" when ticked, else ""). */
export function readRequest(get: (field: Field) => string): ReadResult {
  const errors: Partial<Record<Field, string>> = {};
  const take = <T>(field: Field, parsed: Parsed<T>): T | undefined => {
    if (parsed.ok) return parsed.value;
    errors[field] = parsed.error;
    return undefined;
  };
  const kind = (OPERATIONS as readonly string[]).includes(get('op')) ? (get('op') as OpName) : undefined;
  if (!kind) errors.op = 'Choose an operation.';
  const tensor = (name: 'a' | 'b'): TensorInput | undefined => {
    const values = take(`${name}-values`, parseValues(get(`${name}-values`)));
    const shapeText = get(`${name}-shape`).trim();
    const shape = shapeText === '' ? undefined : take(`${name}-shape`, parseShape(shapeText));
    const dtype = asDType(get(`${name}-dtype`));
    if (!dtype) errors[`${name}-dtype`] = 'Choose float32, int32 or bool.';
    if (!values || !dtype || (shapeText !== '' && !shape)) return undefined;
    return { flat: values.flat, shape: shape ?? values.shape, dtype, shapeGiven: shape !== undefined };
  };
  const a = tensor('a');
  const b = kind && usesB(kind) ? tensor('b') : null;
  const op = kind ? operation(kind, get, take) : undefined;
  if (!a || b === undefined || !op || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { a, b, op } };
}

function operation(kind: OpName, get: (field: Field) => string, take: <T>(field: Field, parsed: Parsed<T>) => T | undefined): Operation | undefined {
  switch (kind) {
    case 'reshape': { const shape = take('target', parseTargetShape(get('target'))); return shape && { kind, shape }; }
    case 'transpose': { const perm = take('perm', parsePerm(get('perm'))); return perm === undefined ? undefined : { kind, perm }; }
    case 'sum': case 'mean': case 'max': {
      const axis = take('axis', parseAxis(get('axis')));
      return axis === undefined ? undefined : { kind, axis, keepdims: get('keepdims') === 'on' };
    }
    case 'cast': { const dtype = asDType(get('cast')); return dtype ? { kind, dtype } : take('cast', { ok: false, error: 'Choose a dtype.' }); }
    default: return { kind };
  }
}
