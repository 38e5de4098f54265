/**
 * A measures workbook with every kind of part an agency's file may carry: styles, a comment, data
 * validation, conditional formatting, a defined name, an image, a chart, a pivot table, a hidden
 * sheet, a merged title, a formula and a signature block under the table. exceljs writes what it
 * can; the chart and the pivot table are added as parts with jszip, shaped as Excel writes them
 * (ECMA-376 Part 1 §21.2 charts, §18.10 pivot tables; relationships and content types per Part 2).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

export const H = ['มาตรการ', 'ขั้นตอนหรือวิธีการปฏิบัติ', 'ผลการดำเนินงาน', 'ปัญหา / ข้อเสนอแนะ'];

const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CHART_XML = `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>จำนวนผลการดำเนินงาน</c:v></c:tx><c:cat><c:strRef><c:f>'สรุป'!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'สรุป'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const CHART_ANCHOR = `<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>6</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="แผนภูมิ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_R}" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;

const PIVOT_CACHE = `${XML_HEAD}<pivotCacheDefinition xmlns="${NS_MAIN}" xmlns:r="${NS_R}" r:id="rId1" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A2:D5" sheet="มาตรการ"/></cacheSource><cacheFields count="1"><cacheField name="มาตรการ" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`;
const PIVOT_RECORDS = `${XML_HEAD}<pivotCacheRecords xmlns="${NS_MAIN}" xmlns:r="${NS_R}" count="0"/>`;
const PIVOT_TABLE = `${XML_HEAD}<pivotTableDefinition xmlns="${NS_MAIN}" name="ตารางสรุป1" cacheId="7" dataCaption="ค่า" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="D3:D4" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1"><pivotField axis="axisRow" showAll="0"><items count="1"><item t="default"/></items></pivotField></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="1"><i t="grand"><x/></i></rowItems></pivotTableDefinition>`;

function rels(entries: [id: string, type: string, target: string][]): string {
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_RELS}">${entries
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;
}

function addRelationship(relsXml: string, id: string, type: string, target: string): string {
  return relsXml.replace('</Relationships>', `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/></Relationships>`);
}

/**
 * The measures sheet (row numbers as Excel shows them):
 * 1 merged title A1:D1 · 2 header · 3 measure ๑ with an empty styled suggestion cell ·
 * 4 measure ๒ whose suggestion is a formula showing nothing · 5 measure ๓ with no suggestion cell ·
 * 6 blank · 7–9 signature block (ลงชื่อ … ผู้รายงาน, name, position) with empty cells beside it.
 */
export async function richWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'เทศบาลตำบลสอง';
  const ws = wb.addWorksheet('มาตรการ', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.getCell('A1').value = 'รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ.๒๕๖๕';
  ws.mergeCells('A1:D1');
  ws.getRow(2).values = H;
  ws.getRow(2).font = { bold: true };
  ws.getRow(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  ws.getRow(3).values = ['๑. มาตรการเผยแพร่ข้อมูลต่อสาธารณะ', '๑. จัดทำประกาศมาตรการ\n๒. เผยแพร่ประกาศบนเว็บไซต์', '๑. จัดทำประกาศมาตรการแล้ว\n๒. เผยแพร่ประกาศบนเว็บไซต์แล้ว'];
  ws.getCell('D3').style = { alignment: { wrapText: true, vertical: 'top' }, border: { bottom: { style: 'thin' } } };
  ws.getRow(4).values = ['๒. มาตรการป้องกันการรับสินบน', '๑. ประกาศนโยบายไม่รับของขวัญ', '๑. ประกาศนโยบายไม่รับของขวัญแล้ว'];
  ws.getCell('D4').value = { formula: 'IF(C4="","","")', result: '' };
  ws.getRow(5).values = ['๓. มาตรการจัดการเรื่องร้องเรียน', '๑. กำหนดช่องทางร้องเรียน', '๑. มีช่องทางร้องเรียนทางเว็บไซต์และโทรศัพท์'];
  ws.getCell('C7').value = 'ลงชื่อ ........................................ ผู้รายงาน';
  ws.getCell('C8').value = '(นางสาวทดสอบ ระบบดี)';
  ws.getCell('C9').value = 'ตำแหน่ง นักวิเคราะห์นโยบายและแผน';
  ws.getCell('B3').note = 'ตรวจทานโดยกองยุทธศาสตร์';
  for (let row = 3; row <= 9; row++) {
    ws.getCell(`D${row}`).dataValidation = { type: 'textLength', operator: 'lessThan', allowBlank: true, formulae: [2000] };
  }
  ws.addConditionalFormatting({
    ref: 'C3:C9',
    rules: [{ type: 'containsText', operator: 'containsText', text: 'ยังไม่', priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
  });
  wb.definedNames.add("'มาตรการ'!$A$2:$D$5", 'ตารางมาตรการ');
  ws.addImage(wb.addImage({ buffer: PNG_1PX as unknown as ExcelJS.Buffer, extension: 'png' }), 'F2:G4');
  wb.addWorksheet('ซ่อน', { state: 'hidden' }).getCell('A1').value = 'ข้อมูลอ้างอิงที่ซ่อนไว้';
  const summary = wb.addWorksheet('สรุป');
  summary.addRows([['มาตรการ', 'จำนวนผล'], ['๑', 2], ['๒', 1], ['๓', 1]]);

  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const text = (name: string) => zip.file(name)!.async('string');
  // The chart, drawn in the measures sheet's drawing next to the image.
  zip.file('xl/charts/chart1.xml', CHART_XML);
  zip.file('xl/drawings/drawing1.xml', (await text('xl/drawings/drawing1.xml')).replace('</xdr:wsDr>', `${CHART_ANCHOR}</xdr:wsDr>`));
  zip.file('xl/drawings/_rels/drawing1.xml.rels', addRelationship(await text('xl/drawings/_rels/drawing1.xml.rels'), 'rIdChart1', 'chart', '../charts/chart1.xml'));
  // The pivot table on the summary sheet, with its cache registered in the workbook.
  zip.file('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  zip.file('xl/pivotCache/pivotCacheRecords1.xml', PIVOT_RECORDS);
  zip.file('xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels', rels([['rId1', 'pivotCacheRecords', 'pivotCacheRecords1.xml']]));
  zip.file('xl/pivotTables/pivotTable1.xml', PIVOT_TABLE);
  zip.file('xl/pivotTables/_rels/pivotTable1.xml.rels', rels([['rId1', 'pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml']]));
  zip.file('xl/worksheets/_rels/sheet3.xml.rels', rels([['rId1', 'pivotTable', '../pivotTables/pivotTable1.xml']]));
  zip.file('xl/_rels/workbook.xml.rels', addRelationship(await text('xl/_rels/workbook.xml.rels'), 'rIdPivot1', 'pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml'));
  zip.file('xl/workbook.xml', (await text('xl/workbook.xml')).replace('</workbook>', '<pivotCaches><pivotCache cacheId="7" r:id="rIdPivot1"/></pivotCaches></workbook>'));
  const overrides = [
    ['/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
    ['/xl/pivotCache/pivotCacheDefinition1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml'],
    ['/xl/pivotCache/pivotCacheRecords1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml'],
    ['/xl/pivotTables/pivotTable1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml'],
  ].map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('');
  zip.file('[Content_Types].xml', (await text('[Content_Types].xml')).replace('</Types>', `${overrides}</Types>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Every part of a package, uncompressed, by name (folders left out). */
export async function packageParts(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) parts.set(file.name, await file.async('nodebuffer'));
  }
  return parts;
}
