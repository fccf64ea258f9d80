import { useEffect, useRef } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { JobInput, JobView } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { useLoad } from '../../../../hooks/use-load';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError } from '../../../../services/api-error';
import { chinaToday } from '../../../../utils/catalogue';
import { goBack, PAGES } from '../../../../utils/navigation';
import { JobForm, type JobFormAction } from '../../components/job-form';
import { emptyJobForm, jobFormFrom } from '../../job-form';
import './index.scss';

const NEW_ACTIONS: readonly JobFormAction[] = [
  { text: '保存草稿', publish: false },
  { text: '保存并发布', publish: true },
];
const DRAFT_ACTIONS: readonly JobFormAction[] = [
  { text: '保存修改', publish: false },
  { text: '保存并发布', publish: true },
];
const OPEN_ACTIONS: readonly JobFormAction[] = [{ text: '保存修改', publish: false }];

/** 发布岗位, or 修改岗位 with `?id=`: a draft or an open job of the employer's own. */
export default function JobEditPage() {
  useRequireLogin();
  const { params } = useRouter();
  const id = params.id ?? '';
  const existing = useLoad<JobView | null>(
    () => (id ? api.job(id).then((res) => res.job) : Promise.resolve(null)),
    id,
  );
  // A new job saved once (then 发布 failed): a second tap changes that draft, never makes another.
  const savedId = useRef(id);
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '修改岗位' : '发布岗位' });
  }, [id]);

  const save = async (input: JobInput, publish: boolean) => {
    let jobId = savedId.current;
    if (jobId) await api.updateJob(jobId, input);
    else {
      const { job } = await api.createJob(input);
      jobId = job.id;
      savedId.current = job.id;
    }
    if (publish) {
      try {
        await api.openJob(jobId);
      } catch (e) {
        // The changes are kept: say so, with why it could not go live.
        if (e instanceof ApiError) {
          throw new ApiError(e.code, `已保存为草稿，但没有发布：${e.message}`, e.status, e.details);
        }
        throw e;
      }
    }
    void Taro.showToast({ title: publish ? '岗位已发布' : '岗位已保存', icon: 'success' });
    await goBack(PAGES.employerJobs);
  };

  let body;
  const job = existing.data;
  if (job === undefined || existing.error) {
    body = <LoadingOrError error={existing.error} onRetry={existing.reload} />;
  } else if (job && job.status === 'closed') {
    body = <EmptyState text="这个岗位已结束招聘，不能再修改。" />;
  } else {
    body = (
      <JobForm
        initial={job ? jobFormFrom(job) : emptyJobForm()}
        context={{
          today: chinaToday(),
          storedClosesOn: job?.closesOn,
          hires: job?.hires ?? 0,
        }}
        actions={!job ? NEW_ACTIONS : job.status === 'draft' ? DRAFT_ACTIONS : OPEN_ACTIONS}
        onSubmit={save}
      />
    );
  }
  return <View className="page job-edit">{body}</View>;
}
