import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AuditLogItem } from '@app/shared/api';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from '@app/shared/enums';
import { EmptyState } from '../../../../components/empty-state';
import { PagedListFooter } from '../../../../components/paged-list-footer';
import { SelectField, type SelectOption } from '../../../../components/form-field';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { formatDateTime } from '../../../../utils/format';
import './index.scss';

const ALL = 'all';
const ACTION_OPTIONS: SelectOption<AuditAction | typeof ALL>[] = [
  { value: ALL, label: '全部操作' },
  ...AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] })),
];

const TARGET_LABELS: Record<AuditLogItem['targetType'], string> = {
  user: '用户',
  worker: '劳动者',
  employer: '用人单位',
  provider: '培训机构',
  brand: '劳务品牌',
  occupation: '培训职业',
};

function AuditRow({ item }: { item: AuditLogItem }) {
  return (
    <View className="card audit">
      <View className="audit__head">
        <Text className="audit__action">{AUDIT_ACTION_LABELS[item.action] ?? item.action}</Text>
        <Text className="audit__time">{formatDateTime(item.createdAt)}</Text>
      </View>
      <Text className="audit__line">操作人：{item.actorName}</Text>
      <Text className="audit__line">
        对象：{TARGET_LABELS[item.targetType] ?? item.targetType}（编号 {item.targetId}）
      </Text>
      {item.reason ? <Text className="audit__line">原因：{item.reason}</Text> : null}
      {item.ip ? <Text className="audit__meta">IP：{item.ip}</Text> : null}
    </View>
  );
}

/** Every administrative act and every look at full personal data in the admin's region. */
export default function AuditLogPage() {
  useRequireLogin();
  const [action, setAction] = useState<AuditAction | typeof ALL>(ALL);
  const list = usePagedList<AuditLogItem>(
    (page, pageSize) =>
      api.listAuditLogs({ action: action === ALL ? undefined : action, page, pageSize }),
    action,
  );
  return (
    <View className="page">
      <SelectField
        label="按操作筛选"
        options={ACTION_OPTIONS}
        value={action}
        onChange={setAction}
      />
      {list.items.map((item) => (
        <AuditRow key={item.id} item={item} />
      ))}
      <PagedListFooter list={list} empty={<EmptyState text="没有记录。" />} />
    </View>
  );
}
