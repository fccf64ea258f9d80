import { useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { JobFairView, JobView } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { fairWhereText } from '../../../../components/fair-card';
import { FormError, SelectField } from '../../../../components/form-field';
import { JobCard } from '../../../../components/job-card';
import { Section } from '../../../../components/section';
import { useLoad } from '../../../../hooks/use-load';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { api } from '../../../../services/api';
import { errorMessage, notFound } from '../../../../services/api-error';
import { getAccessToken, getStoredUser } from '../../../../services/auth-store';
import '../../catalogue.scss';
import './index.scss';

/** The most of an employer's jobs one look fetches (the server's page limit). */
const MY_JOBS_PAGE = 100;

function useFair(id: string) {
  return useLoad<JobFairView>(
    () => (id ? api.fair(id).then((res) => res.fair) : notFound('这场招聘会')),
    id,
  );
}

/** The signed-in employer's id, or '' for anyone else (only employers attach jobs). */
function employerId(): string {
  if (getAccessToken() === null) return '';
  const user = getStoredUser();
  return user?.roles.includes('employer') && user.employerId ? user.employerId : '';
}

/** The employer's open jobs, to offer for the fair (a closed or draft job cannot be attached). */
function useMyOpenJobs(employer: string) {
  return useLoad<JobView[]>(
    () =>
      employer
        ? api
            .myJobs({ page: 1, pageSize: MY_JOBS_PAGE })
            .then((res) => res.items.filter((j) => j.status === 'open'))
        : Promise.resolve([]),
    employer,
  );
}

/** 添加我的岗位: pick one of the employer's open jobs not yet at the fair, and attach it. */
function AttachJob({
  fair,
  onAttached,
}: {
  fair: JobFairView;
  onAttached: (f: JobFairView) => void;
}) {
  const [employer, setEmployer] = useState(employerId);
  useDidShow(() => setEmployer(employerId()));
  const jobs = useMyOpenJobs(employer);
  const [picked, setPicked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!employer) return null;

  const attached = new Set(fair.jobs.map((j) => j.id));
  const options = (jobs.data ?? [])
    .filter((j) => !attached.has(j.id))
    .map((j) => ({ value: j.id, label: j.title }));
  const choice = options.some((o) => o.value === picked) ? picked : null;

  const attach = async () => {
    if (!choice || busy) return;
    setBusy(true);
    setError(null);
    try {
      const res = await api.attachJobToFair(fair.id, choice);
      onAttached(res.fair);
      setPicked(null);
      void Taro.showToast({ title: '已添加到招聘会', icon: 'success' });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title="添加我的岗位">
      <View className="card fair-attach">
        {jobs.error ? (
          <LoadingOrError error={jobs.error} onRetry={jobs.reload} />
        ) : jobs.data === undefined ? (
          <Text className="muted">加载中…</Text>
        ) : options.length === 0 ? (
          <Text className="muted">
            {jobs.data.length === 0
              ? '你还没有招聘中的岗位，发布岗位后可以添加到招聘会。'
              : '你招聘中的岗位都已添加到这场招聘会。'}
          </Text>
        ) : (
          <View>
            <SelectField
              label="选择岗位"
              options={options}
              value={choice}
              onChange={setPicked}
              placeholder="请选择招聘中的岗位"
            />
            <FormError message={error} />
            <Button
              className="btn-primary form-button"
              disabled={!choice || busy || undefined}
              onClick={() => void attach()}
            >
              {busy ? '正在添加…' : '添加到招聘会'}
            </Button>
          </View>
        )}
      </View>
    </Section>
  );
}

/**
 * A job fair's public page (`?id=`): name, date, where (or 线上), the brands it is for and the jobs
 * attached; a signed-in employer can add their own open jobs.
 */
export default function FairPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const fair = useFair(id);
  usePullRefresh(fair.refresh);
  const data = fair.data;
  if (!data || fair.error) {
    return (
      <View className="page catalogue">
        <LoadingOrError error={fair.error} onRetry={fair.reload} />
      </View>
    );
  }
  return (
    <View className="page catalogue">
      <View className="card detail-head">
        <Text className="detail-head__title">{data.title}</Text>
        <Text className="detail-head__meta">举办日期：{data.date}</Text>
        <Text className="detail-head__meta">{fairWhereText(data)}</Text>
        {data.brandNames.length ? (
          <View className="detail-head__tags">
            {data.brandNames.map((name) => (
              <Text key={name} className="tag">
                {name}
              </Text>
            ))}
          </View>
        ) : null}
      </View>
      <AttachJob fair={data} onAttached={fair.setData} />
      <Section title={`参会岗位（${data.jobs.length}）`}>
        {data.jobs.length === 0 ? (
          <EmptyState text="还没有单位添加岗位，过几天再来看看。" />
        ) : (
          data.jobs.map((job) => <JobCard key={job.id} job={job} />)
        )}
      </Section>
    </View>
  );
}
