import { useState } from 'react';
import { Button, View } from '@tarojs/components';
import type { IssueCertificateRequest } from '@app/shared/api';
import { DateField, FormError, problemsSummary, TextField } from '../../../components/form-field';
import { useFormValues } from '../../../hooks/use-form';
import { ApiError, errorMessage, fieldErrors } from '../../../services/api-error';
import { chinaToday } from '../../../utils/catalogue';
import {
  CERTIFICATE_NO_MAX,
  checkCertificateForm,
  emptyCertificateForm,
  ISSUER_MAX,
  type CertificateForm,
} from '../certificate-form';

export interface IssueCertificateFormProps {
  /** The admin's region, for the issuer filled in at first. */
  regionCode: string | null;
  /** Issues the certificate; a rejected promise's ApiError is shown on the form. */
  onIssue: (input: IssueCertificateRequest) => Promise<void>;
  onCancel: () => void;
}

/** 发证: the certificate number, who issues it and on which day. */
export function IssueCertificateForm({ regionCode, onIssue, onCancel }: IssueCertificateFormProps) {
  const { values, errors, setErrors, set } = useFormValues<CertificateForm>(() =>
    emptyCertificateForm(regionCode),
  );
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const { errors: problems, input } = checkCertificateForm(values);
    setErrors(problems);
    setFormError(input ? null : problemsSummary(problems));
    if (!input) return;
    setBusy(true);
    try {
      await onIssue(input);
    } catch (e) {
      // A number already on another certificate belongs under its box, not in a summary.
      if (e instanceof ApiError && e.code === 'CERTIFICATE_NO_TAKEN') {
        setErrors({ certificateNo: e.message });
      } else {
        const fields = fieldErrors(e);
        setErrors({
          certificateNo: fields.certificateNo,
          issuer: fields.issuer,
          issuedOn: fields.issuedOn,
        });
        setFormError(errorMessage(e));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="issue-form">
      <TextField
        label="证书编号"
        required
        value={values.certificateNo}
        maxlength={CERTIFICATE_NO_MAX}
        placeholder="如 S000045090100123"
        onInput={(certificateNo) => set({ certificateNo })}
        error={errors.certificateNo}
      />
      <TextField
        label="发证机构"
        required
        value={values.issuer}
        maxlength={ISSUER_MAX}
        onInput={(issuer) => set({ issuer })}
        error={errors.issuer}
      />
      <DateField
        label="发证日期"
        required
        value={values.issuedOn}
        initial={chinaToday()}
        onChange={(issuedOn) => set({ issuedOn })}
        error={errors.issuedOn}
      />
      <FormError message={formError} />
      <View className="issue-form__actions">
        <Button className="btn-secondary" onClick={onCancel}>
          取消
        </Button>
        <Button className="btn-primary" disabled={busy || undefined} onClick={() => void submit()}>
          {busy ? '正在发证…' : '确认发证'}
        </Button>
      </View>
    </View>
  );
}
