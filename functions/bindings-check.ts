// Compile-time only (functions/tsconfig.json): the hand-written Bindings must match the
// Env that `wrangler types` generates from wrangler.toml, in both directions.
import type { Bindings } from './env';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Keys<T> = keyof T & string;

export const bindingNamesMatch: Same<Keys<Env>, Keys<Bindings>> = true;
