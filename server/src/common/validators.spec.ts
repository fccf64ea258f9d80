import { isCalendarDate, isDateTimeText } from './validators';

describe('date validators', () => {
  it('accept real days and refuse days that do not exist', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-1-1', '']) {
      expect(isCalendarDate(bad)).toBe(false);
    }
  });

  it('accept real moments with an offset and refuse impossible times', () => {
    for (const good of [
      '2026-12-01T09:00:00+08:00',
      '2026-12-01T23:59:59.999Z',
      '2026-12-01T09:00+08:00',
    ]) {
      expect(isDateTimeText(good)).toBe(true);
    }
    for (const bad of [
      '2026-12-01T25:00:00+08:00',
      '2026-12-01T09:60:00+08:00',
      '2026-12-01T09:00:61+08:00',
      '2026-02-30T09:00:00+08:00',
      '2026-12-01T09:00:00+25:00',
      '2026-12-01T09:00:00',
      '明天上午',
      12,
    ]) {
      expect(isDateTimeText(bad)).toBe(false);
    }
  });
});
