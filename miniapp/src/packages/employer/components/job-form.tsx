import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { JobInput } from '@app/shared/api';
import { CERTIFICATE_LEVELS, CERTIFICATE_TYPES } from '@app/shared/enums';
import {
  DateField,
  FormError,
  problemsSummary,
  SelectField,
  SwitchField,
  TextAreaField,
  TextField,
} from '../../../components/form-field';
import { RegionPicker } from '../../../components/region-picker';
import { useBrandOptions } from '../../../hooks/use-catalogue';
import { useFormSubmit, useFormValues } from '../../../hooks/use-form';
import { useOccupationOptions } from '../../../hooks/use-jobs';
import { fieldErrors } from '../../../services/api-error';
import { LEVELLED, levelText } from '../../../utils/certificate';
import {
  ADDRESS_MAX,
  DESCRIPTION_MAX,
  JOB_TITLE_MAX,
  validateJobForm,
  WORKING_HOURS_MAX,
  formFieldOf,
  type JobErrors,
  type JobForm as JobFormValues,
  type JobFormContext,
} from '../job-form';
import './job-form.scss';

/** '' stands for 不限品牌 / 不要求证书 / 不限等级 in the pickers. */
const NO_BRAND = { value: '', label: '不限品牌' };
const CERTIFICATE_OPTIONS = [
  { value: '' as const, label: '不要求证书' },
  ...CERTIFICATE_TYPES.map((t) => ({ value: t, label: t })),
];
const LEVEL_OPTIONS = [
  { value: '', label: '不限等级' },
  ...CERTIFICATE_LEVELS.map((level) => ({
    value: String(level),
    label: `${levelText(level)}及以上`,
  })),
];

/** A button under the form: what it says, and whether the job is published once saved. */
export interface JobFormAction {
  text: string;
  publish: boolean;
}

export interface JobFormProps {
  initial: JobFormValues;
  context: JobFormContext;
  actions: readonly JobFormAction[];
  /** Saves (and publishes); a rejected promise's ApiError is shown on the form. */
  onSubmit: (input: JobInput, publish: boolean) => Promise<void>;
}

/** A job posting: what, where, pay, who is wanted, and until when. */
export function JobForm({ initial, context, actions, onSubmit }: JobFormProps) {
  const { values, errors, setErrors, set } = useFormValues<JobFormValues>(initial);
  const { busy, formError, submit: send } = useFormSubmit<JobErrors>(setErrors);
  const [pressed, setPressed] = useState<boolean | null>(null);
  const brands = useBrandOptions();
  const occupations = useOccupationOptions(values.brandCode);

  const submit = (publish: boolean) => {
    setPressed(publish);
    return send({
      check: () => validateJobForm(values, context),
      summary: problemsSummary,
      send: (input) => onSubmit(input, publish),
      serverErrors: (e) => {
        const fields: JobErrors = {};
        for (const [field, message] of Object.entries(fieldErrors(e))) {
          const key = formFieldOf(field);
          if (key) fields[key] = message;
        }
        return fields;
      },
    });
  };

  const brandOptions = [
    NO_BRAND,
    ...(brands.data ?? []).map((b) => ({ value: b.code, label: b.name })),
  ];
  const occupationOptions = (occupations.data ?? []).map((o) => ({ value: o.code, label: o.name }));
  let occupationHint: string | undefined;
  if (occupations.error) occupationHint = '职业加载失败，请重新选择品牌';
  else if (occupations.data?.length === 0) occupationHint = '这个品牌还没有职业';

  return (
    <View className="card job-form">
      <TextField
        label="岗位名称"
        required
        value={values.title}
        onInput={(title) => set({ title })}
        placeholder="如：牛仔服装车位工"
        maxlength={JOB_TITLE_MAX}
        error={errors.title}
      />
      <SelectField
        label="劳务品牌"
        options={brandOptions}
        value={values.brandCode}
        onChange={(brandCode) => set({ brandCode, occupationCode: '' })}
        placeholder={brands.error ? '品牌加载失败' : '加载中…'}
        hint="选了品牌，岗位会出现在品牌页上"
        error={errors.brandCode}
      />
      <SelectField
        label="职业"
        required
        options={occupationOptions}
        value={values.occupationCode || null}
        onChange={(occupationCode) => set({ occupationCode })}
        placeholder={occupations.data ? '请选择职业' : '加载中…'}
        hint={occupationHint}
        error={errors.occupationCode}
      />

      <Text className="form-section">工作地点</Text>
      <RegionPicker
        label="县（区）"
        required
        value={values.regionCode}
        onChange={(regionCode) => set({ regionCode })}
        error={errors.regionCode}
      />
      <TextField
        label="详细地址"
        required
        value={values.address}
        onInput={(address) => set({ address })}
        placeholder="街道、门牌号、厂区"
        maxlength={ADDRESS_MAX}
        error={errors.address}
      />

      <Text className="form-section">待遇</Text>
      <View className="job-form__pair">
        <TextField
          label="最低月薪（元）"
          required
          type="number"
          value={values.salaryMin}
          onInput={(salaryMin) => set({ salaryMin })}
          placeholder="如 4500"
          maxlength={6}
          error={errors.salaryMin}
        />
        <TextField
          label="最高月薪（元）"
          required
          type="number"
          value={values.salaryMax}
          onInput={(salaryMax) => set({ salaryMax })}
          placeholder="如 6000"
          maxlength={6}
          error={errors.salaryMax}
        />
      </View>
      <TextField
        label="工作时间"
        required
        value={values.workingHours}
        onInput={(workingHours) => set({ workingHours })}
        placeholder="如：8:00–17:30，月休4天"
        maxlength={WORKING_HOURS_MAX}
        error={errors.workingHours}
      />
      <SwitchField
        label="包住"
        checked={values.accommodation}
        onChange={(accommodation) => set({ accommodation })}
      />
      <SwitchField label="包吃" checked={values.meals} onChange={(meals) => set({ meals })} />

      <Text className="form-section">招聘要求</Text>
      <TextField
        label="招聘人数"
        required
        type="number"
        value={values.headcount}
        onInput={(headcount) => set({ headcount })}
        placeholder="1 到 1000"
        maxlength={4}
        error={errors.headcount}
      />
      <SelectField
        label="证书要求"
        options={CERTIFICATE_OPTIONS}
        value={values.certificateType}
        onChange={(certificateType) => set({ certificateType, certificateLevel: '' })}
        error={errors.certificateType}
      />
      {values.certificateType === LEVELLED ? (
        <SelectField
          label="最低等级"
          options={LEVEL_OPTIONS}
          value={values.certificateLevel}
          onChange={(certificateLevel) => set({ certificateLevel })}
          error={errors.certificateLevel}
        />
      ) : null}
      <SwitchField
        label="欢迎培训学员"
        checked={values.acceptsTrainees}
        onChange={(acceptsTrainees) => set({ acceptsTrainees })}
        hint="正在培训或已结业、还没拿到证书的学员也可以投递"
      />
      <DateField
        label="截止日期"
        required
        value={values.closesOn}
        initial={context.today}
        onChange={(closesOn) => set({ closesOn })}
        hint="这一天之后不再接受投递"
        error={errors.closesOn}
      />
      <TextAreaField
        label="岗位介绍"
        value={values.description}
        onInput={(description) => set({ description })}
        placeholder="工作内容、计件方式、晋升等（选填）"
        maxlength={DESCRIPTION_MAX}
        error={errors.description}
      />

      <FormError message={formError} />
      {actions.map((action, i) => (
        <Button
          key={action.text}
          className={`${i === actions.length - 1 ? 'btn-primary' : 'btn-secondary'} form-button`}
          disabled={busy || undefined}
          onClick={() => void submit(action.publish)}
        >
          {busy && pressed === action.publish ? '正在保存…' : action.text}
        </Button>
      ))}
    </View>
  );
}
