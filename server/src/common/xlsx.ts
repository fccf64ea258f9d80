import { strToU8, zipSync } from 'fflate';

/**
 * A small writer for Office Open XML workbooks (.xlsx): just enough for exports people open in
 * Excel or WPS — text and numbers, a bold header row, column widths, a merged title block. Strings
 * are written inline (t="inlineStr"), so a name such as "=1+1" stays text and is never run as a
 * formula, and no shared-string table is needed.
 */

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type XlsxCell = string | number | null;

export interface XlsxColumn {
  header: string;
  /** In Excel's character units; a Chinese character takes about two. Default 10. */
  width?: number;
  /** `percent`: numbers in this column are fractions shown as 80%. */
  format?: 'percent';
}

export interface XlsxSheet {
  /** At most 31 characters, none of : \ / ? * [ ] (Excel's rules; others are replaced by _). */
  name: string;
  /** Lines above the header, each merged across the sheet's width; the first one is larger. */
  titleLines?: readonly string[];
  columns: readonly XlsxColumn[];
  /** One array per row, in column order; null leaves the cell empty. */
  rows: readonly (readonly XlsxCell[])[];
}

export interface XlsxWorkbook {
  sheets: readonly XlsxSheet[];
}

/** Excel's own limit on the text of one cell. */
const MAX_CELL_TEXT = 32_767;
const DEFAULT_WIDTH = 10;

/** Indexes into cellXfs in styles.xml. */
const STYLE = { plain: 0, header: 1, title: 2, subtitle: 3, percent: 4 } as const;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** The column's letters for a 0-based index: 0 → A, 25 → Z, 26 → AA, 702 → AAA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Text made safe for an XML element or attribute: & < > " escaped, and the characters XML 1.0 does
 * not allow at all (control characters other than tab and newlines, U+FFFE, U+FFFF) dropped — one
 * of them in a worker's name would otherwise make Excel refuse the whole file.
 */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** Builds the .xlsx file (a zip of XML parts). */
export function buildXlsx(book: XlsxWorkbook): Uint8Array {
  if (!book.sheets.length) throw new Error('an xlsx workbook needs at least one sheet');
  const names = book.sheets.map((s) => sheetName(s.name));
  if (new Set(names).size !== names.length) throw new Error('xlsx sheet names must be unique');

  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(contentTypes(book.sheets.length)),
    '_rels/.rels': strToU8(
      `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
        `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
        `</Relationships>`,
    ),
    'xl/workbook.xml': strToU8(workbook(names)),
    'xl/_rels/workbook.xml.rels': strToU8(workbookRels(book.sheets.length)),
    'xl/styles.xml': strToU8(STYLES),
  };
  book.sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheet(sheet));
  });
  return zipSync(files, { level: 6 });
}

function sheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
  return cleaned.trim() ? cleaned : 'Sheet';
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `${sheets}</Types>`
  );
}

function workbook(names: readonly string[]): string {
  const sheets = names
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`
  );
}

function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${sheets}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    `</Relationships>`
  );
}

/** Fonts: normal, bold, bold 14 pt (title), 11 pt grey (subtitles); numFmt 9 is Excel's built-in "0%". */
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
  `<fonts count="4">` +
  `<font><sz val="11"/><name val="等线"/><family val="2"/></font>` +
  `<font><b/><sz val="11"/><name val="等线"/><family val="2"/></font>` +
  `<font><b/><sz val="14"/><name val="等线"/><family val="2"/></font>` +
  `<font><sz val="11"/><color rgb="FF595959"/><name val="等线"/><family val="2"/></font>` +
  `</fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="5">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>` +
  `<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

function textCell(ref: string, text: string, style: number): string {
  const clean = escapeXml(text.slice(0, MAX_CELL_TEXT));
  // Without xml:space, Excel drops leading and trailing spaces and line breaks.
  const space = /^\s|\s$/.test(clean) ? ' xml:space="preserve"' : '';
  const s = style ? ` s="${style}"` : '';
  return `<c r="${ref}" t="inlineStr"${s}><is><t${space}>${clean}</t></is></c>`;
}

function cell(ref: string, value: XlsxCell, style: number): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    // NaN and Infinity have no spreadsheet form: leave the cell empty rather than corrupt the file.
    if (!Number.isFinite(value)) return '';
    return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>`;
  }
  return textCell(ref, value, style === STYLE.percent ? STYLE.plain : style);
}

function worksheet(sheet: XlsxSheet): string {
  const width = Math.max(1, sheet.columns.length);
  const lastColumn = columnLetter(width - 1);
  const titles = sheet.titleLines ?? [];
  const rows: string[] = [];
  const merges: string[] = [];

  titles.forEach((line, i) => {
    const r = i + 1;
    const style = i === 0 ? STYLE.title : STYLE.subtitle;
    const height = i === 0 ? ' ht="24" customHeight="1"' : '';
    rows.push(`<row r="${r}"${height}>${textCell(`A${r}`, line, style)}</row>`);
    if (width > 1) merges.push(`<mergeCell ref="A${r}:${lastColumn}${r}"/>`);
  });

  const headerRow = titles.length + 1;
  rows.push(
    `<row r="${headerRow}">${sheet.columns
      .map((c, i) => textCell(`${columnLetter(i)}${headerRow}`, c.header, STYLE.header))
      .join('')}</row>`,
  );

  const columnStyles = sheet.columns.map((c) =>
    c.format === 'percent' ? STYLE.percent : STYLE.plain,
  );
  sheet.rows.forEach((values, i) => {
    const r = headerRow + 1 + i;
    const cells = values
      .map((v, j) => cell(`${columnLetter(j)}${r}`, v, columnStyles[j] ?? STYLE.plain))
      .join('');
    rows.push(`<row r="${r}">${cells}</row>`);
  });

  const lastRow = headerRow + sheet.rows.length;
  const widest = Math.max(width, ...sheet.rows.map((r) => r.length));
  const cols = sheet.columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? DEFAULT_WIDTH}" customWidth="1"/>`,
    )
    .join('');
  // The header row stays in view while scrolling through a long roll.
  const pane =
    `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A${headerRow + 1}" sqref="A${headerRow + 1}"/>`;
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="A1:${columnLetter(widest - 1)}${lastRow}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '') +
    `</worksheet>`
  );
}
