import { attachmentDisposition, safeFileName } from './attachment';

describe('attachment headers', () => {
  it('gives an ASCII filename and the Chinese name percent-encoded in filename*', () => {
    expect(attachmentDisposition('福绵裁缝冬季班-出勤表.xlsx', 'attendance.xlsx')).toBe(
      `attachment; filename="attendance.xlsx"; filename*=UTF-8''%E7%A6%8F%E7%BB%B5%E8%A3%81%E7%BC%9D%E5%86%AC%E5%AD%A3%E7%8F%AD-%E5%87%BA%E5%8B%A4%E8%A1%A8.xlsx`,
    );
  });

  it("encodes ' ( ) * too (RFC 5987) and keeps quotes out of the fallback", () => {
    const header = attachmentDisposition("班(1)*'.xlsx", 'a"b\\c.xlsx');
    expect(header).toContain(`filename="a_b_c.xlsx"`);
    expect(header).toContain(`filename*=UTF-8''%E7%8F%AD%281%29%2A%27.xlsx`);
  });

  it('makes a file name without path separators or reserved marks', () => {
    expect(safeFileName('福绵/裁缝:冬季<班>?  "A"|*')).toBe('福绵_裁缝_冬季_班__ _A___');
    expect(safeFileName('  ')).toBe('download');
  });
});
