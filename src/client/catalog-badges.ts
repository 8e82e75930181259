/**
 * Decorates the catalog's module cards with the learner's state (passed / in progress, best
 * score) from GET /api/progress. Loaded only when this browser has saved progress; the cards
 * themselves are complete without it.
 */
import { api, send, withAuth } from './api';
import { stateLabel } from './progress/render';
import '../styles/learner.css';

export async function addBadges(root: ParentNode = document): Promise<void> {
  const progress = await send(() => api().progress.$get({}, withAuth())).catch(() => null);
  if (!progress) return; // Badges are an extra: the catalog stays as it is when the API is away.
  for (const m of progress.modules) {
    const card = root.querySelector<HTMLElement>(`[data-module-card][data-slug="${CSS.escape(m.module)}"][data-written="true"]`);
    if (!card || !m.hasQuiz || m.attempts === 0) continue;
    card.querySelector('[data-progress-badge]')?.remove();
    const badge = document.createElement('p');
    badge.className = 'progress-badge';
    badge.dataset.progressBadge = '';
    badge.dataset.passed = String(m.passed);
    badge.textContent = `${stateLabel(m)} · best ${m.bestScore ?? 0}%`;
    card.querySelector('.eyebrow')?.after(badge);
  }
}

void addBadges();
