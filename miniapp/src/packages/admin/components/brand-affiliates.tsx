import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { AffiliateInput, AffiliateView } from '@app/shared/api';
import { AFFILIATE_KIND_LABELS, AFFILIATE_KINDS } from '@app/shared/enums';
import {
  FormActions,
  FormError,
  problemsSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/form-field';
import { RegionPicker } from '../../../components/region-picker';
import { useFormSubmit, useFormValues } from '../../../hooks/use-form';
import { fieldErrors } from '../../../services/api-error';
import {
  AFFILIATE_DESCRIPTION_MAX,
  AFFILIATE_NAME_MAX,
  emptyAffiliateForm,
  validateAffiliateForm,
  type AffiliateErrors,
  type AffiliateForm,
} from '../affiliate-form';
import { serverFieldErrors } from '../brand-form';

const KIND_OPTIONS = AFFILIATE_KINDS.map((k) => ({ value: k, label: AFFILIATE_KIND_LABELS[k] }));
const FIELDS: (keyof AffiliateForm)[] = ['kind', 'name', 'regionCode', 'description'];

export interface BrandAffiliatesProps {
  affiliates: readonly AffiliateView[];
  /** Where a new unit is at first: the brand's own region. */
  brandRegion: string;
  /** Adds a unit; a rejected promise's ApiError is shown on the form. */
  onAdd: (input: AffiliateInput) => Promise<void>;
}

function AffiliateRow({ affiliate }: { affiliate: AffiliateView }) {
  return (
    <View className="affiliate-row">
      <View className="affiliate-row__head">
        <Text className="affiliate-row__name">{affiliate.name}</Text>
        <Text className="tag">{AFFILIATE_KIND_LABELS[affiliate.kind] ?? affiliate.kind}</Text>
        {affiliate.isDemo ? <Text className="tag tag--demo">演示</Text> : null}
      </View>
      {affiliate.regionName ? (
        <Text className="affiliate-row__meta">{affiliate.regionName}</Text>
      ) : null}
      {affiliate.description ? (
        <Text className="affiliate-row__text">{affiliate.description}</Text>
      ) : null}
    </View>
  );
}

/** 依托单位: the brand's training bases, studios, enterprises …, and a form to add one. */
export function BrandAffiliates({ affiliates, brandRegion, onAdd }: BrandAffiliatesProps) {
  const [open, setOpen] = useState(false);
  const { values, setValues, errors, setErrors, set } = useFormValues<AffiliateForm>(() =>
    emptyAffiliateForm(brandRegion),
  );
  const { busy, formError, setFormError, submit: send } = useFormSubmit<AffiliateErrors>(setErrors);

  const close = () => {
    setOpen(false);
    setValues(emptyAffiliateForm(brandRegion));
    setErrors({});
    setFormError(null);
  };

  const submit = () =>
    send({
      check: () => validateAffiliateForm(values),
      summary: problemsSummary,
      send: async (input) => {
        await onAdd(input);
        close();
      },
      serverErrors: (e) => serverFieldErrors(fieldErrors(e), FIELDS),
    });

  return (
    <View className="card admin-form">
      {affiliates.length ? (
        affiliates.map((a) => <AffiliateRow key={a.id} affiliate={a} />)
      ) : (
        <Text className="muted admin-form__note">还没有登记依托单位。</Text>
      )}
      {open ? (
        <View className="affiliate-form">
          <Text className="admin-form__subtitle">添加依托单位</Text>
          <SelectField
            label="单位类型"
            required
            options={KIND_OPTIONS}
            value={values.kind}
            onChange={(kind) => set({ kind })}
            error={errors.kind}
          />
          <TextField
            label="单位名称"
            required
            value={values.name}
            onInput={(name) => set({ name })}
            placeholder="如：福绵服装产业培训基地"
            maxlength={AFFILIATE_NAME_MAX}
            error={errors.name}
          />
          <RegionPicker
            label="所在地区"
            required
            wholeCity
            value={values.regionCode}
            onChange={(regionCode) => set({ regionCode })}
            error={errors.regionCode}
          />
          <TextAreaField
            label="简介（选填）"
            value={values.description}
            onInput={(description) => set({ description })}
            placeholder="做什么、有多大规模"
            maxlength={AFFILIATE_DESCRIPTION_MAX}
            error={errors.description}
          />
          <FormError message={formError} />
          <FormActions
            busy={busy}
            saveText="确定添加"
            busyText="正在添加…"
            onSave={() => void submit()}
            onCancel={close}
          />
        </View>
      ) : (
        <Button className="btn-secondary form-button admin-form__add" onClick={() => setOpen(true)}>
          添加依托单位
        </Button>
      )}
    </View>
  );
}
