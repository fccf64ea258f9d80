import { type ValidationOptions, ValidateBy } from 'class-validator';
import { findRegion, isBottomRegion } from '@app/shared/regions';
import { isValidPhone, validateIdNumber, validateSocialCreditCode } from '@app/shared/validators';

/** Validation decorators built on the shared validators, so the server and the miniapp agree. */

export function IsIdNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIdNumber',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateIdNumber(value).ok,
        defaultMessage: (args) => {
          const result = typeof args?.value === 'string' ? validateIdNumber(args.value) : null;
          return result && !result.ok ? result.message : '身份证号格式不正确';
        },
      },
    },
    options,
  );
}

export function IsCreditCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCreditCode',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && validateSocialCreditCode(value).ok,
        defaultMessage: (args) => {
          const result =
            typeof args?.value === 'string' ? validateSocialCreditCode(args.value) : null;
          return result && !result.ok ? result.message : '统一社会信用代码格式不正确';
        },
      },
    },
    options,
  );
}

export function IsMobilePhone(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMobilePhone',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isValidPhone(value),
        defaultMessage: () => '请输入正确的11位手机号',
      },
    },
    options,
  );
}

/** A county-level GB/T 2260 code (or a city without counties, such as 东莞) from the shared data. */
export function IsCountyCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCountyCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isBottomRegion(value),
        defaultMessage: () => '请选择到区/县一级的地区',
      },
    },
    options,
  );
}

/** Any existing region code (province, city or county). */
export function IsRegionCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRegionCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && findRegion(value) !== undefined,
        defaultMessage: () => '地区代码不存在',
      },
    },
    options,
  );
}

/** ISO date-time with an explicit offset, e.g. 2026-12-01T09:00:00+08:00 (lessons, marks, scans). */
export const DATE_TIME_PATTERN =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar date `YYYY-MM-DD` (month 01–12, day 01–31). */
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A `YYYY-MM-DD` that names a day that exists (not 2026-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_PATTERN.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** An ISO date-time with an offset whose day, hour, minute and second all exist (not T25:00). */
export function isDateTimeText(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_TIME_PATTERN.test(value)) return false;
  if (!isCalendarDate(value.slice(0, 10))) return false;
  const [hour, minute, second] = [value.slice(11, 13), value.slice(14, 16), value.slice(17, 19)];
  if (Number(hour) > 23 || Number(minute) > 59) return false;
  if (/^\d{2}$/.test(second) && Number(second) > 59) return false;
  const offset = /([+-])(\d{2}):(\d{2})$/.exec(value);
  if (offset && (Number(offset[2]) > 14 || Number(offset[3]) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}

/** `YYYY-MM-DD`, a real day. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: { validate: isCalendarDate, defaultMessage: () => DATE_MESSAGE },
    },
    options,
  );
}

/** An ISO date-time with an offset (`2026-12-01T09:00:00+08:00`), a real moment. */
export function IsDateTimeText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDateTimeText',
      validator: { validate: isDateTimeText, defaultMessage: () => '时间格式不正确' },
    },
    options,
  );
}

export const DATE_MESSAGE = '日期格式应为 YYYY-MM-DD';
