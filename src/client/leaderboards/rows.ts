/**
 * Board rows built with textContent only: a display name is data, never markup, so a name
 * that looks like HTML or a script shows literally.
 */
import type { InferResponseType } from 'hono/client';
import type { api } from '../api';

type Boards = ReturnType<typeof api>['leaderboards'];
export type CourseBoard = InferResponseType<Boards['course']['$get'], 200>;
export type CnnBoard = InferResponseType<Boards['cnn']['$get'], 200>;
type Entry = { rank: number; handle: string; displayName: string };

function row(cells: string[], me: boolean): HTMLTableRowElement {
  const tr = document.createElement('tr');
  cells.forEach((text, i) => {
    const cell = document.createElement(i === 1 ? 'th' : 'td');
    if (i === 1) cell.setAttribute('scope', 'row');
    cell.textContent = text;
    tr.append(cell);
  });
  if (me) {
    tr.dataset.me = '';
    tr.cells[1]!.append(' (you)');
  }
  return tr;
}

/** The top entries, then (when the learner ranks below them) a gap row and the learner's row. */
export function boardRows<E extends Entry>(entries: E[], me: E | null, cells: (e: E) => string[]): HTMLTableRowElement[] {
  const rows = entries.map((e) => row(cells(e), e.handle === me?.handle));
  if (me && !entries.some((e) => e.handle === me.handle)) {
    const gap = document.createElement('tr');
    gap.className = 'gap';
    const td = Object.assign(document.createElement('td'), { colSpan: 4, textContent: '…' });
    gap.append(td);
    rows.push(gap, row(cells(me), true));
  }
  return rows;
}

export const courseCells = (e: CourseBoard['entries'][number]) => [String(e.rank), e.displayName, String(e.modulesPassed), String(e.quizPoints)];
export const cnnCells = (e: CnnBoard['entries'][number]) => [
  String(e.rank),
  e.displayName,
  `${(e.accuracy * 100).toFixed(2)}%`,
  new Date(e.submittedAt).toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' }),
];
