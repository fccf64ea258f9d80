import { Text, View } from '@tarojs/components';
import { EDUCATION_LEVELS, PRIORITY_GROUPS, type PriorityGroup } from '@app/shared/enums';
import { AgreeCheck, SelectField, TextField, type SelectOption } from './form-field';
import { RegionPicker, regionLabel } from './region-picker';
import { MAX_WANTED_REGIONS, type ProfileErrors, type ProfileForm } from './worker-profile-form';
import './worker-profile.scss';

const EDUCATION_OPTIONS = EDUCATION_LEVELS.map((e) => ({ value: e, label: e }));
const NO_GROUP = 'none';
const GROUP_OPTIONS: SelectOption<PriorityGroup | typeof NO_GROUP>[] = [
  { value: NO_GROUP, label: '不属于以下群体 / 不填写' },
  ...PRIORITY_GROUPS.map((g) => ({ value: g, label: g })),
];

export interface WorkerProfileFieldsProps {
  form: ProfileForm;
  errors: ProfileErrors;
  onChange: <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => void;
  /** The ID number box: required when creating; when editing, empty keeps the stored number. */
  idNumber: { required: boolean; placeholder: string; hint: string };
  /** The sentence of the separate consent to the priority group (said by the worker, or of them). */
  groupConsentText: string;
}

/**
 * A worker's details, field by field with the county picker: the worker's own profile form and the
 * assisted sign-up a trainer or admin fills in for them.
 */
export function WorkerProfileFields({
  form,
  errors,
  onChange: set,
  idNumber,
  groupConsentText,
}: WorkerProfileFieldsProps) {
  return (
    <>
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
        required={idNumber.required}
        type="idcard"
        maxlength={18}
        value={form.idNumber}
        onInput={(v) => set('idNumber', v)}
        placeholder={idNumber.placeholder}
        hint={idNumber.hint}
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
          {groupConsentText}
        </AgreeCheck>
      ) : null}
    </>
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
