import { useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { OrganisationListItem } from '@app/shared/api';
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  ORGANISATION_STATUS_LABELS,
  ORGANISATION_STATUSES,
  type OrganisationKind,
  type OrganisationStatus,
} from '@app/shared/enums';
import { EmptyState } from '../../../../components/empty-state';
import { PagedListFooter } from '../../../../components/paged-list-footer';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError } from '../../../../services/api-error';
import { OrganisationCard } from '../../components/organisation-card';
import { Tabs, type Tab } from '../../components/tabs';
import './index.scss';

const KIND_TABS: Tab<OrganisationKind>[] = ORGANISATION_KINDS.map((k) => ({
  value: k,
  label: ORGANISATION_KIND_LABELS[k],
}));

const STATUS_TABS: Tab<OrganisationStatus>[] = ORGANISATION_STATUSES.map((s) => ({
  value: s,
  label: ORGANISATION_STATUS_LABELS[s],
}));

const EMPTY_TEXT: Record<OrganisationStatus, string> = {
  pending: '没有待审核的申请。',
  verified: '还没有已认证的记录。',
  rejected: '还没有未通过的记录。',
};

/** The bureau's review queue of employer and provider applications in its region. */
export default function OrganisationsPage() {
  useRequireLogin();
  const [kind, setKind] = useState<OrganisationKind>('employer');
  const [status, setStatus] = useState<OrganisationStatus>('pending');
  const list = usePagedList<OrganisationListItem>(
    (page, pageSize) => api.listOrganisations({ kind, status, page, pageSize }),
    `${kind}:${status}`,
  );

  /** A decided application leaves the 待审核 list; one someone else decided first, too. */
  const decided = async (
    item: OrganisationListItem,
    call: () => Promise<unknown>,
    done: string,
  ) => {
    try {
      await call();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'ORGANISATION_NOT_PENDING') list.reload();
      throw e;
    }
    list.remove((i) => i.id !== item.id);
    void Taro.showToast({ title: done, icon: 'success' });
  };

  const approve = async (item: OrganisationListItem) => {
    const { confirm } = await Taro.showModal({
      title: '审核通过',
      content: `确定通过“${item.name}”的入驻申请吗？`,
      confirmText: '通过',
      cancelText: '再看看',
    });
    if (!confirm) return;
    await decided(
      item,
      () => (item.kind === 'employer' ? api.verifyEmployer(item.id) : api.verifyProvider(item.id)),
      '已通过',
    );
  };

  const reject = (item: OrganisationListItem, reason: string) =>
    decided(
      item,
      () =>
        item.kind === 'employer'
          ? api.rejectEmployer(item.id, reason)
          : api.rejectProvider(item.id, reason),
      '已驳回',
    );

  const attachTrainer = async (item: OrganisationListItem, phone: string) => {
    const res = await api.attachTrainer(item.id, phone);
    void Taro.showToast({ title: '已添加讲师', icon: 'success' });
    return res.items;
  };

  return (
    <View className="page admin-orgs">
      <Tabs tabs={KIND_TABS} value={kind} onChange={setKind} />
      <Tabs tabs={STATUS_TABS} value={status} onChange={setStatus} />
      {list.items.map((item) => (
        <OrganisationCard
          key={item.id}
          item={item}
          onApprove={approve}
          onReject={reject}
          onAttachTrainer={attachTrainer}
        />
      ))}
      <PagedListFooter list={list} empty={<EmptyState text={EMPTY_TEXT[status]} />} />
    </View>
  );
}
