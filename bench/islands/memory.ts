/**
 * Peak memory while an island runs: the resident set (RSS) of the whole Chromium process tree,
 * read from /proc every 250 ms (summed, so pages shared between processes count more than once:
 * an upper bound), and the JS heap of the page and of every worker it starts, from the
 * DevTools protocol (Runtime.getHeapUsage in each target, workers attached through the page).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';

const PAGE_BYTES = 4096;

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(entry)]);
    } catch { /* the process ended meanwhile */ }
  }
  return map;
}

/** Summed RSS in bytes of `root` and all its descendants. */
export function treeRss(root: number): number {
  const tree = children();
  let bytes = 0;
  for (const stack = [root]; stack.length;) {
    const pid = stack.pop()!;
    try { bytes += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES; } catch { /* gone */ }
    stack.push(...(tree.get(pid) ?? []));
  }
  return bytes;
}

/** The pid of the Chromium browser process among this process's descendants (launched by Playwright). */
export function findChromium(): number | null {
  const tree = children();
  for (const stack = [process.pid]; stack.length;) {
    const pid = stack.pop()!;
    const cmd = (() => { try { return readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { return ''; } })();
    if (pid !== process.pid && /chrom/i.test(cmd.split('\0')[0] ?? '') && !cmd.includes('--type=')) return pid;
    stack.push(...(tree.get(pid) ?? []));
  }
  return null;
}

/** JS heap used by the page and by each worker it has started (nested workers too), summed, in bytes. */
export class HeapWatcher {
  private readonly workers = new Map<string, string>();
  private readonly armed = new Set<string>();
  private nextId = 1;
  private readonly waiting = new Map<number, (used: number) => void>();

  private readonly session: CDPSession;

  private constructor(session: CDPSession) {
    this.session = session;
  }

  static async attach(page: Page): Promise<HeapWatcher> {
    const session = await page.context().newCDPSession(page);
    const watcher = new HeapWatcher(session);
    // Non-flattened auto-attach: messages to a worker travel through the page's session.
    session.on('Target.attachedToTarget', (e) => { if (e.targetInfo.type === 'worker') watcher.workers.set(e.targetInfo.targetId, e.sessionId); });
    session.on('Target.detachedFromTarget', (e) => { for (const [id, s] of watcher.workers) if (s === e.sessionId) watcher.workers.delete(id); });
    session.on('Target.receivedMessageFromTarget', (e) => watcher.receive(e.sessionId, e.message));
    await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return watcher;
  }

  /** A worker that no longer answers (ended) is not asked again. */
  private forget(path: string): void {
    for (const [id, p] of this.workers) if (p === path) this.workers.delete(id);
  }

  /** A message from the worker at session path `path`; nested workers' messages arrive wrapped. */
  private receive(path: string, text: string): void {
    const message = JSON.parse(text) as { id?: number; result?: { usedSize?: number }; method?: string; params?: { sessionId: string; message: string; targetInfo: { type: string; targetId: string } } };
    if (message.method === 'Target.attachedToTarget' && message.params?.targetInfo.type === 'worker') this.workers.set(message.params.targetInfo.targetId, `${path}/${message.params.sessionId}`);
    else if (message.method === 'Target.receivedMessageFromTarget' && message.params) this.receive(`${path}/${message.params.sessionId}`, message.params.message);
    else if (message.id !== undefined && message.result?.usedSize !== undefined) this.waiting.get(message.id)?.(message.result.usedSize);
  }

  /** Sends `method` to a worker (through its parent workers' sessions for nested ones). */
  private ask(path: string, method: string, params: object = {}): Promise<number> {
    const id = this.nextId++;
    const ids = path.split('/');
    let message = JSON.stringify({ id, method, params });
    for (let i = ids.length - 1; i > 0; i--) message = JSON.stringify({ id: this.nextId++, method: 'Target.sendMessageToTarget', params: { sessionId: ids[i], message } });
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.waiting.delete(id); if (method === 'Runtime.getHeapUsage') this.forget(path); resolve(0); }, 2000);
      this.waiting.set(id, (used) => { clearTimeout(timer); this.waiting.delete(id); resolve(used); });
      this.session.send('Target.sendMessageToTarget', { sessionId: ids[0]!, message }).catch(() => resolve(0));
    });
  }

  /** Bytes of JS heap in use now: the page plus every attached worker. */
  async sample(): Promise<{ page: number; workers: number; count: number }> {
    const page = (await this.session.send('Runtime.getHeapUsage').catch(() => ({ usedSize: 0 }))).usedSize;
    const paths = [...this.workers.values()];
    // Let each worker auto-attach its own workers (the gradient helpers), once.
    for (const path of paths) if (!this.armed.has(path)) { this.armed.add(path); void this.ask(path, 'Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false }); }
    const used = await Promise.all(paths.map((p) => this.ask(p, 'Runtime.getHeapUsage')));
    return { page, workers: used.reduce((a, b) => a + b, 0), count: paths.length };
  }

}
