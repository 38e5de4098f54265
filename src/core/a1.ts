/** A1 notation for 0-based grid positions: findings point at cells the way Sheets shows them. */
export function columnLetters(col0: number): string {
  let n = col0 + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function toA1(row0: number, col0: number): string {
  return `${columnLetters(col0)}${row0 + 1}`;
}

export function fromA1(a1: string): { row: number; column: number } {
  const cellPart = a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1;
  const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(cellPart.trim());
  if (!match) throw new Error(`Not an A1 cell reference: ${a1}`);
  let column = 0;
  for (const ch of match[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Sheet order of two A1 cells: by row, then by column. */
export function compareA1(a: string, b: string): number {
  const pa = fromA1(a);
  const pb = fromA1(b);
  return pa.row - pb.row || pa.column - pb.column;
}
