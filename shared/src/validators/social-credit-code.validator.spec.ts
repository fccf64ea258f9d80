import { isValidSocialCreditCode, validateSocialCreditCode } from './social-credit-code.validator';

describe('validateSocialCreditCode (GB 32100)', () => {
  it('accepts the sample code published with the standard', () => {
    expect(validateSocialCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      normalized: '91350100M000100Y43',
      regionCode: '350100',
    });
  });

  it.each(['91450900MA5K8XXX0N', '91440101MA59ABCD1D', '124500000000000008', '52450903MAA1B2C3DL'])(
    'accepts %s',
    (code) => {
      expect(isValidSocialCreditCode(code)).toBe(true);
    },
  );

  it('normalises lowercase letters', () => {
    expect(validateSocialCreditCode('91350100m000100y43')).toMatchObject({
      ok: true,
      normalized: '91350100M000100Y43',
    });
  });

  it.each([
    ['91350100M000100Y44', 'check_char'],
    ['91450900MA5K8XXX0M', 'check_char'],
    ['91350100M000100Y4', 'format'], // 17 characters
    ['91350100M000100Y433', 'format'],
    ['91350100I000100Y43', 'format'], // I is not in the alphabet
    ['91350100O000100Y43', 'format'], // O
    ['91350100Z000100Y43', 'format'], // Z
    ['91350100S000100Y43', 'format'], // S
    ['91350100V000100Y43', 'format'], // V
    ['B1350100M000100Y43', 'authority'], // B is no registration authority
    ['9135A100M000100Y43', 'region'], // region code must be digits
  ])('refuses %s (%s)', (code, reason) => {
    const result = validateSocialCreditCode(code);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? '' : result.message).toMatch(/统一社会信用代码/);
  });
});
