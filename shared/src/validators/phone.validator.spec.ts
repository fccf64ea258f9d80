import { isValidPhone, maskPhone, normalizePhone } from './phone.validator';

describe('phone numbers', () => {
  it.each([
    ['13800000001', '13800000001'],
    ['19912345678', '19912345678'],
    ['+86 138 0000 0001', '13800000001'],
    ['86-138-0000-0001', '13800000001'],
    ['008613800000001', '13800000001'],
  ])('normalises %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    '12800000001',
    '1380000000',
    '138000000011',
    '23800000001',
    '0771-1234567',
    'abcdefghijk',
    '',
  ])('refuses %s', (input) => {
    expect(isValidPhone(input)).toBe(false);
  });

  it('masks the middle four digits', () => {
    expect(maskPhone('13800000001')).toBe('138****0001');
    expect(maskPhone('+86 139 1234 5678')).toBe('139****5678');
  });
});
