/**
 * Ready-made setups that make the interesting cases one click away. Each sets the form's fields
 * (any field not named keeps its value) and then runs.
 */
import type { Field } from './read-form';

/** One preset: the button's label and the field values it sets ("on"/"" for the keepdims box). */
export interface Preset { id: string; label: string; fields: Partial<Record<Field, string>> }

const M23 = '[[1, 2, 3], [4, 5, 6]]';

/** The presets, in the order of their buttons. */
export const PRESETS: readonly Preset[] = [
  { id: 'broadcast-row', label: 'Broadcast a row over a matrix', fields: { 'a-values': '[[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]', 'a-shape': '', 'a-dtype': 'float32', 'b-values': '[10, 20, 30]', 'b-shape': '', 'b-dtype': 'float32', op: 'add' } },
  { id: 'column-times-row', label: 'Column times row', fields: { 'a-values': '[[1], [2], [3], [4]]', 'a-shape': '', 'a-dtype': 'float32', 'b-values': '[10, 20, 30]', 'b-shape': '', 'b-dtype': 'float32', op: 'multiply' } },
  { id: 'matmul-mismatch', label: 'matmul shape mismatch', fields: { 'a-values': M23, 'a-shape': '', 'a-dtype': 'float32', 'b-values': M23, 'b-shape': '', 'b-dtype': 'float32', op: 'matmul' } },
  { id: 'reshape-infer', label: 'Reshape with -1', fields: { 'a-values': M23, 'a-shape': '', 'a-dtype': 'float32', op: 'reshape', target: '[3, -1]' } },
  { id: 'mean-axis-0', label: 'Mean over axis 0', fields: { 'a-values': M23, 'a-shape': '', 'a-dtype': 'float32', op: 'mean', axis: '0', keepdims: '' } },
  { id: 'mean-axis-1', label: 'Mean over axis 1', fields: { 'a-values': M23, 'a-shape': '', 'a-dtype': 'float32', op: 'mean', axis: '1', keepdims: '' } },
  { id: 'int-plus-float', label: 'int32 + float32', fields: { 'a-values': '[1, 2, 3]', 'a-shape': '', 'a-dtype': 'int32', 'b-values': '[0.5, 0.5, 0.5]', 'b-shape': '', 'b-dtype': 'float32', op: 'add' } },
];

/** The form's starting values (also what the page shows before any JavaScript runs). */
export const DEFAULTS: Record<Field, string> = {
  'a-values': M23, 'a-shape': '', 'a-dtype': 'float32', 'b-values': '[10, 20, 30]', 'b-shape': '', 'b-dtype': 'float32',
  op: 'add', target: '[3, -1]', perm: '[1, 0]', axis: '1', keepdims: '', cast: 'int32',
};
