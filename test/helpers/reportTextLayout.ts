import { tableToGrid, type MeasureTable } from '../../src/core';

/**
 * A table written as report text (one tab-separated row per measure, each cell's lines as <p>
 * paragraphs), to feed the text reader generated input. Test-only: the product never re-renders a
 * report's text (a filled copy edits the original, fillReportText).
 */
export function reportTextLayout(table: MeasureTable): string {
  return tableToGrid(table)
    .map((row) => row.map((cell) => (cell.includes('\n') ? cell.split('\n').map((line) => `<p>${line}</p>`).join(' ') : cell)).join('\t'))
    .join('\n') + '\n';
}
