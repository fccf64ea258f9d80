import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { WorkerProfileView } from '@app/shared/api';
import { FormError, problemsSummary } from '../../../components/form-field';
import {
  emptyProfileForm,
  profileFormFrom,
  profileServerErrors,
  validateProfileForm,
  type ProfileErrors,
  type ProfileForm,
} from '../../../components/worker-profile-form';
import { WorkerProfileFields } from '../../../components/worker-profile-fields';
import { api } from '../../../services/api';
import { errorMessage } from '../../../services/api-error';

export interface ProfileEditorProps {
  /** The stored profile when editing; null when creating one. */
  profile: WorkerProfileView | null;
  onSaved: (profile: WorkerProfileView) => void;
  onCancel?: () => void;
}

/** Create or edit the worker's profile, checked field by field before anything is sent. */
export function ProfileEditor({ profile, onSaved, onCancel }: ProfileEditorProps) {
  const creating = profile === null;
  const [form, setForm] = useState<ProfileForm>(() =>
    profile ? profileFormFrom(profile) : emptyProfileForm(),
  );
  const [errors, setErrors] = useState<ProfileErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const save = async () => {
    if (saving) return;
    const { errors: problems, input } = validateProfileForm(form, creating);
    setErrors(problems);
    if (!input) {
      setFormError(problemsSummary(problems));
      return;
    }
    setFormError(null);
    setSaving(true);
    try {
      const res = await api.saveMyProfile(input);
      onSaved(res.profile);
    } catch (e) {
      setErrors(profileServerErrors(e, form));
      setFormError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="card profile-form">
      <Text className="profile__title">{creating ? '填写个人信息' : '修改个人信息'}</Text>
      <WorkerProfileFields
        form={form}
        errors={errors}
        onChange={set}
        idNumber={
          creating
            ? {
                required: true,
                placeholder: '18位身份证号',
                hint: '加密保存，页面上只显示部分号码',
              }
            : { required: false, placeholder: profile.idNumberMasked, hint: '不修改请留空' }
        }
        groupConsentText="我单独同意平台处理上述敏感个人信息（仅用于培训优先和就业帮扶）"
      />
      <FormError message={formError} />
      <Button
        className="btn-primary form-button"
        disabled={saving || undefined}
        onClick={() => void save()}
      >
        {saving ? '正在保存…' : '保存'}
      </Button>
      {onCancel ? (
        <Button className="btn-secondary form-button" onClick={onCancel}>
          取消
        </Button>
      ) : null}
    </View>
  );
}
