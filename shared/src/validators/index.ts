export * from './id-number.validator';
export * from './social-credit-code.validator';
export * from './phone.validator';
export * from './name.mask';
