/**
 * Column widths of the report table from what the columns hold, so a landscape page stays readable
 * whether the sheet has four columns or nine: long step and result lists get room, a budget
 * figure does not. Widths grow with the square root of a column's text, within a floor.
 */

/** Thai vowel and tone marks above and below (U+0E31, U+0E34–0E3A, U+0E47–0E4E) take no width of their own. */
function isCombining(code: number): boolean {
  return code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
}

export function visibleLength(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) if (!isCombining(text.charCodeAt(i))) length++;
  return length;
}

/**
 * `columns[c]` holds every cell text of column c (one string per row) and `headers[c]` its header.
 * `floors[c]` is the least fraction the column gets. Returns fractions summing to 1.
 */
export function contentWidths(columns: string[][], headers: string[], floors: number[]): number[] {
  const weights = columns.map((cells, c) => {
    const average = cells.length ? cells.reduce((sum, text) => sum + visibleLength(text), 0) / cells.length : 0;
    // The header's longest word should fit on a line.
    const headerWord = Math.max(...headers[c].split(/[\s/]+/).map(visibleLength));
    return Math.sqrt(Math.max(average, headerWord, 4));
  });
  const total = weights.reduce((a, b) => a + b, 0);
  let fractions = weights.map((w) => w / total);
  // Floors that cannot all be met (very many columns) are shrunk together rather than overflow.
  const floorSum = floors.reduce((a, b) => a + b, 0);
  if (floorSum > 1) floors = floors.map((f) => f / floorSum);
  // Raise the columns below their floor, taking the room from the others in proportion.
  for (let pass = 0; pass < 3; pass++) {
    const low = fractions.map((f, c) => f < floors[c]);
    if (!low.some(Boolean)) break;
    const fixed = fractions.reduce((sum, f, c) => sum + (low[c] ? floors[c] : 0), 0);
    const rest = fractions.reduce((sum, f, c) => sum + (low[c] ? 0 : f), 0);
    fractions = fractions.map((f, c) => (low[c] ? floors[c] : (f / rest) * (1 - fixed)));
  }
  return fractions;
}
