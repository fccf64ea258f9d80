import { Button, Input, Text, View } from '@tarojs/components';
import type { BrandInput } from '@app/shared/api';
import {
  BRAND_LEVEL_LABELS,
  BRAND_LEVELS,
  BRAND_SERIES,
  BRAND_STAGES,
  BRAND_TYPES,
} from '@app/shared/enums';
import { findRegion } from '@app/shared/regions';
import { Chips } from '../../../components/chips';
import {
  FormError,
  FormField,
  problemsSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/form-field';
import { RegionPicker, regionLabel } from '../../../components/region-picker';
import { useOccupationList } from '../../../hooks/use-admin-catalogue';
import { useFormSubmit, useFormValues } from '../../../hooks/use-form';
import { fieldErrors } from '../../../services/api-error';
import {
  BRAND_NAME_MAX,
  charCount,
  CODE_MAX,
  COVER_URL_MAX,
  EXTRA_REGIONS_MAX,
  INDUSTRY_MAX,
  SERIES_MAX,
  serverFieldErrors,
  STORY_MAX,
  STORY_MIN,
  validateBrandForm,
  type BrandErrors,
  type BrandField,
  type BrandForm as BrandFormValues,
} from '../brand-form';
import { CheckList } from './check-list';

const LEVEL_OPTIONS = BRAND_LEVELS.map((l) => ({ value: l, label: BRAND_LEVEL_LABELS[l] }));
const TYPE_OPTIONS = BRAND_TYPES.map((t) => ({ value: t, label: t }));
const STAGE_OPTIONS = BRAND_STAGES.map((s) => ({ value: s, label: s }));
const SERIES_CHIPS = BRAND_SERIES.map((s) => ({ value: s as string, label: s }));

export interface BrandFormProps {
  initial: BrandFormValues;
  /** A new brand: the code can be typed (it is fixed once created). */
  creating: boolean;
  /** The admin's region: the brand's own region is chosen inside it. */
  ownRegion: string | null;
  submitText: string;
  /** Sends the brand; a rejected promise's ApiError is shown on the form. */
  onSubmit: (input: BrandInput) => Promise<void>;
}

/** Other regions the brand also covers (optional): a picker that adds one, and the list with 删除. */
function ExtraRegions({
  value,
  onChange,
  error,
}: {
  value: readonly string[];
  onChange: (codes: string[]) => void;
  error?: string;
}) {
  const label = '其他覆盖地区（选填）';
  return (
    <View className="extra-regions">
      {value.length < EXTRA_REGIONS_MAX ? (
        <RegionPicker
          label={label}
          wholeCity
          value=""
          placeholder="点此添加一个地区"
          onChange={(code) => !value.includes(code) && onChange([...value, code])}
          hint="品牌也在这些地区培训或输出劳动力时添加"
          error={error}
        />
      ) : (
        <FormField label={label} hint={`最多${EXTRA_REGIONS_MAX}个`} error={error}>
          {null}
        </FormField>
      )}
      {value.map((code) => (
        <View key={code} className="extra-regions__row">
          <Text className="extra-regions__name">{regionLabel(code) || code}</Text>
          <View
            className="extra-regions__remove"
            onClick={() => onChange(value.filter((c) => c !== code))}
          >
            <Text>删除</Text>
          </View>
        </View>
      ))}
    </View>
  );
}

/** BrandInput: code, names, where, what kind, its story, cover and occupations. */
export function BrandForm({ initial, creating, ownRegion, submitText, onSubmit }: BrandFormProps) {
  const { values, errors, setErrors, set } = useFormValues<BrandFormValues>(initial);
  const { busy, formError, submit: send } = useFormSubmit<BrandErrors>(setErrors);
  const occupations = useOccupationList();

  const submit = () =>
    send({
      check: () => validateBrandForm(values),
      summary: problemsSummary,
      send: onSubmit,
      serverErrors: (e) => serverFieldErrors(fieldErrors(e), Object.keys(values) as BrandField[]),
    });

  const occupationOptions = (occupations.data ?? []).map((o) => ({
    value: o.code,
    label: o.name,
    note: o.certificateType,
  }));
  let occupationsEmpty = '培训清单里还没有职业，请先在“培训清单”里新增。';
  if (occupations.error) occupationsEmpty = '培训清单加载失败，请返回后重新打开本页。';
  else if (!occupations.data) occupationsEmpty = '培训清单加载中…';
  const regionHint =
    ownRegion && findRegion(ownRegion)?.level === 'city'
      ? '可选全市，或其下的某个县（区）'
      : undefined;
  const storyCount = charCount(values.story.trim());

  return (
    <View className="card admin-form">
      {creating ? (
        <TextField
          label="品牌代码"
          required
          value={values.code}
          onInput={(code) => set({ code })}
          placeholder="如 fumian-caifeng"
          maxlength={CODE_MAX}
          hint="用于网址，只能用小写字母、数字和连字符，创建后不能修改"
          error={errors.code}
        />
      ) : (
        <FormField label="品牌代码" hint="创建后不能修改" error={errors.code}>
          <Text className="admin-form__readonly">{values.code}</Text>
        </FormField>
      )}
      <TextField
        label="品牌名称"
        required
        value={values.name}
        onInput={(name) => set({ name })}
        placeholder="如：福绵裁缝"
        maxlength={BRAND_NAME_MAX}
        error={errors.name}
      />
      <TextField
        label="别名（选填）"
        value={values.aliases}
        onInput={(aliases) => set({ aliases })}
        placeholder="多个别名用“、”或逗号隔开"
        maxlength={300}
        error={errors.aliases}
      />
      <RegionPicker
        label="所在地区"
        required
        wholeCity
        within={ownRegion}
        value={values.regionCode}
        onChange={(regionCode) => set({ regionCode })}
        hint={regionHint}
        error={errors.regionCode}
      />
      <ExtraRegions
        value={values.extraRegionCodes.filter((c) => c !== values.regionCode)}
        onChange={(extraRegionCodes) => set({ extraRegionCodes })}
        error={errors.extraRegionCodes}
      />
      <SelectField
        label="品牌级别"
        required
        options={LEVEL_OPTIONS}
        value={values.level}
        onChange={(level) => set({ level })}
        error={errors.level}
      />
      <FormField label="品牌系列" required hint="点选常用系列，或直接填写" error={errors.series}>
        <Chips chips={SERIES_CHIPS} value={values.series} onChange={(series) => set({ series })} />
        <Input
          className={`field__input${errors.series ? ' field__input--error' : ''}`}
          value={values.series}
          maxlength={SERIES_MAX}
          placeholder="如：八桂系列"
          onInput={(e) => set({ series: e.detail.value })}
        />
      </FormField>
      <TextField
        label="所属行业"
        required
        value={values.industry}
        onInput={(industry) => set({ industry })}
        placeholder="如：服装缝制"
        maxlength={INDUSTRY_MAX}
        error={errors.industry}
      />
      <SelectField
        label="品牌类型"
        required
        options={TYPE_OPTIONS}
        value={values.type}
        onChange={(type) => set({ type })}
        error={errors.type}
      />
      <SelectField
        label="发展阶段"
        required
        options={STAGE_OPTIONS}
        value={values.stage}
        onChange={(stage) => set({ stage })}
        error={errors.stage}
      />
      <TextAreaField
        label="品牌故事"
        required
        value={values.story}
        onInput={(story) => set({ story })}
        placeholder="品牌的来历、手艺和带动就业的情况"
        maxlength={STORY_MAX}
        hint={`${STORY_MIN}到${STORY_MAX}个字，已写${storyCount}个字`}
        error={errors.story}
      />
      <TextField
        label="封面图片地址（选填）"
        value={values.coverUrl}
        onInput={(coverUrl) => set({ coverUrl })}
        placeholder="https://…"
        maxlength={COVER_URL_MAX}
        error={errors.coverUrl}
      />
      <CheckList
        label="培训职业"
        options={occupationOptions}
        value={values.occupationCodes}
        onChange={(occupationCodes) => set({ occupationCodes })}
        hint="从培训清单中勾选这个品牌培训的职业（可多选）"
        emptyText={occupationsEmpty}
        error={errors.occupationCodes}
      />
      <FormError message={formError} />
      <Button
        className="btn-primary form-button"
        disabled={busy || undefined}
        onClick={() => void submit()}
      >
        {busy ? '正在保存…' : submitText}
      </Button>
    </View>
  );
}
