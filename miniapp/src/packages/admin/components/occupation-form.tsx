import { Text, View } from '@tarojs/components';
import type { BrandListItem, OccupationInput, OccupationView } from '@app/shared/api';
import {
  CERTIFICATE_LEVEL_LABELS,
  CERTIFICATE_LEVELS,
  CERTIFICATE_TYPES,
  type CertificateType,
} from '@app/shared/enums';
import {
  DateField,
  FormActions,
  FormError,
  FormField,
  problemsSummary,
  SelectField,
  SwitchField,
  TextField,
} from '../../../components/form-field';
import { useFormSubmit, useFormValues } from '../../../hooks/use-form';
import { fieldErrors } from '../../../services/api-error';
import { CODE_MAX, serverFieldErrors } from '../brand-form';
import { LEVELLED } from '../../../utils/certificate';
import {
  OCCUPATION_NAME_MAX,
  occupationFormFrom,
  validateOccupationForm,
  type OccupationErrors,
  type OccupationForm as OccupationFormValues,
} from '../occupation-form';
import { CheckList } from './check-list';

const TYPE_OPTIONS = CERTIFICATE_TYPES.map((t) => ({ value: t, label: t }));
const LEVEL_OPTIONS = CERTIFICATE_LEVELS.map((l) => ({
  value: String(l),
  label: CERTIFICATE_LEVEL_LABELS[l],
}));

export interface OccupationFormProps {
  /** The entry being changed; null for a new one. */
  initial: OccupationView | null;
  /** The brands of the admin's region: the only ones that can be ticked. */
  brands: readonly BrandListItem[];
  /** Why there are no brands to tick (loading, failed); undefined once they are in. */
  brandsNote?: string;
  /** Sends the entry; a rejected promise's ApiError is shown on the form. */
  onSubmit: (input: OccupationInput) => Promise<void>;
  onCancel: () => void;
}

/** One entry of the 培训清单: certificate, highest level, subsidy, dates and the brands it serves. */
export function OccupationForm({
  initial,
  brands,
  brandsNote,
  onSubmit,
  onCancel,
}: OccupationFormProps) {
  const { values, errors, setErrors, set } = useFormValues<OccupationFormValues>(() =>
    occupationFormFrom(
      initial,
      brands.map((b) => b.code),
    ),
  );
  const { busy, formError, submit: send } = useFormSubmit<OccupationErrors>(setErrors);
  const creating = initial === null;
  // Links to brands in other regions are not the admin's to change: the server keeps them.
  const elsewhere = (initial?.brandCodes ?? []).filter((c) => !brands.some((b) => b.code === c));

  const pickType = (certificateType: CertificateType) =>
    // 专项职业能力考核 has no levels: a level picked before is dropped.
    set({ certificateType, maxLevel: certificateType === LEVELLED ? values.maxLevel : '' });

  const submit = () =>
    send({
      check: () => validateOccupationForm(values),
      summary: problemsSummary,
      send: onSubmit,
      serverErrors: (e) =>
        serverFieldErrors(fieldErrors(e), Object.keys(values) as (keyof OccupationFormValues)[]),
    });

  const brandOptions = brands.map((b) => ({ value: b.code, label: b.name, note: b.regionName }));

  return (
    <View className="card admin-form">
      {creating ? (
        <TextField
          label="职业代码"
          required
          value={values.code}
          onInput={(code) => set({ code })}
          placeholder="如 fengrengong"
          maxlength={CODE_MAX}
          hint="只能用小写字母、数字和连字符，创建后不能修改"
          error={errors.code}
        />
      ) : (
        <FormField label="职业代码" hint="创建后不能修改" error={errors.code}>
          <Text className="admin-form__readonly">{values.code}</Text>
        </FormField>
      )}
      <TextField
        label="职业名称"
        required
        value={values.name}
        onInput={(name) => set({ name })}
        placeholder="如：缝纫工"
        maxlength={OCCUPATION_NAME_MAX}
        error={errors.name}
      />
      <SelectField
        label="证书类型"
        required
        options={TYPE_OPTIONS}
        value={values.certificateType}
        onChange={pickType}
        error={errors.certificateType}
      />
      {values.certificateType === LEVELLED ? (
        <SelectField
          label="最高可考等级"
          required
          options={LEVEL_OPTIONS}
          value={values.maxLevel || null}
          onChange={(maxLevel) => set({ maxLevel })}
          error={errors.maxLevel}
        />
      ) : null}
      {values.certificateType && values.certificateType !== LEVELLED ? (
        <Text className="muted admin-form__note">专项职业能力考核不分等级。</Text>
      ) : null}
      <SwitchField
        label="享受培训补贴"
        checked={values.subsidised}
        onChange={(subsidised) => set({ subsidised })}
      />
      {values.subsidised ? (
        <TextField
          label="补贴金额（元/人，选填）"
          type="number"
          value={values.subsidyAmount}
          onInput={(subsidyAmount) => set({ subsidyAmount })}
          placeholder="如 1500；不清楚可不填"
          maxlength={6}
          error={errors.subsidyAmount}
        />
      ) : null}
      <DateField
        label="生效日期"
        required
        value={values.effectiveFrom}
        onChange={(effectiveFrom) => set({ effectiveFrom })}
        error={errors.effectiveFrom}
      />
      <SwitchField
        label="长期有效"
        checked={values.openEnded}
        onChange={(openEnded) => set({ openEnded })}
        hint="关闭后可选择失效日期"
      />
      {values.openEnded ? null : (
        <DateField
          label="失效日期"
          required
          value={values.effectiveTo}
          initial={values.effectiveFrom}
          onChange={(effectiveTo) => set({ effectiveTo })}
          error={errors.effectiveTo}
        />
      )}
      <CheckList
        label="关联品牌"
        options={brandOptions}
        value={values.brandCodes}
        onChange={(brandCodes) => set({ brandCodes })}
        hint={
          elsewhere.length
            ? `还关联了其他地区的品牌（${elsewhere.join('、')}），不在这里修改`
            : '只能关联本地区的品牌（可多选）'
        }
        emptyText={brandsNote ?? '本地区还没有劳务品牌。'}
        error={errors.brandCodes}
      />
      <FormError message={formError} />
      <FormActions busy={busy} saveText="保存" onSave={() => void submit()} onCancel={onCancel} />
    </View>
  );
}
