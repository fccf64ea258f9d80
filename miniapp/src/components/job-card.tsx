import type { ReactNode } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { JobInput, JobView, RequiredCertificate } from '@app/shared/api';
import { certificateLevelName, JOB_STATUS_LABELS, type JobStatus } from '@app/shared/enums';
import { certificationKindText, LEVELLED } from '../utils/certificate';
import { PAGES } from '../utils/navigation';
import './job-card.scss';

/** '4500–6000元/月'; one figure when both ends are the same. */
export function salaryText(min: number, max: number): string {
  return min === max ? `${min}元/月` : `${min}–${max}元/月`;
}

/** The tag for a required certificate: '需要证书：五级/初级工', '需要证书：专项'; null for none. */
export function certificateTag(required: RequiredCertificate | null): string | null {
  if (!required) return null;
  // 专项职业能力考核 never has levels.
  if (required.type !== LEVELLED) return '需要证书：专项';
  // Tags are narrow: '五级/初级工' without the spaces of the full text.
  return required.minLevel
    ? `需要证书：${certificateLevelName(required.minLevel)}`
    : '需要证书：等级证书';
}

/** The full requirement for the detail page: '职业技能等级认定 · 五级 / 初级工及以上'. */
export function certificateRequirementText(required: RequiredCertificate | null): string {
  if (!required) return '不要求证书';
  const text = certificationKindText(required.type, required.minLevel);
  return required.minLevel && required.minLevel < 5 ? `${text}及以上` : text;
}

/** 包住, 包吃, 欢迎学员 and the certificate asked for, in that order. */
export function jobTags(job: JobInput): string[] {
  const tags: string[] = [];
  if (job.accommodation) tags.push('包住');
  if (job.meals) tags.push('包吃');
  if (job.acceptsTrainees) tags.push('欢迎学员');
  const certificate = certificateTag(job.requiredCertificate);
  if (certificate) tags.push(certificate);
  return tags;
}

/** A job's public page. */
export function jobUrl(id: string): string {
  return `${PAGES.job}?id=${encodeURIComponent(id)}`;
}

const STATUS_TONE: Readonly<Record<JobStatus, string>> = {
  draft: 'tag--demo',
  open: 'tag--subsidy',
  closed: 'tag--warn',
};

/** 草稿 / 招聘中 / 已结束, coloured. */
export function JobStatusTag({ status }: { status: JobStatus }) {
  return <Text className={`tag ${STATUS_TONE[status]}`}>{JOB_STATUS_LABELS[status]}</Text>;
}

export interface JobCardProps {
  job: JobView;
  /** Show 草稿 / 招聘中 / 已结束 and 已录用 x/y (the employer's own list). */
  showStatus?: boolean;
  /** Where a tap on the card goes; the public page by default. */
  onOpen?: () => void;
  /** Buttons under the card; they do not open the job. */
  children?: ReactNode;
}

/** One job: title, salary, employer, brand, where, and its tags; opens the job. */
export function JobCard({ job, showStatus, onOpen, children }: JobCardProps) {
  const tags = jobTags(job);
  const open = onOpen ?? (() => void Taro.navigateTo({ url: jobUrl(job.id) }));
  return (
    <View className="card job-card">
      <View className="job-card__body" onClick={open}>
        <View className="job-card__head">
          <Text className="job-card__title">{job.title}</Text>
          {showStatus ? <JobStatusTag status={job.status} /> : null}
        </View>
        <Text className="job-card__salary">{salaryText(job.salaryMin, job.salaryMax)}</Text>
        <Text className="job-card__meta">{job.employerName}</Text>
        <Text className="job-card__meta">
          {[job.brandName, job.occupationName, job.regionName].filter(Boolean).join(' · ')}
        </Text>
        {showStatus ? (
          <Text className="job-card__meta">
            招聘 {job.headcount} 人，已录用 {job.hires} 人 · 截止 {job.closesOn}
          </Text>
        ) : null}
        {tags.length ? (
          <View className="job-card__tags">
            {tags.map((tag) => (
              <Text key={tag} className="tag">
                {tag}
              </Text>
            ))}
          </View>
        ) : null}
      </View>
      {children ? <View className="job-card__actions">{children}</View> : null}
    </View>
  );
}
