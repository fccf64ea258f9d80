import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { CertificationView, IssueCertificateRequest } from '@app/shared/api';
import {
  CERTIFICATION_STATUS_LABELS,
  CERTIFICATION_STATUSES,
  type CertificationStatus,
} from '@app/shared/enums';
import { AssessmentCard } from '../../../../components/assessment-card';
import { Chips, type Chip } from '../../../../components/chips';
import { EmptyState } from '../../../../components/empty-state';
import { PagedListFooter } from '../../../../components/paged-list-footer';
import { adminRegion } from '../../../../hooks/use-admin-catalogue';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError } from '../../../../services/api-error';
import { assessmentsUrl } from '../../../../utils/navigation';
import { IssueCertificateForm } from '../../components/issue-certificate-form';
import './index.scss';

type Filter = CertificationStatus | 'all';

const FILTERS: Chip<Filter>[] = [
  ...CERTIFICATION_STATUSES.map((s) => ({ value: s, label: CERTIFICATION_STATUS_LABELS[s] })),
  { value: 'all', label: '全部' },
];

/**
 * 证书发放: the skills-assessment applications of sessions in the admin's region, by status, opening
 * at 考核通过 (those waiting for a certificate). 发证 records the certificate number, issuer and date;
 * the worker is told. Applications still to be assessed open their session's 技能评价.
 */
export default function AdminCertificationsPage() {
  useRequireLogin();
  const [filter, setFilter] = useState<Filter>('passed');
  const list = usePagedList<CertificationView>(
    (page, pageSize) =>
      api.adminCertifications({
        status: filter === 'all' ? undefined : filter,
        page,
        pageSize,
      }),
    filter,
  );
  const [issuing, setIssuing] = useState<string | null>(null);
  usePullRefresh(list.refresh);
  const regionCode = adminRegion();

  const issue = async (item: CertificationView, input: IssueCertificateRequest) => {
    const { confirm } = await Taro.showModal({
      title: '发证',
      content: `为${item.workerName}发放证书，编号 ${input.certificateNo}。发证后不能撤回，系统会通知学员。确定发证吗？`,
      confirmText: '发证',
      cancelText: '再看看',
    });
    if (!confirm) return;
    try {
      await api.issueCertificate(item.id, input);
    } catch (e) {
      // Issued by someone else meanwhile: show what the server holds now.
      if (e instanceof ApiError && e.code === 'CERTIFICATION_STEP_INVALID') list.reload();
      throw e;
    }
    setIssuing(null);
    if (filter === 'passed') list.remove((i) => i.id !== item.id);
    else list.reload();
    void Taro.showToast({ title: '证书已发放', icon: 'success' });
  };

  return (
    <View className="page admin-certifications">
      <Chips chips={FILTERS} value={filter} onChange={setFilter} />
      {!list.loading && !list.error && list.items.length > 0 ? (
        <Text className="muted admin-certifications__total">共 {list.total} 条</Text>
      ) : null}
      {list.items.map((item) => (
        <AssessmentCard key={item.id} item={item} showSession>
          {issuing === item.id ? (
            <IssueCertificateForm
              regionCode={regionCode}
              onIssue={(input) => issue(item, input)}
              onCancel={() => setIssuing(null)}
            />
          ) : item.status === 'passed' ? (
            <Button className="btn-primary" onClick={() => setIssuing(item.id)}>
              发证
            </Button>
          ) : item.status === 'applied' || item.status === 'scheduled' ? (
            <Button
              className="btn-secondary"
              onClick={() => void Taro.navigateTo({ url: assessmentsUrl(item.sessionId, true) })}
            >
              {item.status === 'applied' ? '去安排考核' : '去录入成绩'}
            </Button>
          ) : null}
        </AssessmentCard>
      ))}
      <PagedListFooter
        list={list}
        empty={
          <EmptyState
            text={
              filter === 'all'
                ? '本地区还没有技能评价申请。'
                : `没有“${CERTIFICATION_STATUS_LABELS[filter]}”的申请。`
            }
          />
        }
      />
    </View>
  );
}
