import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { StaffView } from '@app/shared/api';
import { FormError } from '../../../components/form-field';
import { errorMessage } from '../../../services/api-error';

export interface StaffCardProps {
  item: StaffView;
  /** The signed-in admin's own row: no 取消管理员 (the server refuses it too). */
  self: boolean;
  /** Asks for a confirmation and takes the role back; a rejected promise is shown on the card. */
  onRevoke: (item: StaffView) => Promise<void>;
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="staff-card__row">
      <Text className="staff-card__label">{label}</Text>
      <Text className="staff-card__value">{value || '—'}</Text>
    </View>
  );
}

/** One admin of the bureau: name, masked phone and region, with 取消管理员 for everyone but oneself. */
export function StaffCard({ item, self, onRevoke }: StaffCardProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const revoke = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onRevoke(item);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card staff-card">
      <View className="staff-card__head">
        <Text className="staff-card__name">{item.displayName}</Text>
        {self ? <Text className="staff-card__self">本人</Text> : null}
      </View>
      <Row label="手机号" value={item.phoneMasked ?? ''} />
      <Row label="管辖地区" value={item.regionName || item.regionCode} />
      {self ? null : (
        <View className="staff-card__actions">
          <FormError message={error} />
          <Button
            className="btn-secondary staff-card__button"
            disabled={busy || undefined}
            onClick={() => void revoke()}
          >
            取消管理员
          </Button>
        </View>
      )}
    </View>
  );
}
