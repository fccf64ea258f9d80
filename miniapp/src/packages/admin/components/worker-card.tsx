import { Text, View } from '@tarojs/components';
import type { WorkerListItem } from '@app/shared/api';
import { GENDER_LABELS } from '@app/shared/enums';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="worker-card__row">
      <Text className="worker-card__label">{label}</Text>
      <Text className="worker-card__value">{value || '—'}</Text>
    </View>
  );
}

/** One worker in the admin's list, masked as the server sent it; the whole card opens the details. */
export function WorkerCard({
  item,
  onOpen,
}: {
  item: WorkerListItem;
  onOpen: (item: WorkerListItem) => void;
}) {
  return (
    <View className="card worker-card" onClick={() => onOpen(item)}>
      <View className="worker-card__head">
        <Text className="worker-card__name">{item.realName}</Text>
        {item.assisted ? <Text className="worker-card__badge">代登记</Text> : null}
        <Text className="worker-card__arrow">›</Text>
      </View>
      <Row label="身份证号" value={item.idNumberMasked} />
      <Row label="性别" value={GENDER_LABELS[item.gender] ?? ''} />
      <Row label="户籍地" value={item.householdRegionName || item.householdRegionCode} />
      <Row label="手机号" value={item.phoneMasked ?? '未绑定'} />
      <Row label="重点群体" value={item.priorityGroup ?? '无'} />
    </View>
  );
}
