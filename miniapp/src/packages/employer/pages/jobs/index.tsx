import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { JobView } from '@app/shared/api';
import { EmptyState } from '../../../../components/empty-state';
import { JobCard, jobUrl } from '../../../../components/job-card';
import { PagedListFooter } from '../../../../components/paged-list-footer';
import { useMyOrganisation } from '../../../../hooks/use-organisation';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { showError } from '../../../../services/api-error';
import { PAGES } from '../../../../utils/navigation';
import { askToSubscribe } from '../../../../utils/subscribe';
import './index.scss';

const editUrl = (id?: string) =>
  id ? `${PAGES.employerJobEdit}?id=${encodeURIComponent(id)}` : PAGES.employerJobEdit;
const applicantsUrl = (id: string) => `${PAGES.employerApplicants}?jobId=${encodeURIComponent(id)}`;
const candidatesUrl = (id: string) => `${PAGES.employerCandidates}?jobId=${encodeURIComponent(id)}`;
const go = (url: string) => void Taro.navigateTo({ url });

/** Why 发布岗位 is not offered yet: no employer, or one not (or no longer) verified. */
function EmployerNote({ status }: { status: 'none' | 'pending' | 'rejected' }) {
  if (status === 'none') {
    return (
      <EmptyState
        text="还没有登记单位。登记并通过审核后就能发布岗位。"
        actionText="企业入驻"
        onAction={() => go(PAGES.employerSignup)}
      />
    );
  }
  return (
    <Text className="notice">
      {status === 'pending'
        ? '单位正在等待审核，审核通过后才能发布岗位。'
        : '单位审核没有通过，请在“单位信息”里修改后重新提交。'}
    </Text>
  );
}

/**
 * 岗位管理: the employer's jobs, newest first, each with its status, hires against headcount and what
 * can be done next: 编辑, 发布 (a draft), 结束招聘 and 推荐人选 (an open job), 查看投递.
 */
export default function EmployerJobsPage() {
  useRequireLogin();
  const employer = useMyOrganisation('employer');
  const list = usePagedList<JobView>((page, pageSize) => api.myJobs({ page, pageSize }), 'mine');
  const [busy, setBusy] = useState<string | null>(null);
  usePullRefresh(list.refresh);
  // Back from the form (a new or changed job): ask again.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void list.refresh();
    shown.current = true;
  });

  const run = async (
    job: JobView,
    action: (id: string) => Promise<{ job: JobView }>,
    done: string,
  ): Promise<boolean> => {
    if (busy) return false;
    setBusy(job.id);
    try {
      const res = await action(job.id);
      // What 发布 / 结束招聘 answered, shown in place until the list is asked again.
      list.replace(res.job);
      void Taro.showToast({ title: done, icon: 'success' });
      return true;
    } catch (e) {
      showError(e);
      return false;
    } finally {
      setBusy(null);
    }
  };

  // Published: offer a WeChat push for the next application (one credit per accepted request).
  const publish = async (job: JobView) => {
    if (!(await run(job, api.openJob, '岗位已发布'))) return;
    void askToSubscribe('application', {
      confirm: { title: '投递提醒', content: '有人投递这个岗位时，用微信通知你？' },
    });
  };

  const close = async (job: JobView) => {
    const { confirm } = await Taro.showModal({
      title: '结束招聘',
      content: `确定结束“${job.title}”的招聘吗？结束后不再接受投递，已投递的人员仍可处理。`,
      confirmText: '结束招聘',
      cancelText: '再想想',
    });
    if (confirm) await run(job, api.closeJob, '已结束招聘');
  };

  const org = employer.data;
  const status = org === null ? 'none' : org?.status;
  const canPost = status === 'verified';

  return (
    <View className="page employer-jobs">
      {status && status !== 'verified' ? <EmployerNote status={status} /> : null}
      {canPost ? (
        <Button className="btn-primary form-button" onClick={() => go(editUrl())}>
          发布岗位
        </Button>
      ) : null}
      {list.items.map((job) => {
        const working = busy === job.id;
        return (
          <JobCard key={job.id} job={job} showStatus onOpen={() => go(jobUrl(job.id))}>
            {job.status !== 'closed' ? (
              <Button className="btn-secondary" onClick={() => go(editUrl(job.id))}>
                编辑
              </Button>
            ) : null}
            {job.status === 'draft' ? (
              <Button
                className="btn-primary"
                disabled={working || undefined}
                onClick={() => void publish(job)}
              >
                发布
              </Button>
            ) : null}
            {job.status === 'open' ? (
              <Button
                className="btn-secondary"
                disabled={working || undefined}
                onClick={() => void close(job)}
              >
                结束招聘
              </Button>
            ) : null}
            {job.status === 'open' ? (
              <Button className="btn-secondary" onClick={() => go(candidatesUrl(job.id))}>
                推荐人选
              </Button>
            ) : null}
            {job.status !== 'draft' ? (
              <Button className="btn-primary" onClick={() => go(applicantsUrl(job.id))}>
                查看投递
              </Button>
            ) : null}
          </JobCard>
        );
      })}
      <PagedListFooter
        list={list}
        empty={
          <EmptyState text={canPost ? '还没有岗位。点“发布岗位”填写招聘信息。' : '还没有岗位。'} />
        }
      />
    </View>
  );
}
