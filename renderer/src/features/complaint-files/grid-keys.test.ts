import { describe, expect, it } from 'vitest';
import { moveCell } from './grid-keys';

const size = { rows: 100, cols: 9, page: 10 };

describe('moveCell', () => {
  it('moves by one cell with the arrows and stops at the edges', () => {
    expect(moveCell({ row: 5, col: 3 }, 'ArrowDown', false, size)).toEqual({ row: 6, col: 3 });
    expect(moveCell({ row: 5, col: 3 }, 'ArrowLeft', false, size)).toEqual({ row: 5, col: 2 });
    expect(moveCell({ row: 0, col: 0 }, 'ArrowUp', false, size)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 99, col: 8 }, 'ArrowRight', false, size)).toEqual({ row: 99, col: 8 });
  });

  it('goes to the row ends with Home/End and the grid ends with Ctrl', () => {
    expect(moveCell({ row: 5, col: 3 }, 'Home', false, size)).toEqual({ row: 5, col: 0 });
    expect(moveCell({ row: 5, col: 3 }, 'End', true, size)).toEqual({ row: 99, col: 8 });
  });

  it('pages by the page size', () => {
    expect(moveCell({ row: 95, col: 1 }, 'PageDown', false, size)).toEqual({ row: 99, col: 1 });
    expect(moveCell({ row: 15, col: 1 }, 'PageUp', false, size)).toEqual({ row: 5, col: 1 });
  });

  it('ignores other keys and keeps row 0 in an empty grid', () => {
    expect(moveCell({ row: 0, col: 0 }, 'Enter', false, size)).toBeNull();
    expect(moveCell({ row: 0, col: 0 }, 'ArrowDown', false, { rows: 0, cols: 9, page: 10 })).toEqual({ row: 0, col: 0 });
  });
});
