/** Loads both boards (with the learner's token, so the API includes their own row). */
import { api, send, withAuth } from '../api';
import { boardRows, cnnCells, courseCells } from './rows';

const LIMIT = '10';

async function fill(board: 'course' | 'cnn'): Promise<void> {
  const body = document.querySelector(`table[data-board="${board}"] tbody`)!;
  const status = document.querySelector<HTMLElement>(`[data-board-status="${board}"]`)!;
  try {
    const rows =
      board === 'course'
        ? await send(() => api().leaderboards.course.$get({ query: { limit: LIMIT } }, withAuth())).then((d) => boardRows(d.entries, d.me, courseCells))
        : await send(() => api().leaderboards.cnn.$get({ query: { limit: LIMIT } }, withAuth())).then((d) => boardRows(d.entries, d.me, cnnCells));
    body.replaceChildren(...rows);
    status.textContent = rows.length ? '' : 'No entries yet.';
  } catch (err) {
    status.textContent = err instanceof Error ? err.message : 'Could not load this board.';
  }
}

void fill('course');
void fill('cnn');
