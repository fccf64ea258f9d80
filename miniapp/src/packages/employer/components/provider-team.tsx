import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { ProviderInviteResponse } from '@app/shared/api';
import { EmptyState } from '../../../components/empty-state';
import { useLoad } from '../../../hooks/use-load';
import { api } from '../../../services/api';
import { showError } from '../../../services/api-error';
import { formatDateTime } from '../../../utils/format';

/** The provider administrator makes a one-time code another trainer joins with. */
export function InviteSection() {
  const [invite, setInvite] = useState<ProviderInviteResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const create = async () => {
    if (busy) return;
    setBusy(true);
    try {
      setInvite(await api.createInvite());
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="card org__section">
      <Text className="org__section-title">邀请讲师加入</Text>
      <Text className="muted org__section-text">
        生成邀请码发给本机构的讲师，对方在“我的 →
        加入培训机构”里填写即可加入。每个邀请码只能用一次。
      </Text>
      {invite ? (
        <View className="org__invite">
          <Text className="org__invite-code">{invite.code}</Text>
          <Text className="muted">有效期至 {formatDateTime(invite.expiresAt)}</Text>
          <Button
            className="btn-secondary form-button org__invite-copy"
            onClick={() => void Taro.setClipboardData({ data: invite.code })}
          >
            复制邀请码
          </Button>
        </View>
      ) : null}
      <Button
        className="btn-primary form-button"
        disabled={busy || undefined}
        onClick={() => void create()}
      >
        {invite ? '再生成一个' : '生成邀请码'}
      </Button>
    </View>
  );
}

/** Who trains for the provider. */
export function TrainerList() {
  const { data, error, reload } = useLoad(() => api.getMyTrainers());
  return (
    <View className="card org__section">
      <Text className="org__section-title">本机构讲师</Text>
      {data === undefined ? (
        error ? (
          <EmptyState text="讲师名单加载失败" actionText="重试" onAction={reload} />
        ) : (
          <Text className="muted">加载中…</Text>
        )
      ) : data.items.length === 0 ? (
        <Text className="muted">还没有讲师</Text>
      ) : (
        data.items.map((t) => (
          <View key={t.userId} className="org__row">
            <Text>
              {t.displayName}
              {t.providerRole === 'admin' ? '（管理员）' : ''}
            </Text>
            <Text className="muted">{t.phoneMasked ?? ''}</Text>
          </View>
        ))
      )}
    </View>
  );
}
