import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { CandidateRecommendationView } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { JobStatusTag, salaryText } from '../../../../components/job-card';
import { useLoad, type Loaded } from '../../../../hooks/use-load';
import { useJob } from '../../../../hooks/use-jobs';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError, notFound, showError } from '../../../../services/api-error';
import { PAGES } from '../../../../utils/navigation';
import { CandidateCard } from '../../components/candidate-card';
import './index.scss';

/** The workers recommended for one of the employer's jobs, best match first. */
function useJobCandidates(jobId: string) {
  return useLoad<CandidateRecommendationView[]>(
    () =>
      jobId
        ? api.jobCandidates(jobId).then((res) => [...res.items].sort((a, b) => b.score - a.score))
        : notFound('这个岗位'),
    jobId,
  );
}

/** The server refuses a second invitation: someone else invited, or the worker applied, meanwhile. */
const STALE_INVITATION = new Set(['INVITATION_EXISTS', 'ALREADY_APPLIED']);

/** 邀请投递 for one candidate: a confirmation, the invitation, and its status on the card. */
function useInvite(
  jobId: string,
  jobTitle: string | undefined,
  list: Loaded<CandidateRecommendationView[]>,
) {
  const [inviting, setInviting] = useState<string | null>(null);
  const invite = async (item: CandidateRecommendationView) => {
    if (inviting) return;
    const { workerId, name } = item.candidate;
    const { confirm } = await Taro.showModal({
      title: '邀请投递',
      content: `邀请${name}投递“${jobTitle ?? '这个岗位'}”？对方会收到通知；接受后你可以看到对方的姓名和电话。`,
      confirmText: '邀请',
      cancelText: '再想想',
    });
    if (!confirm) return;
    setInviting(workerId);
    try {
      const { invitation } = await api.inviteToJob(jobId, { workerId });
      list.setData(
        (list.data ?? []).map((i) =>
          i.candidate.workerId === workerId ? { ...i, invitation: invitation.status } : i,
        ),
      );
      void Taro.showToast({ title: '已发出邀请', icon: 'success' });
    } catch (e) {
      if (e instanceof ApiError && STALE_INVITATION.has(e.code)) list.reload();
      showError(e);
    } finally {
      setInviting(null);
    }
  };
  return { inviting, invite };
}

/**
 * 推荐人选 (`?jobId=`): workers the platform matched to an open job, best first, with why they fit.
 * Names stay masked until a worker applies to or accepts an invitation of this employer. 邀请投递
 * asks one who has not applied to this job; the card then shows 已邀请, and 已接受 (with the name
 * and phone) or 已婉拒 once they answer. Those who applied are tagged 已投递 and lead to 投递人员.
 */
export default function CandidatesPage() {
  useRequireLogin();
  const { params } = useRouter();
  const jobId = params.jobId ?? '';
  const job = useJob(jobId);
  const list = useJobCandidates(jobId);
  usePullRefresh(() => Promise.all([job.refresh(), list.refresh()]));
  const { inviting, invite } = useInvite(jobId, job.data?.title, list);
  const open = job.data?.status === 'open';
  const applicants = () =>
    void Taro.navigateTo({
      url: `${PAGES.employerApplicants}?jobId=${encodeURIComponent(jobId)}`,
    });

  const items = list.data;
  return (
    <View className="page candidates">
      {job.data ? (
        <View className="card candidates__job">
          <View className="candidates__job-head">
            <Text className="candidates__job-title">{job.data.title}</Text>
            <JobStatusTag status={job.data.status} />
          </View>
          <Text className="muted">
            {salaryText(job.data.salaryMin, job.data.salaryMax)} · {job.data.occupationName} ·{' '}
            {job.data.regionName}
          </Text>
        </View>
      ) : null}
      {items && items.length > 0 && !list.error ? (
        <Text className="muted candidates__note">
          按匹配度排序。对方投递或接受你的邀请前只显示姓氏，之后可以看到姓名和电话。
        </Text>
      ) : null}
      {items === undefined || list.error ? (
        <LoadingOrError error={list.error} onRetry={list.reload} />
      ) : items.length === 0 ? (
        <EmptyState text="暂时没有匹配这个岗位的人选。有学员结业或取得证书后会再推荐。" />
      ) : (
        items.map((item) => (
          <CandidateCard key={item.candidate.workerId} item={item}>
            {item.applied ? (
              <Button className="btn-secondary" onClick={applicants}>
                查看投递
              </Button>
            ) : item.invitation === null && open ? (
              <Button
                className="btn-primary"
                disabled={inviting === item.candidate.workerId || undefined}
                onClick={() => void invite(item)}
              >
                {inviting === item.candidate.workerId ? '正在邀请…' : '邀请投递'}
              </Button>
            ) : item.invitation === 'accepted' ? (
              <Text className="muted">
                对方已接受邀请，可以电话联系；投递后会出现在“投递人员”里。
              </Text>
            ) : null}
          </CandidateCard>
        ))
      )}
    </View>
  );
}
