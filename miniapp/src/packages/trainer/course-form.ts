import type { CourseInput, CourseView, OccupationView } from '@app/shared/api';
import { CERTIFICATE_LEVELS, type CertificateLevel, type CertificateType } from '@app/shared/enums';
import { LEVELLED } from '../../utils/certificate';

export const COURSE_TITLE_MAX = 64;
export const COURSE_DESCRIPTION_MAX = 2000;
export const COURSE_HOURS_MAX = 2000;

/** The course form as typed (hours still text, the level a string for the picker). */
export interface CourseForm {
  brandCode: string;
  occupationCode: string;
  title: string;
  hours: string;
  certificateType: CertificateType | null;
  certificateLevel: string;
  description: string;
}

export type CourseErrors = Partial<Record<keyof CourseForm, string>>;

export function courseFormFrom(course: CourseView | null): CourseForm {
  return {
    brandCode: course?.brandCode ?? '',
    occupationCode: course?.occupationCode ?? '',
    title: course?.title ?? '',
    hours: course ? String(course.hours) : '',
    certificateType: course?.certificateType ?? null,
    certificateLevel: course?.certificateLevel ? String(course.certificateLevel) : '',
    description: course?.description ?? '',
  };
}

/** The levels an occupation can be certified at: from 五级 up to its highest (all when unknown). */
export function levelsFor(occupation: OccupationView | undefined): CertificateLevel[] {
  const max = occupation?.maxLevel;
  return CERTIFICATE_LEVELS.filter((level) => !max || level >= max);
}

export function validateCourseForm(form: CourseForm): {
  errors: CourseErrors;
  input: CourseInput | null;
} {
  const errors: CourseErrors = {};
  if (!form.brandCode) errors.brandCode = '请选择品牌';
  if (!form.occupationCode) errors.occupationCode = '请选择培训职业';
  const title = form.title.trim();
  if (!title) errors.title = '请填写课程名称';
  else if (title.length < 2 || title.length > COURSE_TITLE_MAX) {
    errors.title = `课程名称应为2到${COURSE_TITLE_MAX}个字`;
  }
  const hoursText = form.hours.trim();
  if (!/^\d+$/.test(hoursText) || Number(hoursText) <= 0) errors.hours = '课时请填大于0的整数';
  else if (Number(hoursText) > COURSE_HOURS_MAX) errors.hours = `课时不能超过${COURSE_HOURS_MAX}`;
  if (!form.certificateType) errors.certificateType = '请选择证书类型';
  const levelled = form.certificateType === LEVELLED;
  if (levelled && !form.certificateLevel) errors.certificateLevel = '请选择证书等级';
  const description = form.description.trim();
  if (description.length > COURSE_DESCRIPTION_MAX) {
    errors.description = `课程介绍不能超过${COURSE_DESCRIPTION_MAX}个字`;
  }
  if (Object.keys(errors).length > 0 || !form.certificateType) return { errors, input: null };
  return {
    errors,
    input: {
      brandCode: form.brandCode,
      occupationCode: form.occupationCode,
      title,
      hours: Number(hoursText),
      certificateType: form.certificateType,
      certificateLevel: levelled ? (Number(form.certificateLevel) as CertificateLevel) : null,
      description,
    },
  };
}
