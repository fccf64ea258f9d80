import { maskName } from './name.mask';

describe('maskName', () => {
  it('keeps the surname and hides the rest', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('李四')).toBe('李*');
    expect(maskName(' 欧阳 ')).toBe('欧*');
  });
  it('never shows a one-character name whole', () => {
    expect(maskName('张')).toBe('张*');
  });
  it('is empty for an empty name', () => {
    expect(maskName('   ')).toBe('');
  });
});
