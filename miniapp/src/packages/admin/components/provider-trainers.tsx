import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { TrainerView } from '@app/shared/api';
import { isValidPhone, normalizePhone, PHONE_PROBLEM_MESSAGE } from '@app/shared/validators';
import { FormError, TextField } from '../../../components/form-field';
import { errorMessage, fieldErrors } from '../../../services/api-error';

const ROLE_LABELS: Record<TrainerView['providerRole'], string> = {
  admin: '机构管理员',
  trainer: '讲师',
};

export interface ProviderTrainersProps {
  /** Attaches the account with this (valid, 11-digit) phone and answers the provider's trainers. */
  onAttach: (phone: string) => Promise<TrainerView[]>;
}

/**
 * 添加讲师 on a verified provider's card: a phone, checked here before anything is sent, and, once
 * attached, the provider's trainers. A rejected promise's ApiError is shown on the form.
 */
export function ProviderTrainers({ onAttach }: ProviderTrainersProps) {
  const [open, setOpen] = useState(false);
  const [phone, setPhone] = useState('');
  const [phoneError, setPhoneError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [trainers, setTrainers] = useState<TrainerView[] | null>(null);

  const close = () => {
    setOpen(false);
    setPhone('');
    setPhoneError(undefined);
    setFormError(null);
  };

  const submit = async () => {
    if (busy) return;
    const normalized = isValidPhone(phone) ? normalizePhone(phone) : null;
    setFormError(null);
    if (!normalized) {
      setPhoneError(PHONE_PROBLEM_MESSAGE);
      return;
    }
    setPhoneError(undefined);
    setBusy(true);
    try {
      setTrainers(await onAttach(normalized));
      close();
    } catch (e) {
      setPhoneError(fieldErrors(e).phone);
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="org-trainers">
      {trainers ? (
        <View className="org-trainers__list">
          <Text className="org-trainers__title">本机构讲师</Text>
          {trainers.map((t) => (
            <View key={t.userId} className="org-trainers__row">
              <Text className="org-trainers__name">{t.displayName}</Text>
              <Text className="muted org-trainers__phone">{t.phoneMasked ?? ''}</Text>
              <Text className="org-trainers__role">{ROLE_LABELS[t.providerRole]}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {open ? (
        <View className="org-trainers__form">
          <Text className="muted org-trainers__text">
            对方需先用自己的手机号登录一次本平台，且还没有加入其他单位或机构。
          </Text>
          <TextField
            label="讲师手机号"
            required
            type="number"
            maxlength={11}
            value={phone}
            onInput={(v) => {
              setPhone(v);
              setPhoneError(undefined);
            }}
            placeholder="讲师登录用的11位手机号"
            error={phoneError}
          />
          <FormError message={formError} />
          <Button
            className="btn-primary org-card__button"
            disabled={busy || undefined}
            onClick={() => void submit()}
          >
            {busy ? '正在添加…' : '确定添加'}
          </Button>
          <Button
            className="btn-secondary org-card__button"
            disabled={busy || undefined}
            onClick={close}
          >
            取消
          </Button>
        </View>
      ) : (
        <Button className="btn-secondary org-card__button" onClick={() => setOpen(true)}>
          添加讲师
        </Button>
      )}
    </View>
  );
}
