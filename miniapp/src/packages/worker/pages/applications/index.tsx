import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ApplicationView, JobInvitationView } from '@app/shared/api';
import { APPLICATION_STATUS_LABELS, type ApplicationStatus } from '@app/shared/enums';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { jobUrl, salaryText } from '../../../../components/job-card';
import { Timeline } from '../../../../components/timeline';
import { canWithdraw, useMyApplications, useMyInvitations } from '../../../../hooks/use-jobs';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError, showError } from '../../../../services/api-error';
import { formatDateTime } from '../../../../utils/format';
import { PAGES } from '../../../../utils/navigation';
import { InvitationCard } from '../../components/invitation-card';
import './index.scss';

/** Coloured by what the step means for the worker. */
const STATUS_TONE: Readonly<Record<ApplicationStatus, string>> = {
  applied: '',
  viewed: 'tag--demo',
  interview: 'tag--demo',
  offered: 'tag--subsidy',
  hired: 'tag--subsidy',
  rejected: 'tag--warn',
  withdrawn: '',
};

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="my-applications__row">
      <Text className="my-applications__label">{label}</Text>
      <Text className="my-applications__value">{value || '—'}</Text>
    </View>
  );
}

function ApplicationCard({
  application: a,
  busy,
  onWithdraw,
}: {
  application: ApplicationView;
  busy: boolean;
  onWithdraw: () => void;
}) {
  const { job } = a;
  return (
    <View className="card my-applications__card">
      <View
        className="my-applications__body"
        onClick={() => void Taro.navigateTo({ url: jobUrl(job.id) })}
      >
        <View className="my-applications__head">
          <Text className="my-applications__title">{job.title}</Text>
          <Text className={`tag ${STATUS_TONE[a.status]}`}>
            {APPLICATION_STATUS_LABELS[a.status]}
          </Text>
        </View>
        <Row label="单位" value={job.employerName} />
        <Row label="月薪" value={salaryText(job.salaryMin, job.salaryMax)} />
        <Row label="地点" value={`${job.regionName} ${job.address}`.trim()} />
        {a.status === 'interview' || a.interviewAt ? (
          <>
            <Row label="面试时间" value={formatDateTime(a.interviewAt)} />
            <Row label="面试地点" value={a.interviewPlace ?? ''} />
          </>
        ) : null}
        {a.note ? <Row label="单位留言" value={a.note} /> : null}
      </View>
      <Timeline labels={APPLICATION_STATUS_LABELS} events={a.timeline} />
      {canWithdraw(a.status) ? (
        <Button
          className="btn-secondary my-applications__withdraw"
          disabled={busy || undefined}
          onClick={onWithdraw}
        >
          {busy ? '正在撤回…' : '撤回投递'}
        </Button>
      ) : null}
    </View>
  );
}

/** The server's answer changed under us (answered elsewhere, or the job closed): look again. */
const STALE_INVITATION = new Set(['INVITATION_ANSWERED', 'JOB_NOT_OPEN']);

/** 岗位邀请: 接受 at once, 婉拒 after a confirmation; the card takes the server's answer. */
function useInvitations() {
  const list = useMyInvitations();
  const [answering, setAnswering] = useState<string | null>(null);

  const answer = async (invitation: JobInvitationView, accept: boolean) => {
    if (answering) return;
    if (!accept) {
      const { confirm } = await Taro.showModal({
        title: '婉拒邀请',
        content: `确定婉拒${invitation.job.employerName}对“${invitation.job.title}”的邀请吗？婉拒后不能再接受，但仍可以自己投递。`,
        confirmText: '婉拒',
        cancelText: '再想想',
      });
      if (!confirm) return;
    }
    setAnswering(invitation.id);
    try {
      const res = accept
        ? await api.acceptInvitation(invitation.id)
        : await api.declineInvitation(invitation.id);
      const answered = res.invitation;
      list.setData((list.data ?? []).map((i) => (i.id === answered.id ? answered : i)));
      void Taro.showToast({ title: accept ? '已接受' : '已婉拒', icon: 'success' });
    } catch (e) {
      if (e instanceof ApiError && STALE_INVITATION.has(e.code)) list.reload();
      showError(e);
    } finally {
      setAnswering(null);
    }
  };
  return { list, answering, answer };
}

/**
 * 我的投递: employers' invitations first (岗位邀请, when there are any: 接受 / 婉拒, then 去投递), then
 * each application, newest first, with where it stands, the interview once arranged, every step so
 * far, and 撤回投递 until an offer is made. A job.invited message opens this page.
 */
export default function MyApplicationsPage() {
  useRequireLogin();
  const list = useMyApplications();
  const invitations = useInvitations();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  usePullRefresh(() => Promise.all([list.refresh(), invitations.list.refresh()]));
  // Back from a job page (a new application) or from a message about a step: look again.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) {
      list.reload();
      invitations.list.reload();
    }
    shown.current = true;
  });

  const withdraw = async (a: ApplicationView) => {
    if (withdrawing) return;
    const { confirm } = await Taro.showModal({
      title: '撤回投递',
      content: `确定撤回对“${a.job.title}”的投递吗？撤回后不能再投这个岗位。`,
      confirmText: '撤回',
      cancelText: '不撤回',
    });
    if (!confirm) return;
    setWithdrawing(a.id);
    try {
      const { application } = await api.withdrawApplication(a.id);
      list.setData((list.data ?? []).map((i) => (i.id === application.id ? application : i)));
      void Taro.showToast({ title: '已撤回', icon: 'success' });
    } catch (e) {
      // The employer moved it on meanwhile (an offer): show what the server now holds.
      if (e instanceof ApiError && e.code === 'APPLICATION_STEP_INVALID') list.reload();
      showError(e);
    } finally {
      setWithdrawing(null);
    }
  };

  const items = list.data;
  if (items === undefined || list.error) {
    return (
      <View className="page my-applications">
        <LoadingOrError error={list.error} onRetry={list.reload} />
      </View>
    );
  }
  const invited = invitations.list.data ?? [];
  const withInvitations = invited.length > 0 || Boolean(invitations.list.error);
  const applied = new Set(items.filter((a) => a.status !== 'withdrawn').map((a) => a.jobId));
  return (
    <View className="page my-applications">
      {withInvitations ? (
        <View className="my-applications__invitations">
          <Text className="section-title">岗位邀请</Text>
          {invitations.list.error ? (
            <LoadingOrError error={invitations.list.error} onRetry={invitations.list.reload} />
          ) : (
            invited.map((i) => (
              <InvitationCard
                key={i.id}
                invitation={i}
                applied={applied.has(i.jobId)}
                busy={invitations.answering === i.id}
                onAccept={() => void invitations.answer(i, true)}
                onDecline={() => void invitations.answer(i, false)}
              />
            ))
          )}
          <Text className="section-title">我的投递</Text>
        </View>
      ) : null}
      {items.length === 0 ? (
        <EmptyState
          text="还没有投递过岗位。"
          actionText="去看看岗位"
          onAction={() => void Taro.switchTab({ url: PAGES.jobs })}
        />
      ) : (
        items.map((a) => (
          <ApplicationCard
            key={a.id}
            application={a}
            busy={withdrawing === a.id}
            onWithdraw={() => void withdraw(a)}
          />
        ))
      )}
      {items.length ? (
        <Text className="muted my-applications__hint">
          单位查看、约面试、录用时会通知你，消息在“我的消息”里。
        </Text>
      ) : null}
    </View>
  );
}
