/**
 * Sarabun for local rendering (LibreOffice docx → PDF, Chromium previews). No Debian package ships
 * it; the npm package @expo-google-fonts/sarabun (OFL) has the TTFs. A fontconfig file that adds
 * that folder, passed through FONTCONFIG_FILE, makes both programs use Sarabun without touching
 * system folders. Without it "Sarabun" falls back to another Thai font and layouts differ.
 */
import { promises as fs } from 'fs';
import * as path from 'path';

/** Folder holding the Sarabun TTFs (in subfolders by weight); null when the package is not installed. */
export function sarabunFontDirectory(): string | null {
  try {
    return path.dirname(require.resolve('@expo-google-fonts/sarabun/package.json'));
  } catch {
    return null;
  }
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Writes `fonts.conf` into `targetDir` (system fonts plus Sarabun, cache inside `targetDir`) and
 * returns its path, for `env: { ...process.env, FONTCONFIG_FILE: path }` of a child process.
 */
export async function writeFontConfig(targetDir: string, fontDirs: string[] = []): Promise<string> {
  const sarabun = sarabunFontDirectory();
  const dirs = [...(sarabun ? [sarabun] : []), ...fontDirs];
  const xml =
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n' +
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n' +
    dirs.map((dir) => `  <dir>${escapeXml(path.resolve(dir))}</dir>\n`).join('') +
    `  <cachedir>${escapeXml(path.resolve(targetDir, 'fontconfig-cache'))}</cachedir>\n` +
    '</fontconfig>\n';
  await fs.mkdir(targetDir, { recursive: true });
  const file = path.join(targetDir, 'fonts.conf');
  await fs.writeFile(file, xml, 'utf8');
  return file;
}
