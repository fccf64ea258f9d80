import type { AssessmentResultRequest, ScheduleAssessmentRequest } from '@app/shared/api';
import { chinaIso } from '../../utils/catalogue';

/** The server's limits for the place of an assessment. */
export const PLACE_MIN = 2;
export const PLACE_MAX = 100;

/** 安排考核 as typed: the day and start time in China time, the place. */
export interface ScheduleForm {
  date: string;
  time: string;
  place: string;
}

export type ScheduleErrors = Partial<Record<keyof ScheduleForm, string>>;

/**
 * The schedule as the server takes it: the time at +08:00 whatever the phone's zone (classes and
 * assessments are held in China). A time already past is allowed: an assessment held before it was
 * entered here is scheduled afterwards so its result can be recorded.
 */
export function checkSchedule(form: ScheduleForm): {
  errors: ScheduleErrors;
  input: ScheduleAssessmentRequest | null;
} {
  const errors: ScheduleErrors = {};
  const place = form.place.trim();
  if (!form.date) errors.date = '请选择考核日期';
  if (!form.time) errors.time = '请选择考核时间';
  if (!place) errors.place = '请填写考核地点';
  else if (place.length < PLACE_MIN || place.length > PLACE_MAX) {
    errors.place = `考核地点应为${PLACE_MIN}到${PLACE_MAX}个字`;
  }
  if (Object.keys(errors).length) return { errors, input: null };
  return { errors, input: { scheduledAt: chinaIso(form.date, form.time), place } };
}

/** 录入成绩 as typed: the score still text, the result not chosen yet (''). */
export interface ResultForm {
  score: string;
  result: '' | 'passed' | 'failed';
}

export type ResultErrors = Partial<Record<keyof ResultForm, string>>;

export const SCORE_MESSAGE = '成绩应为0到100的整数';

export function checkResult(form: ResultForm): {
  errors: ResultErrors;
  input: AssessmentResultRequest | null;
} {
  const errors: ResultErrors = {};
  const text = form.score.trim();
  const score = Number(text);
  if (!text) errors.score = '请填写成绩';
  else if (!/^\d{1,3}$/.test(text) || score > 100) errors.score = SCORE_MESSAGE;
  if (!form.result) errors.result = '请选择是否通过';
  if (Object.keys(errors).length) return { errors, input: null };
  return { errors, input: { passed: form.result === 'passed', score } };
}
