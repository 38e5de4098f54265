/**
 * QR codes for the report's link, from `qrcode-generator` (MIT, pure JavaScript: no DOM, no Node,
 * so the same code runs in Apps Script). Byte mode, error correction M (a printed page may smudge).
 */
import qrcode from 'qrcode-generator';

export interface QrImage {
  /** GIF file bytes. */
  gif: number[];
  /** Width and height in pixels. */
  sizePx: number;
}

/** Links are ASCII; anything else is percent-encoded first, as a browser would send it. */
function asciiLink(text: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x20-\x7e]*$/.test(text) ? text : encodeURI(text);
}

function encode(text: string) {
  const qr = qrcode(0, 'M');
  qr.addData(asciiLink(text), 'Byte');
  qr.make();
  return qr;
}

/** The modules of the code: true = dark, row by row, without the quiet zone. */
export function qrMatrix(text: string): boolean[][] {
  const qr = encode(text);
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Bytes(text: string): number[] {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text.replace(/=+$/, '')) {
    buffer = (buffer << 6) | BASE64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return bytes;
}

/** The code as a GIF image: `cellPx` pixels a module and the four-module quiet zone the standard asks for. */
export function qrGif(text: string, cellPx = 4): QrImage {
  const qr = encode(text);
  const margin = 4 * cellPx;
  const dataUrl = qr.createDataURL(cellPx, margin);
  return { gif: base64Bytes(dataUrl.slice(dataUrl.indexOf(',') + 1)), sizePx: qr.getModuleCount() * cellPx + 2 * margin };
}
