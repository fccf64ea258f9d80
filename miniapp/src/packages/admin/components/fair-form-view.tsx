import { View } from '@tarojs/components';
import type { BrandListItem, JobFairInput } from '@app/shared/api';
import {
  DateField,
  FormActions,
  FormError,
  problemsSummary,
  SwitchField,
  TextField,
} from '../../../components/form-field';
import { RegionPicker } from '../../../components/region-picker';
import { useFormSubmit, useFormValues } from '../../../hooks/use-form';
import { fieldErrors } from '../../../services/api-error';
import { chinaToday } from '../../../utils/catalogue';
import { CheckList } from './check-list';
import {
  checkFairForm,
  emptyFairForm,
  FAIR_PLACE_MAX,
  FAIR_TITLE_MAX,
  type FairErrors,
  type FairForm,
} from './fair-form';

export interface FairFormViewProps {
  /** The admin's region: where the form starts and what the region picker offers. */
  regionCode: string | null;
  /** The brands of the admin's region; undefined while they load. */
  brands: readonly BrandListItem[] | undefined;
  /** Creates the fair; a rejected promise's ApiError is shown on the form. */
  onCreate: (input: JobFairInput) => Promise<void>;
  onCancel: () => void;
}

/** 新建专场招聘: name, region (inside the admin's), date, 线上 or a place, and the brands it is for. */
export function FairFormView({ regionCode, brands, onCreate, onCancel }: FairFormViewProps) {
  const { values, errors, setErrors, set } = useFormValues<FairForm>(() =>
    emptyFairForm(regionCode),
  );
  const { busy, formError, submit } = useFormSubmit<FairErrors>(setErrors);
  const save = () =>
    submit({
      check: () => checkFairForm(values, regionCode),
      summary: problemsSummary,
      send: onCreate,
      serverErrors: (e) => {
        const fields = fieldErrors(e);
        return {
          title: fields.title,
          regionCode: fields.regionCode,
          date: fields.date,
          place: fields.place,
          brandCodes: fields.brandCodes,
        };
      },
    });
  const brandOptions = (brands ?? []).map((b) => ({
    value: b.code,
    label: b.name,
    note: b.regionName,
  }));

  return (
    <View className="card fair-form">
      <TextField
        label="招聘会名称"
        required
        value={values.title}
        onInput={(title) => set({ title })}
        placeholder="如：福绵裁缝专场招聘会"
        maxlength={FAIR_TITLE_MAX}
        error={errors.title}
      />
      <RegionPicker
        label="举办地区"
        required
        value={values.regionCode}
        onChange={(code) => set({ regionCode: code })}
        wholeCity
        within={regionCode}
        error={errors.regionCode}
      />
      <DateField
        label="举办日期"
        required
        value={values.date}
        onChange={(date) => set({ date })}
        initial={chinaToday()}
        error={errors.date}
      />
      <SwitchField
        label="线上举办"
        checked={values.online}
        onChange={(online) => set({ online, place: online ? '' : values.place })}
        hint="线上招聘会不需要填写地点"
      />
      {values.online ? null : (
        <TextField
          label="举办地点"
          required
          value={values.place}
          onInput={(place) => set({ place })}
          placeholder="如：福绵区人力资源市场一楼"
          maxlength={FAIR_PLACE_MAX}
          error={errors.place}
        />
      )}
      <CheckList
        label="面向的劳务品牌"
        required
        options={brandOptions}
        value={values.brandCodes}
        onChange={(brandCodes) => set({ brandCodes })}
        hint="这些品牌的学员和意向劳动者会收到通知（可多选）"
        emptyText={brands === undefined ? '正在加载品牌…' : '本地区还没有劳务品牌'}
        error={errors.brandCodes}
      />
      <FormError message={formError} />
      <FormActions
        busy={busy}
        saveText="创建"
        busyText="正在创建…"
        onSave={() => void save()}
        onCancel={onCancel}
      />
    </View>
  );
}
