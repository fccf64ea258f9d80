import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { WorkerProfileView } from '@app/shared/api';
import { AgreeCheck, FormError, problemsSummary, TextField } from '../../../components/form-field';
import { profileServerErrors, type ProfileForm } from '../../../components/worker-profile-form';
import { WorkerProfileFields } from '../../../components/worker-profile-fields';
import { api } from '../../../services/api';
import { ApiError, errorMessage } from '../../../services/api-error';
import {
  emptyAssistedForm,
  PAPER_REFERENCE_MAX,
  validateAssistedForm,
  type AssistedErrors,
  type AssistedForm,
} from '../assisted-form';

export const PAPER_CONSENT_TEXT = '劳动者已签署纸质《个人信息保护告知书》同意书';
export const PHONE_TAKEN_HINT = '这个手机号已有账号：劳动者可以直接用它登录，不用代为登记';
export const FORBIDDEN_HINT =
  '培训讲师：所在培训机构通过审核后才能代为登记。管理员：只能登记户籍地或现居住地在管辖区域内的劳动者。';

/** The server's refusals placed under the fields they are about. */
function serverErrors(error: unknown, form: AssistedForm): AssistedErrors {
  const errors = profileServerErrors(error, form);
  if (error instanceof ApiError) {
    if (error.code === 'PHONE_TAKEN') errors.phone ??= PHONE_TAKEN_HINT;
    if (error.code === 'ID_NUMBER_TAKEN') errors.idNumber ??= error.message;
    if (error.code === 'SENSITIVE_CONSENT_REQUIRED') errors.priorityGroupConsent ??= error.message;
  }
  return errors;
}

/** 代为登记: the worker's details, their own phone, and the signed paper consent form. */
export function AssistedWorkerForm({
  onRegistered,
}: {
  onRegistered: (profile: WorkerProfileView) => void;
}) {
  const [form, setForm] = useState<AssistedForm>(emptyAssistedForm);
  const [errors, setErrors] = useState<AssistedErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof AssistedForm>(key: K, value: AssistedForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  // The shared fields are typed by the worker's own form, which this one extends.
  const setProfileField = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) =>
    set(key, value as AssistedForm[K]);

  const submit = async () => {
    if (saving) return;
    const { errors: problems, input } = validateAssistedForm(form);
    setErrors(problems);
    setForbidden(false);
    if (!input) {
      setFormError(problemsSummary(problems));
      return;
    }
    setFormError(null);
    setSaving(true);
    try {
      const res = await api.assistedRegister(input);
      onRegistered(res.profile);
    } catch (e) {
      setErrors(serverErrors(e, form));
      setFormError(errorMessage(e));
      setForbidden(e instanceof ApiError && e.code === 'FORBIDDEN');
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="card profile-form assisted-form">
      <Text className="profile__title">劳动者信息</Text>
      <WorkerProfileFields
        form={form}
        errors={errors}
        onChange={setProfileField}
        idNumber={{
          required: true,
          placeholder: '18位身份证号',
          hint: '请核对身份证原件；加密保存，页面上只显示部分号码',
        }}
        groupConsentText="劳动者本人单独同意平台处理上述敏感个人信息（仅用于培训优先和就业帮扶）"
      />
      <TextField
        label="劳动者本人手机号"
        required
        type="number"
        maxlength={11}
        value={form.phone}
        onInput={(v) => set('phone', v)}
        placeholder="11位手机号"
        hint="劳动者以后用这个手机号收验证码登录，就能使用这个账号"
        error={errors.phone}
      />
      <Text className="assisted-form__section">纸质同意书</Text>
      <AgreeCheck
        checked={form.paperConsentSigned}
        onChange={(v) => set('paperConsentSigned', v)}
        error={errors.paperConsentSigned}
      >
        {PAPER_CONSENT_TEXT}
      </AgreeCheck>
      <TextField
        label="同意书档案号"
        required
        value={form.paperConsentReference}
        onInput={(v) => set('paperConsentReference', v)}
        placeholder="例如：YL-2026-0001"
        hint="签好的纸质同意书存放在哪里，方便日后查找"
        maxlength={PAPER_REFERENCE_MAX}
        error={errors.paperConsentReference}
      />
      <FormError message={formError} />
      {forbidden ? <Text className="muted assisted-form__hint">{FORBIDDEN_HINT}</Text> : null}
      <Button
        className="btn-primary form-button"
        disabled={saving || undefined}
        onClick={() => void submit()}
      >
        {saving ? '正在登记…' : '确认登记'}
      </Button>
    </View>
  );
}
