// Keyboard movement in the complaint grid (WAI-ARIA grid pattern): which cell a key moves to.

/** A cell of the grid: `row` counts the rows shown (after the filter), `col` the columns. */
export interface GridCell {
  row: number;
  col: number;
}

/** The grid's size: rows shown, columns, and rows per page (PageUp/PageDown). */
export interface GridSize {
  rows: number;
  cols: number;
  page: number;
}

const clamp = (value: number, max: number): number => Math.max(0, Math.min(value, max));

/**
 * The cell a key moves to from `at`, or null when the key is not a movement key: arrows by one cell,
 * Home/End to the row's first/last cell (with Ctrl, the grid's first/last cell), PageUp/PageDown by
 * `page` rows. Movement stops at the edges (no wrapping).
 */
export function moveCell(at: GridCell, key: string, ctrl: boolean, size: GridSize): GridCell | null {
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = Math.max(0, size.cols - 1);
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1, lastRow), col: at.col };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, lastRow), col: at.col };
    case 'ArrowLeft':
      return { row: at.row, col: clamp(at.col - 1, lastCol) };
    case 'ArrowRight':
      return { row: at.row, col: clamp(at.col + 1, lastCol) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row: at.row, col: lastCol };
    case 'PageUp':
      return { row: clamp(at.row - size.page, lastRow), col: at.col };
    case 'PageDown':
      return { row: clamp(at.row + size.page, lastRow), col: at.col };
    default:
      return null;
  }
}
