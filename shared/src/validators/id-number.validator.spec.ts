import { isValidIdNumber, maskIdNumber, validateIdNumber } from './id-number.validator';

const TODAY = new Date(2026, 10, 22);

describe('validateIdNumber (GB 11643)', () => {
  it('accepts the standard’s own example with an X check character', () => {
    expect(validateIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female',
      regionCode: '110105',
    });
  });

  it.each([
    ['450903198506150021', '1985-06-15', 'female', '450903'], // 福绵区
    ['450981200012311533', '2000-12-31', 'male', '450981'], // 北流市
    ['520502197803086615', '1978-03-08', 'male', '520502'], // 毕节
  ])('accepts %s', (id, birthDate, gender, regionCode) => {
    expect(validateIdNumber(id, TODAY)).toMatchObject({ ok: true, birthDate, gender, regionCode });
  });

  it('normalises a lowercase x and surrounding spaces', () => {
    expect(validateIdNumber(' 11010519491231002x ', TODAY)).toMatchObject({
      ok: true,
      normalized: '11010519491231002X',
    });
  });

  it.each([
    ['450903198506150022', 'check_digit'], // last digit off by one
    ['110105194912310021', 'check_digit'], // digit where X belongs
    ['45090319850615002', 'format'], // 17 characters
    ['4509031985061500211', 'format'], // 19 characters
    ['45090319850615002Y', 'format'],
    ['', 'format'],
    ['990903198506150021', 'region'], // no province 99
    ['450903198502300021', 'birth_date'], // 30 February
    ['450903190002290021', 'birth_date'], // 1900 was not a leap year
    ['450903189912310021', 'birth_date'], // before 1900
    ['450903202701010021', 'birth_date'], // in the future
    ['450903198513010021', 'birth_date'], // month 13
  ])('refuses %s (%s)', (id, reason) => {
    const result = validateIdNumber(id, TODAY);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? '' : result.message).toMatch(/身份证号/);
  });

  it('accepts 29 February of a leap year only when the check digit is right', () => {
    // 2000-02-29 exists; the check character for 45090320000229002 is computed by hand: 0 (sum 221, mod 11 = 1).
    expect(isValidIdNumber('450903200002290020', TODAY)).toBe(true);
    expect(isValidIdNumber('450903200002290024', TODAY)).toBe(false);
  });
});

describe('maskIdNumber', () => {
  it('keeps the first six and last two characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105**********2X');
    expect(maskIdNumber('11010519491231002x')).toHaveLength(18);
  });
});
