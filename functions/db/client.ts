import type { Bindings } from '../env';
import { drizzle } from 'drizzle-orm/d1';
import * as schema from './schema';

/** A drizzle handle over this request's D1 binding (cheap: no connection to pool). */
export const db = (env: Pick<Bindings, 'DB'>) => drizzle(env.DB, { schema });
export type Db = ReturnType<typeof db>;
