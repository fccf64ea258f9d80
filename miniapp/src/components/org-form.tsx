import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { EmployerInput, EmployerView, ProviderInput, ProviderView } from '@app/shared/api';
import { PROVIDER_KIND_LABELS, PROVIDER_KINDS, type ProviderKind } from '@app/shared/enums';
import {
  isValidPhone,
  normalizePhone,
  PHONE_PROBLEM_MESSAGE,
  validateSocialCreditCode,
} from '@app/shared/validators';
import { useFormSubmit } from '../hooks/use-form';
import { fieldErrors } from '../services/api-error';
import { FormError, problemsSummary, SelectField, TextAreaField, TextField } from './form-field';
import { RegionPicker } from './region-picker';
import './form.scss';

export interface OrgFormValues {
  kind: ProviderKind | null;
  name: string;
  creditCode: string;
  regionCode: string;
  address: string;
  contactName: string;
  contactPhone: string;
  description: string;
}

export type OrgFormErrors = Partial<Record<keyof OrgFormValues, string>>;

const KIND_OPTIONS = PROVIDER_KINDS.map((k) => ({ value: k, label: PROVIDER_KIND_LABELS[k] }));

function valuesFrom(org: EmployerView | ProviderView | null | undefined): OrgFormValues {
  return {
    kind: org && 'kind' in org ? org.kind : null,
    name: org?.name ?? '',
    creditCode: org?.creditCode ?? '',
    regionCode: org?.regionCode ?? '',
    address: org?.address ?? '',
    contactName: org?.contactName ?? '',
    // Own staff get the number unmasked; a masked one (with *) has to be typed again.
    contactPhone: org && !org.contactPhone.includes('*') ? org.contactPhone : '',
    description: org?.description ?? '',
  };
}

/** Checks an employer's or provider's application with the shared validators. */
export function validateOrgForm(
  values: OrgFormValues,
  withKind: boolean,
): { errors: OrgFormErrors; input: EmployerInput | null; kind: ProviderKind | null } {
  const errors: OrgFormErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = '请填写单位全称（和营业执照一致）';
  else if (name.length > 100) errors.name = '名称不能超过100个字';
  if (withKind && !values.kind) errors.kind = '请选择机构类型';
  const credit = validateSocialCreditCode(values.creditCode);
  if (!values.creditCode.trim()) errors.creditCode = '请填写统一社会信用代码';
  else if (!credit.ok) errors.creditCode = credit.message;
  if (!values.regionCode) errors.regionCode = '请选择所在地区';
  const address = values.address.trim();
  if (!address) errors.address = '请填写详细地址';
  const contactName = values.contactName.trim();
  if (!contactName) errors.contactName = '请填写联系人姓名';
  const phone = isValidPhone(values.contactPhone) ? normalizePhone(values.contactPhone) : null;
  if (!phone) errors.contactPhone = PHONE_PROBLEM_MESSAGE;
  if (Object.keys(errors).length > 0 || !credit.ok || !phone) {
    return { errors, input: null, kind: null };
  }
  const input: EmployerInput = {
    name,
    creditCode: credit.normalized,
    regionCode: values.regionCode,
    address,
    contactName,
    contactPhone: phone,
  };
  const description = values.description.trim();
  if (description) input.description = description;
  return { errors, input, kind: values.kind };
}

export interface OrgFormProps {
  kind: 'employer' | 'provider';
  /** The stored application, when correcting one. */
  initial?: EmployerView | ProviderView | null;
  submitText: string;
  /** Sends the application; a rejected promise's ApiError is shown on the form. */
  onSubmit: (input: EmployerInput | ProviderInput) => Promise<void>;
}

/** The sign-up form of an employer (用人单位) or a training provider (培训机构). */
export function OrgForm({ kind, initial, submitText, onSubmit }: OrgFormProps) {
  const isProvider = kind === 'provider';
  const [values, setValues] = useState<OrgFormValues>(() => valuesFrom(initial));
  const [errors, setErrors] = useState<OrgFormErrors>({});
  const { busy, formError, submit: send } = useFormSubmit<OrgFormErrors>(setErrors);

  const set = <K extends keyof OrgFormValues>(key: K, value: OrgFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = () =>
    send({
      check: () => {
        const { errors: problems, input, kind: picked } = validateOrgForm(values, isProvider);
        return {
          errors: problems,
          input: input && isProvider && picked ? { ...input, kind: picked } : input,
        };
      },
      summary: problemsSummary,
      send: onSubmit,
      serverErrors: (e) => {
        const fields: OrgFormErrors = {};
        for (const [field, message] of Object.entries(fieldErrors(e))) {
          const key = field.split(/[.[]/)[0] as keyof OrgFormValues;
          if (key in values) fields[key] = message;
        }
        return fields;
      },
    });

  return (
    <View className="card org-form">
      <TextField
        label={isProvider ? '机构名称' : '单位名称'}
        required
        value={values.name}
        onInput={(v) => set('name', v)}
        placeholder="和营业执照上的名称一致"
        maxlength={100}
        error={errors.name}
      />
      {isProvider ? (
        <SelectField
          label="机构类型"
          required
          options={KIND_OPTIONS}
          value={values.kind}
          onChange={(v) => set('kind', v)}
          error={errors.kind}
        />
      ) : null}
      <TextField
        label="统一社会信用代码"
        required
        value={values.creditCode}
        onInput={(v) => set('creditCode', v.toUpperCase())}
        placeholder="营业执照上的18位代码"
        maxlength={18}
        error={errors.creditCode}
      />
      <RegionPicker
        label="所在地区"
        required
        value={values.regionCode}
        onChange={(code) => set('regionCode', code)}
        error={errors.regionCode}
      />
      <TextField
        label="详细地址"
        required
        value={values.address}
        onInput={(v) => set('address', v)}
        placeholder="街道、门牌号"
        maxlength={200}
        error={errors.address}
      />
      <TextField
        label="联系人"
        required
        value={values.contactName}
        onInput={(v) => set('contactName', v)}
        placeholder="联系人姓名"
        maxlength={30}
        error={errors.contactName}
      />
      <TextField
        label="联系电话"
        required
        type="number"
        maxlength={11}
        value={values.contactPhone}
        onInput={(v) => set('contactPhone', v)}
        placeholder="11位手机号"
        error={errors.contactPhone}
      />
      <TextAreaField
        label={isProvider ? '机构简介' : '单位简介'}
        value={values.description}
        onInput={(v) => set('description', v)}
        placeholder={isProvider ? '开设哪些培训、有哪些老师（选填）' : '主要业务、用工需求（选填）'}
        maxlength={500}
        error={errors.description}
      />
      <FormError message={formError} />
      <Button
        className="btn-primary form-button"
        disabled={busy || undefined}
        onClick={() => void submit()}
      >
        {busy ? '正在提交…' : submitText}
      </Button>
      <Text className="muted">
        提交后由当地人社部门审核，审核结果会在“{isProvider ? '机构信息' : '单位信息'}”里显示。
      </Text>
    </View>
  );
}
