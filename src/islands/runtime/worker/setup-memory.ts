/**
 * The page's memory of an island's measured backend and worker choice, in localStorage (one
 * entry per island, since each times its own model). The worker decides whether it still
 * applies to this device (training/engine/remembered.ts); this only stores and reads it back,
 * and treats a missing, blocked or garbled entry as "nothing remembered".
 */
import type { TrainingReplies } from '../training/engine/protocol.ts';
import type { RememberedSetup } from '../training/engine/remembered.ts';

/** The two Storage methods used: localStorage in the browser, a Map-backed stand-in in tests. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

/** localStorage, or null where it is missing or blocked (private modes, sandboxed frames). */
export function browserStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export class SetupMemory {
  /** `name`: the island, e.g. 'cnn-trainer'; stored under `tfjs-setup:<name>`. */
  constructor(private readonly store: KeyValueStore | null, private readonly name: string) {}

  private get key(): string {
    return `tfjs-setup:${this.name}`;
  }

  /** The stored choice, or null when there is none or it cannot be read. */
  recall(): RememberedSetup | null {
    try {
      const value = JSON.parse(this.store?.getItem(this.key) ?? 'null') as Partial<RememberedSetup> | null;
      if (typeof value?.device !== 'string' || typeof value.backend !== 'string' || typeof value.workers !== 'number') return null;
      return { device: value.device, backend: value.backend, workers: value.workers };
    } catch {
      return null;
    }
  }

  /** Keeps a timed `init` reply's choice, replacing whatever was stored; a full or blocked store is ignored. */
  remember(init: Pick<TrainingReplies['init'], 'device' | 'backend' | 'workers'>): void {
    const setup: RememberedSetup = { device: init.device, backend: init.backend, workers: init.workers };
    try {
      this.store?.setItem(this.key, JSON.stringify(setup));
    } catch {
      // Quota or privacy settings: the next Start simply times again.
    }
  }
}
