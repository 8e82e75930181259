import { describe, expect, it } from 'vitest';
import { penKey, type PenState } from './keyboard-pen';

const start: PenState = { at: { x: 140, y: 140 }, down: false };

describe('penKey', () => {
  it('moves one MNIST pixel per arrow (four with Shift) without ink while the pen is up', () => {
    expect(penKey(start, 'ArrowRight', false, 280)).toEqual({ state: { at: { x: 150, y: 140 }, down: false }, segment: null, handled: true });
    expect(penKey(start, 'ArrowUp', true, 280).state.at).toEqual({ x: 140, y: 100 });
  });

  it('inks a dot when put down, a segment per move while down, and nothing after lifting', () => {
    const down = penKey(start, ' ', false, 280);
    expect(down.segment).toEqual([{ x: 140, y: 140 }, { x: 140, y: 140 }]);
    const moved = penKey(down.state, 'ArrowDown', false, 280);
    expect(moved.segment).toEqual([{ x: 140, y: 140 }, { x: 140, y: 150 }]);
    const lifted = penKey(moved.state, 'Escape', false, 280);
    expect(lifted.state.down).toBe(false);
    expect(penKey(lifted.state, 'ArrowDown', false, 280).segment).toBeNull();
    expect(penKey(moved.state, 'Enter', false, 280).state.down).toBe(false);
  });

  it('keeps the pen on the canvas and leaves other keys to the page', () => {
    expect(penKey({ at: { x: 275, y: 5 }, down: true }, 'ArrowRight', true, 280).state.at).toEqual({ x: 280, y: 5 });
    expect(penKey(start, 'Tab', false, 280).handled).toBe(false);
    expect(penKey(start, 'Escape', false, 280).handled).toBe(false);
  });
});
