import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { OrganisationListItem, TrainerView } from '@app/shared/api';
import { ORGANISATION_STATUS_LABELS, PROVIDER_KIND_LABELS } from '@app/shared/enums';
import { FormError, TextAreaField } from '../../../components/form-field';
import { errorMessage } from '../../../services/api-error';
import { formatDateTime } from '../../../utils/format';
import { ProviderTrainers } from './provider-trainers';

export const REJECT_REASON_MAX = 200;

export interface OrganisationCardProps {
  item: OrganisationListItem;
  onApprove: (item: OrganisationListItem) => Promise<void>;
  onReject: (item: OrganisationListItem, reason: string) => Promise<void>;
  /** Attaches a trainer (by phone) to a verified provider and answers its trainers. */
  onAttachTrainer: (item: OrganisationListItem, phone: string) => Promise<TrainerView[]>;
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="org-card__row">
      <Text className="org-card__label">{label}</Text>
      <Text className="org-card__value">{value || '—'}</Text>
    </View>
  );
}

/**
 * One application in the review queue, with 通过 and 驳回 (which asks why) while it is pending, and
 * 添加讲师 once a training provider is verified.
 */
export function OrganisationCard({
  item,
  onApprove,
  onReject,
  onAttachTrainer,
}: OrganisationCardProps) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    setFormError(null);
    try {
      await action();
    } catch (e) {
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const confirmReject = () => {
    const text = reason.trim();
    if (!text) {
      setReasonError('请写明驳回原因，申请单位会看到它');
      return;
    }
    if (text.length > REJECT_REASON_MAX) {
      setReasonError(`驳回原因不能超过${REJECT_REASON_MAX}个字`);
      return;
    }
    setReasonError(undefined);
    void run(() => onReject(item, text));
  };

  return (
    <View className="card org-card">
      <View className="org-card__head">
        <Text className="org-card__name">{item.name}</Text>
        <Text className={`org-card__status org-card__status--${item.status}`}>
          {ORGANISATION_STATUS_LABELS[item.status]}
        </Text>
      </View>
      {item.providerKind ? (
        <Row label="机构类型" value={PROVIDER_KIND_LABELS[item.providerKind]} />
      ) : null}
      <Row label="信用代码" value={item.creditCode} />
      <Row label="所在地区" value={item.regionName} />
      <Row label="联系人" value={`${item.contactName} ${item.contactPhone}`} />
      <Row label="提交时间" value={formatDateTime(item.createdAt)} />
      {item.reviewedAt ? <Row label="审核时间" value={formatDateTime(item.reviewedAt)} /> : null}
      {item.rejectReason ? <Row label="驳回原因" value={item.rejectReason} /> : null}
      {item.status === 'pending' && !rejecting ? (
        <View className="org-card__actions">
          <FormError message={formError} />
          <Button
            className="btn-primary org-card__button"
            disabled={busy || undefined}
            onClick={() => void run(() => onApprove(item))}
          >
            通过
          </Button>
          <Button
            className="btn-secondary org-card__button"
            disabled={busy || undefined}
            onClick={() => setRejecting(true)}
          >
            驳回
          </Button>
        </View>
      ) : null}
      {item.status === 'pending' && rejecting ? (
        <View className="org-card__reject">
          <TextAreaField
            label="驳回原因"
            required
            value={reason}
            onInput={(v) => {
              setReason(v);
              setReasonError(undefined);
            }}
            placeholder="例如：营业执照名称与填写的不一致"
            maxlength={REJECT_REASON_MAX}
            error={reasonError}
          />
          <FormError message={formError} />
          <Button
            className="btn-primary org-card__button"
            disabled={busy || undefined}
            onClick={confirmReject}
          >
            确定驳回
          </Button>
          <Button
            className="btn-secondary org-card__button"
            disabled={busy || undefined}
            onClick={() => {
              setRejecting(false);
              setReasonError(undefined);
              setFormError(null);
            }}
          >
            取消
          </Button>
        </View>
      ) : null}
      {item.kind === 'provider' && item.status === 'verified' ? (
        <ProviderTrainers onAttach={(phone) => onAttachTrainer(item, phone)} />
      ) : null}
    </View>
  );
}
