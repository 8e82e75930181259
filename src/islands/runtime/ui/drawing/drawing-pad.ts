/**
 * A canvas to draw a digit on with mouse, pen or finger, or from the keyboard (keyboard-pen.ts:
 * arrows move a pen shown as a ring over the canvas, Space puts it down or lifts it). Pointer
 * events cover the first three; `touch-action: none` (in the island's CSS) keeps a finger from
 * scrolling the page. After each stroke segment (at most once per frame) it reports the
 * MNIST-style 28x28 input.
 */
import { penKey, type PenState } from './keyboard-pen';
import { inkFromRgba, preprocessDrawing } from './preprocess';

/** What the pad adds to its canvas's accessible name. */
const KEYBOARD_HELP = 'Keyboard: arrow keys move the pen (Shift for longer steps), Space puts it down or lifts it.';

export class DrawingPad {
  private readonly context: CanvasRenderingContext2D;
  private drawing = false;
  private last: { x: number; y: number } | null = null;
  private frame = 0;
  private pen: PenState;
  private readonly penMark: HTMLElement;

  constructor(private readonly canvas: HTMLCanvasElement, private readonly onChange: (input: Float32Array | null) => void) {
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('Drawing pad: this browser cannot draw on a canvas.');
    this.context = context;
    canvas.addEventListener('pointerdown', (e) => this.down(e));
    canvas.addEventListener('pointermove', (e) => this.move(e));
    canvas.addEventListener('pointerup', (e) => this.up(e));
    canvas.addEventListener('pointercancel', (e) => this.up(e));
    this.pen = { at: { x: canvas.width / 2, y: canvas.height / 2 }, down: false };
    this.penMark = this.makePenMark();
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', `${canvas.getAttribute('aria-label') ?? 'Drawing pad'}. ${KEYBOARD_HELP}`);
    canvas.addEventListener('keydown', (e) => this.key(e));
    canvas.addEventListener('focus', () => this.showPen());
    canvas.addEventListener('blur', () => { this.pen = { ...this.pen, down: false }; this.penMark.hidden = true; });
  }

  /** The keyboard pen's ring, over the canvas (its parent becomes the positioning box). */
  private makePenMark(): HTMLElement {
    const mark = document.createElement('span');
    mark.setAttribute('aria-hidden', 'true');
    mark.hidden = true;
    // The pad is white in both themes: a blue ring with a white edge shows on paper and on ink.
    Object.assign(mark.style, { position: 'absolute', width: '14px', height: '14px', marginLeft: '-7px', marginTop: '-7px', borderRadius: '50%', border: '3px solid #0b57d0', boxShadow: '0 0 0 1px #fff', pointerEvents: 'none', boxSizing: 'border-box' });
    const parent = this.canvas.parentElement;
    if (parent && getComputedStyle(parent).position === 'static') parent.style.position = 'relative';
    parent?.appendChild(mark);
    return mark;
  }

  private showPen(): void {
    const { canvas, penMark, pen } = this;
    penMark.hidden = false;
    penMark.style.left = `${canvas.offsetLeft + canvas.clientLeft + (pen.at.x / canvas.width) * canvas.clientWidth}px`;
    penMark.style.top = `${canvas.offsetTop + canvas.clientTop + (pen.at.y / canvas.height) * canvas.clientHeight}px`;
    penMark.style.background = pen.down ? 'rgba(11, 87, 208, 0.35)' : 'transparent';
  }

  private key(e: KeyboardEvent): void {
    const move = penKey(this.pen, e.key, e.shiftKey, this.canvas.width);
    if (!move.handled) return;
    e.preventDefault();
    this.pen = move.state;
    if (move.segment) this.stroke(move.segment[0], move.segment[1], 0.5);
    this.showPen();
  }

  clear(): void {
    this.context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    this.onChange(null);
  }

  private point(e: PointerEvent): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) / rect.width) * this.canvas.width, y: ((e.clientY - rect.top) / rect.height) * this.canvas.height };
  }

  private down(e: PointerEvent): void {
    if (e.button !== 0) return;
    e.preventDefault();
    this.canvas.setPointerCapture(e.pointerId);
    this.drawing = true;
    this.last = this.point(e);
    this.stroke(this.last, this.last, e.pressure);
  }

  private move(e: PointerEvent): void {
    if (!this.drawing || !this.last) return;
    // Coalesced events keep fast pen strokes smooth.
    const events = typeof e.getCoalescedEvents === 'function' ? e.getCoalescedEvents() : [];
    for (const event of events.length > 0 ? events : [e]) {
      const next = this.point(event);
      this.stroke(this.last, next, event.pressure);
      this.last = next;
    }
  }

  private up(e: PointerEvent): void {
    if (!this.drawing) return;
    this.drawing = false;
    this.last = null;
    if (this.canvas.hasPointerCapture(e.pointerId)) this.canvas.releasePointerCapture(e.pointerId);
  }

  private stroke(from: { x: number; y: number }, to: { x: number; y: number }, pressure: number): void {
    const c = this.context;
    // MNIST strokes are about 1/10 of the digit height; pens may vary it a little with pressure.
    const base = this.canvas.width / 14;
    c.lineWidth = pressure > 0 && pressure !== 0.5 ? base * (0.7 + pressure * 0.6) : base;
    c.lineCap = 'round';
    c.lineJoin = 'round';
    c.strokeStyle = '#000';
    c.beginPath();
    c.moveTo(from.x, from.y);
    c.lineTo(to.x, to.y);
    c.stroke();
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const { width, height } = this.canvas;
      const rgba = this.context.getImageData(0, 0, width, height).data;
      this.onChange(preprocessDrawing(inkFromRgba(rgba, width, height)));
    });
  }
}
