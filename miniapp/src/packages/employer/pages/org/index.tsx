import { useEffect, useRef } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { EmployerView, ProviderView } from '@app/shared/api';
import { ORGANISATION_STATUS_LABELS, PROVIDER_KIND_LABELS } from '@app/shared/enums';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { useMyOrganisation, type OrgKind } from '../../../../hooks/use-organisation';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { getStoredUser } from '../../../../services/auth-store';
import { formatDateTime } from '../../../../utils/format';
import { PAGES } from '../../../../utils/navigation';
import { InviteSection, TrainerList } from '../../components/provider-team';
import './index.scss';

const STATUS_TEXT = {
  pending: '已提交，等待当地人社部门审核。审核通过后就能使用全部功能。',
  verified: '已通过审核。',
  rejected: '审核没有通过，请按下面的原因修改后重新提交。',
} as const;

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="org__row">
      <Text className="org__label">{label}</Text>
      <Text className="org__value">{value || '—'}</Text>
    </View>
  );
}

function OrgDetails({ kind, org }: { kind: OrgKind; org: EmployerView | ProviderView }) {
  const user = getStoredUser();
  const canEdit = kind === 'employer' || user?.providerRole === 'admin';
  const signup = kind === 'employer' ? PAGES.employerSignup : PAGES.providerSignup;
  return (
    <View className="card org">
      <Text className="org__name">{org.name}</Text>
      <View className={`org__status org__status--${org.status}`}>
        <Text className="org__status-label">{ORGANISATION_STATUS_LABELS[org.status]}</Text>
        <Text className="org__status-text">{STATUS_TEXT[org.status]}</Text>
        {org.status === 'rejected' && org.rejectReason ? (
          <Text className="org__reason">未通过原因：{org.rejectReason}</Text>
        ) : null}
        {org.reviewedAt ? (
          <Text className="org__reviewed">审核时间：{formatDateTime(org.reviewedAt)}</Text>
        ) : null}
      </View>
      {kind === 'provider' && 'kind' in org ? (
        <Row label="机构类型" value={PROVIDER_KIND_LABELS[org.kind]} />
      ) : null}
      <Row label="统一社会信用代码" value={org.creditCode} />
      <Row label="所在地区" value={org.regionName} />
      <Row label="详细地址" value={org.address} />
      <Row label="联系人" value={org.contactName} />
      <Row label="联系电话" value={org.contactPhone} />
      {org.description ? <Row label="简介" value={org.description} /> : null}
      <Row label="提交时间" value={formatDateTime(org.createdAt)} />
      {org.status === 'rejected' && canEdit ? (
        <Button
          className="btn-primary form-button org__resubmit"
          onClick={() => void Taro.navigateTo({ url: `${signup}?mode=edit` })}
        >
          修改后重新提交
        </Button>
      ) : null}
    </View>
  );
}

/** The status of the user's employer (`?kind=employer`) or training provider (`?kind=provider`). */
export default function OrganisationPage() {
  useRequireLogin();
  const { params } = useRouter();
  const kind: OrgKind = params.kind === 'provider' ? 'provider' : 'employer';
  const { data: org, error, reload } = useMyOrganisation(kind);
  useEffect(() => {
    if (kind === 'provider') void Taro.setNavigationBarTitle({ title: '机构信息' });
  }, [kind]);
  // Back from the correction form: show the new status.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) reload();
    shown.current = true;
  });

  if (org === undefined) {
    return (
      <View className="page">
        <LoadingOrError error={error} onRetry={reload} />
      </View>
    );
  }
  if (org === null) {
    const signup = kind === 'employer' ? PAGES.employerSignup : PAGES.providerSignup;
    return (
      <View className="page">
        <EmptyState
          text={kind === 'employer' ? '还没有登记用人单位。' : '还没有登记或加入培训机构。'}
          actionText={kind === 'employer' ? '企业入驻' : '培训机构入驻'}
          onAction={() => void Taro.redirectTo({ url: signup })}
        />
      </View>
    );
  }
  const isProviderAdmin = kind === 'provider' && getStoredUser()?.providerRole === 'admin';
  return (
    <View className="page">
      <OrgDetails kind={kind} org={org} />
      {isProviderAdmin ? <InviteSection /> : null}
      {kind === 'provider' ? <TrainerList /> : null}
    </View>
  );
}
