import type { JobInput, JobView } from '@app/shared/api';
import type { CertificateLevel, CertificateType } from '@app/shared/enums';
import { LEVELLED } from '../../utils/certificate';

/** The server's limits (server/src/modules/jobs/jobs.dto.ts). */
export const JOB_TITLE_MIN = 2;
export const JOB_TITLE_MAX = 64;
export const SALARY_MIN = 500;
export const SALARY_MAX = 100_000;
export const HEADCOUNT_MAX = 1000;
export const ADDRESS_MAX = 200;
export const WORKING_HOURS_MAX = 64;
export const DESCRIPTION_MAX = 2000;
/** A posting may stay open at most about a year ahead. */
export const MAX_DAYS_OPEN = 366;

/** The job form as typed: numbers still text, the certificate as a type ('' none) and a level ('' any). */
export interface JobForm {
  title: string;
  brandCode: string;
  occupationCode: string;
  regionCode: string;
  address: string;
  salaryMin: string;
  salaryMax: string;
  headcount: string;
  certificateType: CertificateType | '';
  certificateLevel: string;
  acceptsTrainees: boolean;
  accommodation: boolean;
  meals: boolean;
  workingHours: string;
  description: string;
  closesOn: string;
}

export type JobErrors = Partial<Record<keyof JobForm, string>>;

export function emptyJobForm(): JobForm {
  return {
    title: '',
    brandCode: '',
    occupationCode: '',
    regionCode: '',
    address: '',
    salaryMin: '',
    salaryMax: '',
    headcount: '',
    certificateType: '',
    certificateLevel: '',
    acceptsTrainees: true,
    accommodation: false,
    meals: false,
    workingHours: '',
    description: '',
    closesOn: '',
  };
}

/** A stored job as a form. */
export function jobFormFrom(job: JobView): JobForm {
  const required = job.requiredCertificate;
  return {
    title: job.title,
    brandCode: job.brandCode ?? '',
    occupationCode: job.occupationCode,
    regionCode: job.regionCode,
    address: job.address,
    salaryMin: String(job.salaryMin),
    salaryMax: String(job.salaryMax),
    headcount: String(job.headcount),
    certificateType: required?.type ?? '',
    certificateLevel: required?.minLevel ? String(required.minLevel) : '',
    acceptsTrainees: job.acceptsTrainees,
    accommodation: job.accommodation,
    meals: job.meals,
    workingHours: job.workingHours,
    description: job.description,
    closesOn: job.closesOn,
  };
}

/** 'YYYY-MM-DD' plus `days`, by the calendar (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const wholeNumber = (text: string) => (/^\d+$/.test(text) ? Number(text) : Number.NaN);

export interface JobFormContext {
  /** Today in China, 'YYYY-MM-DD'. */
  today: string;
  /** The stored last day when editing: an open posting may keep it even once it has passed. */
  storedClosesOn?: string;
  /** Hires so far when editing: the headcount cannot go below them. */
  hires?: number;
}

/**
 * The server's rules, checked before anything is sent: title 2–64, salary 500–100000 with the lowest
 * not above the highest, headcount 1–1000, a county, an occupation, a level only for graded
 * certificates, and a last day from today to a year ahead. `input` is null while anything needs fixing.
 */
export function validateJobForm(
  form: JobForm,
  { today, storedClosesOn, hires = 0 }: JobFormContext,
): { errors: JobErrors; input: JobInput | null } {
  const errors: JobErrors = {};

  const title = form.title.trim();
  if (!title) errors.title = '请填写岗位名称';
  else if (title.length < JOB_TITLE_MIN || title.length > JOB_TITLE_MAX) {
    errors.title = `岗位名称应为${JOB_TITLE_MIN}到${JOB_TITLE_MAX}个字`;
  }
  if (!form.occupationCode) errors.occupationCode = '请选择职业';
  if (!form.regionCode) errors.regionCode = '请选择工作地点所在的县（区）';
  const address = form.address.trim();
  if (!address) errors.address = '请填写工作地址';
  else if (address.length < 2 || address.length > ADDRESS_MAX) {
    errors.address = `工作地址应为2到${ADDRESS_MAX}个字`;
  }

  const salaryMessage = `月薪请填${SALARY_MIN}到${SALARY_MAX}之间的整数（元）`;
  const salaryMin = wholeNumber(form.salaryMin.trim());
  const salaryMax = wholeNumber(form.salaryMax.trim());
  const salaryOk = (n: number) => !Number.isNaN(n) && n >= SALARY_MIN && n <= SALARY_MAX;
  if (!form.salaryMin.trim()) errors.salaryMin = '请填写最低月薪';
  else if (!salaryOk(salaryMin)) errors.salaryMin = salaryMessage;
  if (!form.salaryMax.trim()) errors.salaryMax = '请填写最高月薪';
  else if (!salaryOk(salaryMax)) errors.salaryMax = salaryMessage;
  else if (!errors.salaryMin && salaryMax < salaryMin)
    errors.salaryMax = '最高月薪不能低于最低月薪';

  const headcount = wholeNumber(form.headcount.trim());
  if (!form.headcount.trim()) errors.headcount = '请填写招聘人数';
  else if (Number.isNaN(headcount) || headcount < 1 || headcount > HEADCOUNT_MAX) {
    errors.headcount = `招聘人数应为1到${HEADCOUNT_MAX}之间的整数`;
  } else if (headcount < hires) errors.headcount = `已录用${hires}人，招聘人数不能更少`;

  const levelled = form.certificateType === LEVELLED;
  const level = levelled && form.certificateLevel ? Number(form.certificateLevel) : null;
  if (level !== null && !(level >= 1 && level <= 5)) errors.certificateLevel = '请选择证书等级';

  const hours = form.workingHours.trim();
  if (!hours) errors.workingHours = '请填写工作时间';
  else if (hours.length < 2 || hours.length > WORKING_HOURS_MAX) {
    errors.workingHours = `工作时间应为2到${WORKING_HOURS_MAX}个字`;
  }
  const description = form.description.trim();
  if (description.length > DESCRIPTION_MAX) {
    errors.description = `岗位介绍最多${DESCRIPTION_MAX}个字`;
  }

  if (!form.closesOn) errors.closesOn = '请选择截止日期';
  else if (form.closesOn < today && form.closesOn !== storedClosesOn) {
    errors.closesOn = '截止日期不能早于今天';
  } else if (form.closesOn > addDays(today, MAX_DAYS_OPEN)) {
    errors.closesOn = '截止日期不能超过一年';
  }

  if (Object.keys(errors).length > 0) return { errors, input: null };
  return {
    errors,
    input: {
      title,
      brandCode: form.brandCode || null,
      occupationCode: form.occupationCode,
      regionCode: form.regionCode,
      address,
      salaryMin,
      salaryMax,
      headcount,
      requiredCertificate: form.certificateType
        ? { type: form.certificateType, minLevel: level as CertificateLevel | null }
        : null,
      acceptsTrainees: form.acceptsTrainees,
      accommodation: form.accommodation,
      meals: form.meals,
      workingHours: hours,
      description,
      closesOn: form.closesOn,
    },
  };
}

/** A 400's field name as the form's: `requiredCertificate.minLevel` is the level picker. */
export function formFieldOf(field: string): keyof JobForm | null {
  if (field === 'requiredCertificate.minLevel') return 'certificateLevel';
  if (field.startsWith('requiredCertificate')) return 'certificateType';
  const keys = Object.keys(emptyJobForm()) as (keyof JobForm)[];
  return keys.find((k) => k === field) ?? null;
}
