import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { StaffGrantRequest } from '@app/shared/api';
import { findRegion } from '@app/shared/regions';
import { isValidPhone, normalizePhone, PHONE_PROBLEM_MESSAGE } from '@app/shared/validators';
import { FormError, TextField } from '../../../components/form-field';
import { RegionPicker, regionLabel } from '../../../components/region-picker';
import { errorMessage, fieldErrors } from '../../../services/api-error';

type GrantErrors = Partial<Record<keyof StaffGrantRequest, string>>;

export interface StaffGrantFormProps {
  /** The signed-in admin's region: chosen at first, and the only region the picker offers. */
  ownRegion: string | null;
  /** Appoints the admin; a rejected promise's ApiError is shown on the form. */
  onGrant: (input: StaffGrantRequest) => Promise<void>;
}

/** 任命管理员: an account (by the phone it logged in with) becomes an admin of a region in one's own. */
export function StaffGrantForm({ ownRegion, onGrant }: StaffGrantFormProps) {
  const [phone, setPhone] = useState('');
  const [regionCode, setRegionCode] = useState(ownRegion ?? '');
  const [errors, setErrors] = useState<GrantErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A county admin can only appoint in that county; a city admin also in the whole city.
  const regionHint =
    ownRegion && findRegion(ownRegion)?.level !== 'county'
      ? '可选全市，或其下的某个县（区）'
      : undefined;

  const submit = async () => {
    if (busy) return;
    const normalized = isValidPhone(phone) ? normalizePhone(phone) : null;
    const problems: GrantErrors = {};
    if (!normalized) problems.phone = PHONE_PROBLEM_MESSAGE;
    if (!regionCode) problems.regionCode = '请选择管辖地区';
    setErrors(problems);
    setFormError(null);
    if (!normalized || !regionCode) return;

    const { confirm } = await Taro.showModal({
      title: '任命管理员',
      content: `确定任命手机号 ${normalized} 的账号为“${regionLabel(regionCode)}”的管理员吗？任命后对方可审核该地区的机构、查看审计日志。`,
      confirmText: '任命',
      cancelText: '再看看',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      await onGrant({ phone: normalized, regionCode });
      setPhone('');
    } catch (e) {
      const fields = fieldErrors(e);
      setErrors({ phone: fields.phone, regionCode: fields.regionCode });
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card staff-form">
      <Text className="muted staff-form__text">
        对方先用自己的手机号登录一次本平台，再在这里填写这个手机号。
      </Text>
      <TextField
        label="手机号"
        required
        type="number"
        maxlength={11}
        value={phone}
        onInput={(v) => {
          setPhone(v);
          setErrors((e) => ({ ...e, phone: undefined }));
        }}
        placeholder="对方登录用的11位手机号"
        error={errors.phone}
      />
      <RegionPicker
        label="管辖地区"
        required
        wholeCity
        within={ownRegion}
        value={regionCode}
        onChange={(code) => {
          setRegionCode(code);
          setErrors((e) => ({ ...e, regionCode: undefined }));
        }}
        hint={regionHint}
        error={errors.regionCode}
      />
      <FormError message={formError} />
      <Button
        className="btn-primary form-button"
        disabled={busy || undefined}
        onClick={() => void submit()}
      >
        {busy ? '正在任命…' : '任命为管理员'}
      </Button>
    </View>
  );
}
