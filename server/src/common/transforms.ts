import { normalizePhone } from '@app/shared/validators';

/** class-transformer helpers for DTO fields, applied before validation. */
type Input = { value: unknown };

export const trim = ({ value }: Input): unknown =>
  typeof value === 'string' ? value.trim() : value;

export const upperTrim = ({ value }: Input): unknown =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

/** Trims each entry and drops the empty ones. */
export const trimList = ({ value }: Input): unknown =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '')
    : value;

/** Accepts 138 0000 0001, +86 13800000001 …; anything that is not a mainland mobile stays as given. */
export const toPhone = ({ value }: Input): unknown =>
  typeof value === 'string' ? (normalizePhone(value) ?? value) : value;

/** Query strings carry booleans as text: 'true' / '1' and 'false' / '0'; anything else stays as given. */
export const toBoolean = ({ value }: Input): unknown =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;
