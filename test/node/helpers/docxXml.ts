/** Reading a .docx back as XML, to check what Word will show. */
import JSZip from 'jszip';

export async function partsOf(buffer: Buffer): Promise<{ document: string; core: string; styles: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const read = (name: string) => zip.file(name)!.async('string');
  return { document: await read('word/document.xml'), core: await read('docProps/core.xml'), styles: await read('word/styles.xml') };
}

/** The XML of each top-level <w:tbl> (tables are not nested here). */
export function tables(xml: string): string[] {
  return xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
}

export function rowsOf(tableXml: string): string[] {
  return tableXml.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
}

export function cellsOf(rowXml: string): string[] {
  return rowXml.match(/<w:tc>.*?<\/w:tc>/gs) ?? [];
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text back to what a reader sees (`&gt;` → `>`, `&#60;` → `<`). */
function unescapeXml(text: string): string {
  return text.replace(/&(#\d+|lt|gt|amp|quot|apos);/g, (_, name: string) =>
    name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : ENTITIES[name],
  );
}

/** The text of each paragraph (runs joined, entities decoded, tabs as `\t`). */
export function paragraphTexts(xml: string): string[] {
  return (xml.match(/<w:p>.*?<\/w:p>|<w:p\/>/gs) ?? []).map((p) =>
    unescapeXml((p.match(/<w:t[^>]*>(.*?)<\/w:t>/gs) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')),
  );
}

