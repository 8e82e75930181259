/**
 * Save to IndexedDB (the worker does the writing), remember that a save exists so the page can
 * offer it on the next visit without loading TensorFlow.js, and download the model files.
 */
import type { WorkerClient } from '../../runtime/worker/client';
import type { Event, Replies, Request } from '../protocol';

type CnnClient = WorkerClient<Request, Replies, Event>;
import type { BackendName } from '../../runtime/backend/types';
import { SAVED_MARKER_KEY, readSavedMarker } from './saved-marker';

/** How the saved model was trained: the leaderboard asks for it after a reload too. */
export interface TrainingRecord { epochs: number; batchSize: number; trainingSeconds: number; backend: BackendName; paramCount: number }
/** The saved model's marker: when, how it was trained and its test accuracy (0-1) when evaluated. */
export interface SavedInfo { savedAt: string; record: TrainingRecord; testAccuracy?: number }

export function savedInfo(): SavedInfo | null {
  const parsed = readSavedMarker(localStorage);
  return parsed && typeof parsed.record === 'object' && parsed.record !== null ? (parsed as unknown as SavedInfo) : null;
}

export async function saveModel(client: CnnClient, record: TrainingRecord, testAccuracy: number | null): Promise<string> {
  const { savedAt } = await client.request({ type: 'save' });
  try {
    const info: SavedInfo = { savedAt, record, ...(testAccuracy === null ? {} : { testAccuracy }) };
    localStorage.setItem(SAVED_MARKER_KEY, JSON.stringify(info));
  } catch {
    // Storage may be full or blocked; the model itself is saved, only the offer is lost.
  }
  return savedAt;
}

/** Loads the saved model; forgets the marker when the browser no longer has it. */
export async function loadModel(client: CnnClient): Promise<{ found: boolean; savedAt?: string }> {
  const result = await client.request({ type: 'load' });
  if (!result.found) localStorage.removeItem(SAVED_MARKER_KEY);
  return result;
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** TensorFlow.js format: model.json (topology + weights manifest) and weights.bin. */
export async function downloadModel(client: CnnClient): Promise<void> {
  const { modelJson, weights } = await client.request({ type: 'export' });
  download('model.json', new Blob([modelJson], { type: 'application/json' }));
  download('weights.bin', new Blob([weights], { type: 'application/octet-stream' }));
}
