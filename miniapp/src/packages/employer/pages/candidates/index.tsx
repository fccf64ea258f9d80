import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { CandidateRecommendationView } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { JobStatusTag, salaryText } from '../../../../components/job-card';
import { useLoad } from '../../../../hooks/use-load';
import { useJob } from '../../../../hooks/use-jobs';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError } from '../../../../services/api-error';
import { PAGES } from '../../../../utils/navigation';
import { CandidateCard } from '../../components/candidate-card';
import './index.scss';

/** The workers recommended for one of the employer's jobs, best match first. */
function useJobCandidates(jobId: string) {
  return useLoad<CandidateRecommendationView[]>(
    () =>
      jobId
        ? api.jobCandidates(jobId).then((res) => [...res.items].sort((a, b) => b.score - a.score))
        : Promise.reject(new ApiError('NOT_FOUND', '没有找到这个岗位', 404)),
    jobId,
  );
}

/**
 * 推荐人选 (`?jobId=`): workers the platform matched to an open job, best first, with why they fit.
 * Names stay masked until a worker applies; those who did are tagged 已投递 and lead to 投递人员,
 * where their name and phone are.
 */
export default function CandidatesPage() {
  useRequireLogin();
  const { params } = useRouter();
  const jobId = params.jobId ?? '';
  const job = useJob(jobId);
  const list = useJobCandidates(jobId);
  usePullRefresh(() => Promise.all([job.refresh(), list.refresh()]));
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
          按匹配度排序。对方投递前只显示姓氏；投递后可在“投递人员”查看姓名和电话。
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
            ) : null}
          </CandidateCard>
        ))
      )}
    </View>
  );
}
