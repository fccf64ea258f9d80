import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { WorkerProfileView } from '@app/shared/api';
import { EDUCATION_LEVELS, PRIORITY_GROUPS, type PriorityGroup } from '@app/shared/enums';
import {
  AgreeCheck,
  FormError,
  problemsSummary,
  SelectField,
  TextField,
  type SelectOption,
} from '../../../components/form-field';
import { RegionPicker, regionLabel } from '../../../components/region-picker';
import { api } from '../../../services/api';
import { errorMessage, fieldErrors } from '../../../services/api-error';
import {
  emptyProfileForm,
  MAX_WANTED_REGIONS,
  profileFormFrom,
  validateProfileForm,
  type ProfileErrors,
  type ProfileForm,
} from '../profile-form';

const EDUCATION_OPTIONS = EDUCATION_LEVELS.map((e) => ({ value: e, label: e }));
const NO_GROUP = 'none';
const GROUP_OPTIONS: SelectOption<PriorityGroup | typeof NO_GROUP>[] = [
  { value: NO_GROUP, label: '不属于以下群体 / 不填写' },
  ...PRIORITY_GROUPS.map((g) => ({ value: g, label: g })),
];

/** The server's field names ('skills.0', 'idNumber') mapped onto the form's fields. */
function serverErrors(error: unknown): ProfileErrors {
  const result: ProfileErrors = {};
  const form = emptyProfileForm();
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    const key = field.split(/[.[]/)[0] as keyof ProfileForm;
    if (key in form) result[key] = message;
  }
  return result;
}

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
      setErrors(serverErrors(e));
      setFormError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <View className="card profile-form">
      <Text className="profile__title">{creating ? '填写个人信息' : '修改个人信息'}</Text>
      <TextField
        label="真实姓名"
        required
        value={form.realName}
        onInput={(v) => set('realName', v)}
        placeholder="和身份证上一样"
        maxlength={30}
        error={errors.realName}
      />
      <TextField
        label="身份证号"
        required={creating}
        type="idcard"
        maxlength={18}
        value={form.idNumber}
        onInput={(v) => set('idNumber', v)}
        placeholder={creating ? '18位身份证号' : profile.idNumberMasked}
        hint={creating ? '加密保存，页面上只显示部分号码' : '不修改请留空'}
        error={errors.idNumber}
      />
      <RegionPicker
        label="户籍所在地"
        required
        value={form.householdRegionCode}
        onChange={(code) => set('householdRegionCode', code)}
        error={errors.householdRegionCode}
      />
      <RegionPicker
        label="现居住地"
        required
        value={form.currentRegionCode}
        onChange={(code) => set('currentRegionCode', code)}
        error={errors.currentRegionCode}
      />
      <SelectField
        label="学历"
        options={EDUCATION_OPTIONS}
        value={form.education}
        onChange={(v) => set('education', v)}
        placeholder="请选择最高学历"
        error={errors.education}
      />
      <TextField
        label="技能"
        value={form.skills}
        onInput={(v) => set('skills', v)}
        placeholder="例如：缝纫、熨烫"
        hint="会几样就写几样，用逗号或顿号隔开"
        maxlength={300}
        error={errors.skills}
      />
      <TextField
        label="意向品牌"
        value={form.wantedBrands}
        onInput={(v) => set('wantedBrands', v)}
        placeholder="例如：福绵裁缝、八桂家政"
        hint="想参加哪些劳务品牌的培训或工作，用逗号或顿号隔开"
        maxlength={200}
        error={errors.wantedBrands}
      />
      <WantedRegions
        codes={form.wantedRegionCodes}
        onChange={(codes) => set('wantedRegionCodes', codes)}
        error={errors.wantedRegionCodes}
      />
      <TextField
        label="期望最低月薪（元）"
        type="number"
        maxlength={7}
        value={form.minMonthlySalary}
        onInput={(v) => set('minMonthlySalary', v)}
        placeholder="不填表示不限"
        error={errors.minMonthlySalary}
      />
      <SelectField
        label="重点群体"
        options={GROUP_OPTIONS}
        value={form.priorityGroup ?? NO_GROUP}
        onChange={(v) => {
          set('priorityGroup', v === NO_GROUP ? null : v);
          if (v === NO_GROUP) set('priorityGroupConsent', false);
        }}
        hint="自愿填写，用于培训优先和就业帮扶"
        error={errors.priorityGroup}
      />
      {form.priorityGroup ? (
        <AgreeCheck
          checked={form.priorityGroupConsent}
          onChange={(v) => set('priorityGroupConsent', v)}
          error={errors.priorityGroupConsent}
        >
          我单独同意平台处理上述敏感个人信息（仅用于培训优先和就业帮扶）
        </AgreeCheck>
      ) : null}
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

/** Places the worker would work: chosen one by one with the county picker, removed with 删除. */
function WantedRegions({
  codes,
  onChange,
  error,
}: {
  codes: string[];
  onChange: (codes: string[]) => void;
  error?: string;
}) {
  return (
    <View className="profile-form__wanted">
      {codes.length ? (
        <View className="profile-form__chips">
          <Text className="field__label">意向工作地</Text>
          {codes.map((code) => (
            <View key={code} className="profile-form__chip">
              <Text>{regionLabel(code) || code}</Text>
              <View
                className="profile-form__chip-remove"
                onClick={() => onChange(codes.filter((c) => c !== code))}
              >
                删除
              </View>
            </View>
          ))}
        </View>
      ) : null}
      {codes.length < MAX_WANTED_REGIONS ? (
        <RegionPicker
          label={codes.length ? '再添加一个意向工作地' : '意向工作地'}
          value=""
          placeholder="点这里选择想去工作的地方"
          onChange={(code) => !codes.includes(code) && onChange([...codes, code])}
          error={error}
        />
      ) : null}
    </View>
  );
}
