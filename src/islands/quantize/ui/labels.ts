/** How the page names each variant (the module's terms). */
import type { VariantId } from '../model/variants.ts';

export const VARIANT_LABEL: Record<VariantId, string> = {
  float32: 'float32 (reference)',
  float16: 'float16',
  'int8-tensor': 'int8, per tensor',
  'int8-channel': 'int8, per channel',
};
