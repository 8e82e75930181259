/**
 * Start, Stop and Resume of a lab, and the page-leave guard while a run is in flight: Stop only
 * while training, Resume only after a run that stopped or failed with a model to continue.
 */
import { part } from '../../runtime/ui/dom';
import { guardLeaving } from '../../runtime/ui/leave-guard';

export class RunButtons {
  private readonly start: HTMLButtonElement;
  private readonly stop: HTMLButtonElement;
  private readonly resume: HTMLButtonElement;
  /** True while a run is in flight. */
  running = false;

  /** `onStop` and `onResume` run on those buttons' clicks. */
  constructor(private readonly root: HTMLElement, onStop: () => void, onResume: () => void) {
    this.start = part<HTMLButtonElement>(root, 'start');
    this.stop = part<HTMLButtonElement>(root, 'stop');
    this.resume = part<HTMLButtonElement>(root, 'resume');
    this.stop.addEventListener('click', () => { this.stop.disabled = true; onStop(); });
    this.resume.addEventListener('click', () => { if (!this.running) onResume(); });
    guardLeaving(window, () => this.running);
  }

  /** A run starts (running) or ends, resumable or not; data-state tells tests and styles which. */
  set(running: boolean, resumable = false): void {
    this.running = running;
    this.start.disabled = running;
    this.stop.disabled = !running;
    this.resume.disabled = running || !resumable;
    for (const action of this.root.querySelectorAll<HTMLButtonElement>('[data-action]')) action.disabled = running;
    this.root.dataset.state = running ? 'training' : 'done';
  }
}
