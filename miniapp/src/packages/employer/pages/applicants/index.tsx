import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApplicationStepRequest, ApplicationView, HireRequest } from '@app/shared/api';
import { CONTRACT_KIND_LABELS } from '@app/shared/enums';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { JobStatusTag, salaryText } from '../../../../components/job-card';
import { useJob, useJobApplications } from '../../../../hooks/use-jobs';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError, showError } from '../../../../services/api-error';
import { nextActions, type ApplicantAction } from '../../applicant-steps';
import { ApplicantCard, HireForm, InterviewForm } from '../../components/applicant-card';
import './index.scss';

const ACTION_TEXT: Readonly<Record<ApplicantAction, string>> = {
  view: '标记已查看',
  interview: '安排面试',
  offer: '发录用',
  hire: '办理入职',
  reject: '不合适',
};

/** Steps taken straight from the button, after a confirmation where the worker is told at once. */
const CONFIRM: Partial<
  Record<ApplicantAction, { title: string; content: (name: string) => string }>
> = {
  offer: {
    title: '发录用',
    content: (name) => `确定录用${name}吗？系统会通知本人，对方到岗后再“办理入职”。`,
  },
  reject: {
    title: '不合适',
    content: (name) => `确定${name}不合适吗？系统会通知本人，这份投递就此结束，不能恢复。`,
  },
};

/**
 * 投递人员 (`?jobId=`): everyone who applied to one of the employer's jobs, with the next steps their
 * status allows: 标记已查看, 安排面试 (or 改期), 发录用, 不合适, and 办理入职 once an offer is made.
 */
export default function ApplicantsPage() {
  useRequireLogin();
  const { params } = useRouter();
  const jobId = params.jobId ?? '';
  const job = useJob(jobId);
  const list = useJobApplications(jobId);
  const [open, setOpen] = useState<{ id: string; form: 'interview' | 'hire' } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  usePullRefresh(() => Promise.all([job.refresh(), list.refresh()]));

  const replace = (item: ApplicationView) =>
    list.setData((list.data ?? []).map((i) => (i.id === item.id ? item : i)));

  /** A step someone else took first: show what the server now holds, then the message. */
  const stale = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'APPLICATION_STEP_INVALID') list.reload();
    return e;
  };

  const step = async (a: ApplicationView, input: ApplicationStepRequest) => {
    const res = await api.applicationStep(a.id, input).catch((e: unknown) => {
      throw stale(e);
    });
    replace(res.application);
    setOpen(null);
  };

  /** 标记已查看, 发录用, 不合适: one tap (and a confirmation for the last two). */
  const quick = async (a: ApplicationView, action: 'view' | 'offer' | 'reject') => {
    if (busy) return;
    const confirmation = CONFIRM[action];
    if (confirmation) {
      const { confirm } = await Taro.showModal({
        title: confirmation.title,
        content: confirmation.content(a.candidate.name),
        confirmText: confirmation.title,
        cancelText: '再想想',
      });
      if (!confirm) return;
    }
    setBusy(a.id);
    try {
      await step(a, { action });
      void Taro.showToast({ title: action === 'view' ? '已标记' : '已通知本人', icon: 'success' });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  const interview = async (a: ApplicationView, input: ApplicationStepRequest) => {
    await step(a, input);
    void Taro.showToast({ title: '已通知面试', icon: 'success' });
  };

  const hire = async (a: ApplicationView, input: HireRequest) => {
    const res = await api.hire(a.id, input).catch((e: unknown) => {
      throw stale(e);
    });
    replace(res.application);
    setOpen(null);
    void Taro.showToast({
      title: `已入职，${CONTRACT_KIND_LABELS[res.employment.contract]}`,
      icon: 'none',
    });
    // The job closes itself at its headcount: show its status as it now is.
    job.reload();
  };

  const actionButton = (a: ApplicationView, action: ApplicantAction) => {
    const text = action === 'interview' && a.status === 'interview' ? '改期' : ACTION_TEXT[action];
    const primary = action === 'offer' || action === 'hire';
    const onClick =
      action === 'interview' || action === 'hire'
        ? () => setOpen({ id: a.id, form: action })
        : () => void quick(a, action);
    return (
      <Button
        key={action}
        className={primary ? 'btn-primary' : 'btn-secondary'}
        disabled={busy === a.id || undefined}
        onClick={onClick}
      >
        {text}
      </Button>
    );
  };

  const items = list.data;
  return (
    <View className="page applicants">
      {job.data ? (
        <View className="card applicants__job">
          <View className="applicants__job-head">
            <Text className="applicants__job-title">{job.data.title}</Text>
            <JobStatusTag status={job.data.status} />
          </View>
          <Text className="muted">
            {salaryText(job.data.salaryMin, job.data.salaryMax)} · 招聘 {job.data.headcount}{' '}
            人，已录用 {job.data.hires} 人
          </Text>
        </View>
      ) : null}
      {items === undefined || list.error ? (
        <LoadingOrError error={list.error} onRetry={list.reload} />
      ) : items.length === 0 ? (
        <EmptyState text="还没有人投递这个岗位。" />
      ) : (
        items.map((a) => {
          const form = open?.id === a.id ? open.form : null;
          const actions = nextActions(a.status);
          return (
            <ApplicantCard key={a.id} application={a}>
              {form === 'interview' ? (
                <InterviewForm
                  application={a}
                  onSave={(input) => interview(a, input)}
                  onCancel={() => setOpen(null)}
                />
              ) : form === 'hire' ? (
                <HireForm
                  application={a}
                  onSave={(input) => hire(a, input)}
                  onCancel={() => setOpen(null)}
                />
              ) : actions.length ? (
                <View className="applicant__actions">
                  {actions.map((action) => actionButton(a, action))}
                </View>
              ) : null}
            </ApplicantCard>
          );
        })
      )}
    </View>
  );
}
