import { useEffect, useState, type ReactNode } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { JobView } from '@app/shared/api';
import { APPLICATION_STATUS_LABELS, JOB_STATUS_LABELS } from '@app/shared/enums';
import { LoadingOrError } from '../../../../components/empty-state';
import {
  certificateRequirementText,
  jobTags,
  JobStatusTag,
  salaryText,
} from '../../../../components/job-card';
import {
  jobViewer,
  useJob,
  useJobApply,
  type JobApply,
  type JobViewer,
} from '../../../../hooks/use-jobs';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { ApiError, errorMessage } from '../../../../services/api-error';
import { brandUrl, PAGES } from '../../../../utils/navigation';
import { askToSubscribe } from '../../../../utils/subscribe';
import '../../catalogue.scss';
import './index.scss';

function Info({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="info-row">
      <Text className="info-row__label">{label}</Text>
      <View className="info-row__value">{children}</View>
    </View>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View>
      <Text className="section-title">{title}</Text>
      <View className="card">{children}</View>
    </View>
  );
}

const go = (url: string) => void Taro.navigateTo({ url });

/** The employer's own job: change it or see who applied, instead of 投递. */
function OwnerBar({ job }: { job: JobView }) {
  const id = encodeURIComponent(job.id);
  return (
    <View className="enrol-bar job-bar__row">
      {job.status !== 'closed' ? (
        <Button
          className="btn-secondary enrol-bar__button"
          onClick={() => go(`${PAGES.employerJobEdit}?id=${id}`)}
        >
          编辑
        </Button>
      ) : null}
      <Button
        className="btn-primary enrol-bar__button"
        onClick={() => go(`${PAGES.employerApplicants}?jobId=${id}`)}
      >
        查看投递
      </Button>
    </View>
  );
}

/**
 * The bar at the bottom for a worker (or a visitor, who signs in first): 投递, then 已投递 with the
 * way to 我的投递, or why 投递 failed (完善个人信息 when the worker has no profile yet).
 */
function ApplyBar({ job, apply }: { job: JobView; apply: JobApply }) {
  const { application, error } = apply;
  if (application) {
    return (
      <View className="enrol-bar enrol-bar--place">
        <Text className="enrol-bar__status">
          {apply.justApplied
            ? '已投递'
            : `投递状态：${APPLICATION_STATUS_LABELS[application.status]}`}
        </Text>
        {apply.justApplied ? (
          <Text className="enrol-bar__note">
            单位查看、约面试和录用都会通知你，请留意“我的消息”。
          </Text>
        ) : null}
        <Button
          className="btn-secondary enrol-bar__button"
          onClick={() => go(PAGES.myApplications)}
        >
          查看我的投递
        </Button>
      </View>
    );
  }
  if (error instanceof ApiError && error.code === 'PROFILE_REQUIRED') {
    return (
      <View className="enrol-bar enrol-bar--place">
        <Text className="enrol-bar__message">
          投递前要先完善个人信息（姓名、身份证号、住址等），只需填写一次。填好后回到这里再点投递。
        </Text>
        <Button className="btn-primary enrol-bar__button" onClick={() => go(PAGES.consent)}>
          完善个人信息
        </Button>
      </View>
    );
  }
  const open = job.status === 'open';
  return (
    <View className="enrol-bar">
      {error ? (
        <Text className="enrol-bar__message enrol-bar__message--error">{errorMessage(error)}</Text>
      ) : null}
      <Button
        className="btn-primary enrol-bar__button"
        disabled={!open || application === undefined || apply.busy || undefined}
        onClick={apply.apply}
      >
        {!open ? JOB_STATUS_LABELS[job.status] : apply.busy ? '正在投递…' : '投递'}
      </Button>
    </View>
  );
}

function JobDetail({ job, viewer, apply }: { job: JobView; viewer: JobViewer; apply: JobApply }) {
  const tags = jobTags(job);
  return (
    <View>
      {job.status !== 'open' ? (
        <Text className="notice">本岗位{JOB_STATUS_LABELS[job.status]}，不能投递。</Text>
      ) : null}
      <View className="card detail-head">
        <Text className="detail-head__title">{job.title}</Text>
        <Text className="job-detail__salary">{salaryText(job.salaryMin, job.salaryMax)}</Text>
        <Text className="detail-head__meta">{job.employerName}</Text>
        {job.brandCode && job.brandName ? (
          <View
            className="detail-head__meta detail-head__link"
            onClick={() => go(brandUrl(job.brandCode ?? ''))}
          >
            <Text>{job.brandName} ›</Text>
          </View>
        ) : null}
        <View className="detail-head__tags">
          {viewer === 'owner' ? <JobStatusTag status={job.status} /> : null}
          {tags.map((tag) => (
            <Text key={tag} className="tag">
              {tag}
            </Text>
          ))}
        </View>
      </View>

      <Section title="岗位信息">
        <Info label="职业">{job.occupationName}</Info>
        <Info label="招聘人数">
          {job.headcount} 人{job.hires ? `，已录用 ${job.hires} 人` : ''}
        </Info>
        <Info label="月薪">{salaryText(job.salaryMin, job.salaryMax)}</Info>
        <Info label="工作时间">{job.workingHours}</Info>
        <Info label="食宿">
          {[job.accommodation ? '包住' : '不包住', job.meals ? '包吃' : '不包吃'].join('，')}
        </Info>
        <Info label="截止日期">{job.closesOn}</Info>
      </Section>

      <Section title="任职要求">
        <Info label="证书">{certificateRequirementText(job.requiredCertificate)}</Info>
        <Info label="培训学员">
          {job.acceptsTrainees
            ? '欢迎正在培训或已结业、还没拿到证书的学员'
            : '不接收未取得证书的学员'}
        </Info>
      </Section>

      <Section title="工作地点">
        <Text className="detail-text">
          {job.regionName} {job.address}
        </Text>
      </Section>

      {job.description ? (
        <Section title="岗位介绍">
          <Text className="detail-text">{job.description}</Text>
        </Section>
      ) : null}

      {viewer === 'owner' ? (
        <OwnerBar job={job} />
      ) : viewer === 'worker' || viewer === 'visitor' ? (
        <ApplyBar job={job} apply={apply} />
      ) : null}
    </View>
  );
}

/** A job's public page (`?id=`): every detail, 投递 for a worker, 编辑 / 查看投递 for its employer. */
export default function JobPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const job = useJob(id);
  // Who is looking changes after signing in on the login page: ask again on every show.
  const [viewer, setViewer] = useState<JobViewer>(() => jobViewer(undefined));
  useEffect(() => setViewer(jobViewer(job.data)), [job.data]);
  useDidShow(() => setViewer(jobViewer(job.data)));
  const apply = useJobApply(id, viewer);
  // Right after a 投递 went through (not for one made earlier): offer the application's pushes.
  useEffect(() => {
    if (!apply.justApplied) return;
    void askToSubscribe('application', {
      confirm: {
        title: '订阅投递进度通知',
        content: '单位查看、约面试和录用时，可以通过微信通知你。',
      },
    });
  }, [apply.justApplied]);
  usePullRefresh(() => Promise.all([job.refresh(), apply.refresh()]));
  const tall = viewer === 'owner' || Boolean(apply.application || apply.error);
  return (
    <View className={`page catalogue${tall ? ' catalogue--tall-bar' : ''}`}>
      {job.data && !job.error ? (
        <JobDetail job={job.data} viewer={viewer} apply={apply} />
      ) : (
        <LoadingOrError error={job.error} onRetry={job.reload} />
      )}
    </View>
  );
}
