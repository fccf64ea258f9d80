import type { ApplicationStepRequest, HireRequest } from '@app/shared/api';
import type { ApplicationStatus, ContractKind } from '@app/shared/enums';
import { chinaIso } from '../../utils/catalogue';

/** What an employer can do with an application: the pipeline's steps and 办理入职. */
export type ApplicantAction = 'view' | 'interview' | 'offer' | 'reject' | 'hire';

/**
 * Each step and the statuses it may start from: the server's table (job-rules.ts), so only buttons
 * that can work are shown. A second 安排面试 moves the time or place.
 */
const STEP_FROM: Readonly<Record<ApplicantAction, readonly ApplicationStatus[]>> = {
  view: ['applied'],
  interview: ['applied', 'viewed', 'interview'],
  offer: ['viewed', 'interview'],
  hire: ['offered'],
  reject: ['applied', 'viewed', 'interview', 'offered'],
};

const ORDER: readonly ApplicantAction[] = ['view', 'interview', 'offer', 'hire', 'reject'];

/** The buttons for an application in this status, in the pipeline's order (不合适 last). */
export function nextActions(status: ApplicationStatus): ApplicantAction[] {
  return ORDER.filter((action) => STEP_FROM[action].includes(status));
}

export const INTERVIEW_PLACE_MAX = 100;
export const NOTE_MAX = 200;

export interface InterviewForm {
  date: string;
  time: string;
  place: string;
  note: string;
}

export type InterviewErrors = Partial<Record<keyof InterviewForm, string>>;

/** Date, time (China time) and a place of 2–100 characters; the note is optional. */
export function validateInterview(
  form: InterviewForm,
  today: string,
): { errors: InterviewErrors; input: ApplicationStepRequest | null } {
  const errors: InterviewErrors = {};
  if (!form.date) errors.date = '请选择面试日期';
  else if (form.date < today) errors.date = '面试日期不能早于今天';
  if (!form.time) errors.time = '请选择面试时间';
  const place = form.place.trim();
  if (place.length < 2 || place.length > INTERVIEW_PLACE_MAX) {
    errors.place = `面试地点应为2到${INTERVIEW_PLACE_MAX}个字`;
  }
  const note = form.note.trim();
  if (note.length > NOTE_MAX) errors.note = `备注最多${NOTE_MAX}个字`;
  if (Object.keys(errors).length) return { errors, input: null };
  return {
    errors,
    input: {
      action: 'interview',
      interviewAt: chinaIso(form.date, form.time),
      interviewPlace: place,
      ...(note ? { note } : {}),
    },
  };
}

export interface HireForm {
  startDate: string;
  contract: ContractKind | '';
  socialInsurance: boolean;
}

export type HireErrors = Partial<Record<keyof HireForm, string>>;

/** A start date and how the contract stands; 社保 is a plain yes or no. */
export function validateHire(form: HireForm): { errors: HireErrors; input: HireRequest | null } {
  const errors: HireErrors = {};
  if (!form.startDate) errors.startDate = '请选择入职日期';
  if (!form.contract) errors.contract = '请选择劳动合同签订情况';
  if (Object.keys(errors).length || !form.contract) return { errors, input: null };
  return {
    errors,
    input: {
      startDate: form.startDate,
      contract: form.contract,
      socialInsurance: form.socialInsurance,
    },
  };
}
