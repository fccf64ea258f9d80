import { strFromU8, unzipSync } from 'fflate';
import { buildXlsx, columnLetter, escapeXml, type XlsxWorkbook } from './xlsx';

function unzip(book: XlsxWorkbook): Record<string, string> {
  return Object.fromEntries(
    Object.entries(unzipSync(buildXlsx(book))).map(([name, data]) => [name, strFromU8(data)]),
  );
}

/** Every element closed in order, nothing but whitespace outside the root: enough to catch a broken part. */
function expectWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of body.matchAll(
    /<(\/?)([A-Za-z_:][\w:.-]*)[^>]*?(\/?)>/g,
  )) {
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name);
  }
  expect(stack).toEqual([]);
  expect(body.replace(/<[^>]*>/g, '')).not.toMatch(/[<>]/);
}

const sample: XlsxWorkbook = {
  sheets: [
    {
      name: '出勤表',
      titleLines: ['福绵裁缝冬季班 出勤表', '培训机构：福绵区职业技能培训学校'],
      columns: [
        { header: '序号', width: 6 },
        { header: '姓名', width: 12 },
        { header: '出勤率', format: 'percent' },
      ],
      rows: [
        [1, '黄秀梅', 0.8],
        [2, '陈小红', null],
      ],
    },
    { name: '花名册', columns: [{ header: '姓名' }], rows: [['黄秀梅']] },
  ],
};

describe('xlsx writer', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('names column %i %s', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });

  it('escapes & < > " and drops the control characters XML cannot hold (tab and newlines stay)', () => {
    expect(escapeXml('A&B <c> "d"')).toBe('A&amp;B &lt;c&gt; &quot;d&quot;');
    expect(escapeXml('黄\u0000秀\u0007梅\u001f\uFFFE')).toBe('黄秀梅');
    expect(escapeXml('一\t二\n三\r')).toBe('一\t二\n三\r');
  });

  it('writes the package parts Excel needs, each well-formed, one worksheet per sheet', () => {
    const files = unzip(sample);
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    Object.values(files).forEach(expectWellFormed);
    expect(files['[Content_Types].xml']).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(files['xl/workbook.xml']).toContain('<sheet name="出勤表" sheetId="1" r:id="rId1"/>');
    expect(files['xl/workbook.xml']).toContain('<sheet name="花名册" sheetId="2" r:id="rId2"/>');
    expect(files['xl/_rels/workbook.xml.rels']).toContain('Id="rId3"');
    expect(files['xl/_rels/workbook.xml.rels']).toContain('Target="styles.xml"');
    expect(files['xl/styles.xml']).toContain('<b/>');
  });

  it('puts the title lines above a bold header, merged across the columns, then the rows', () => {
    const sheet = unzip(sample)['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain(
      '<row r="1" ht="24" customHeight="1"><c r="A1" t="inlineStr" s="2"><is><t>福绵裁缝冬季班 出勤表</t></is></c></row>',
    );
    expect(sheet).toContain(
      '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A2:C2"/>',
    );
    expect(sheet).toContain('<c r="A3" t="inlineStr" s="1"><is><t>序号</t></is></c>');
    expect(sheet).toContain(
      '<c r="A4"><v>1</v></c><c r="B4" t="inlineStr"><is><t>黄秀梅</t></is></c>',
    );
    expect(sheet).toContain('<c r="C4" s="4"><v>0.8</v></c>'); // percent style
    expect(sheet).toContain(
      '<row r="5"><c r="A5"><v>2</v></c><c r="B5" t="inlineStr"><is><t>陈小红</t></is></c></row>',
    );
    expect(sheet).toContain('<col min="1" max="1" width="6" customWidth="1"/>');
    expect(sheet).toContain('<col min="3" max="3" width="10" customWidth="1"/>');
    expect(sheet).toContain('<dimension ref="A1:C5"/>');
    expect(sheet).toContain('<pane ySplit="3" topLeftCell="A4"');
  });

  it('keeps text as text: formulas are not run, spaces kept, bad numbers left empty', () => {
    const sheet = unzip({
      sheets: [
        {
          name: 'x',
          columns: [{ header: 'a' }, { header: 'b' }, { header: 'c' }],
          rows: [['=HYPERLINK("http://evil")', '  缩进 ', Number.NaN]],
        },
      ],
    })['xl/worksheets/sheet1.xml'];
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<t>=HYPERLINK(&quot;http://evil&quot;)</t>');
    expect(sheet).toContain('<t xml:space="preserve">  缩进 </t>');
    expect(sheet).not.toContain('NaN');
  });

  it('reaches columns beyond Z', () => {
    const columns = Array.from({ length: 30 }, (_, i) => ({ header: `第${i + 1}列` }));
    const sheet = unzip({
      sheets: [{ name: '宽表', titleLines: ['标题'], columns, rows: [columns.map((_, i) => i)] }],
    })['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('<c r="AD2" t="inlineStr" s="1"><is><t>第30列</t></is></c>');
    expect(sheet).toContain('<c r="AD3"><v>29</v></c>');
    expect(sheet).toContain('<mergeCell ref="A1:AD1"/>');
  });

  it('makes sheet names acceptable to Excel and refuses duplicates', () => {
    const files = unzip({
      sheets: [
        {
          name: '2026/11 出勤[一]:汇总?*超过三十一个字符的工作表名称会被截断',
          columns: [],
          rows: [],
        },
      ],
    });
    const name = /<sheet name="([^"]*)"/.exec(files['xl/workbook.xml'])?.[1] ?? '';
    expect(name).not.toMatch(/[:\\/?*[\]]/);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(() =>
      buildXlsx({
        sheets: [
          { name: '表', columns: [], rows: [] },
          { name: '表', columns: [], rows: [] },
        ],
      }),
    ).toThrow(/unique/);
    expect(() => buildXlsx({ sheets: [] })).toThrow();
  });
});
