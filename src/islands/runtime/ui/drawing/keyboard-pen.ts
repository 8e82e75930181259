/**
 * Drawing on the pad without a pointer: arrow keys move a pen (Shift for longer steps), Space
 * or Enter puts it down or lifts it, Escape lifts it. While it is down, every move inks a
 * straight segment, so a keyboard user can draw any stroke a mouse can, one segment at a time.
 * Pure: the pad applies the moves to its canvas.
 */

/** A point in canvas pixels. */
export interface Point { x: number; y: number }

/** The pen: where it is (canvas pixels) and whether it is touching the paper. */
export interface PenState { at: Point; down: boolean }

/** What a key did: the new state and, when the pen moved while down, the segment to ink. */
export interface PenMove { state: PenState; segment: [Point, Point] | null; handled: boolean }

const STEPS: Record<string, Point> = { ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 } };

/**
 * Applies one key to `state` on a `size` x `size` canvas. A step is `size / 28` px (one MNIST
 * pixel), 4 steps with Shift; the pen stays on the canvas. Unknown keys are not `handled`, so
 * Tab and the page's own shortcuts still work.
 */
export function penKey(state: PenState, key: string, shift: boolean, size: number): PenMove {
  const direction = STEPS[key];
  if (direction) {
    const step = (size / 28) * (shift ? 4 : 1);
    const clamp = (v: number) => Math.min(size, Math.max(0, v));
    const at = { x: clamp(state.at.x + direction.x * step), y: clamp(state.at.y + direction.y * step) };
    return { state: { at, down: state.down }, segment: state.down ? [state.at, at] : null, handled: true };
  }
  if (key === ' ' || key === 'Enter') {
    const down = !state.down;
    // Putting the pen down inks a dot, as a click does.
    return { state: { at: state.at, down }, segment: down ? [state.at, state.at] : null, handled: true };
  }
  if (key === 'Escape' && state.down) return { state: { at: state.at, down: false }, segment: null, handled: true };
  return { state, segment: null, handled: false };
}
