import { View } from '@tarojs/components';
import type { CourseInput, CourseView, OccupationView } from '@app/shared/api';
import { CERTIFICATE_LEVEL_LABELS, CERTIFICATE_TYPES } from '@app/shared/enums';
import {
  FormActions,
  FormError,
  problemsSummary,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../components/form-field';
import { useBrandOptions } from '../../../hooks/use-catalogue';
import { useLoad } from '../../../hooks/use-load';
import { api } from '../../../services/api';
import { useFormSubmit, useFormValues } from '../../../hooks/use-form';
import { fieldErrors } from '../../../services/api-error';
import { LEVELLED } from '../../../utils/certificate';
import {
  COURSE_DESCRIPTION_MAX,
  COURSE_TITLE_MAX,
  courseFormFrom,
  levelsFor,
  validateCourseForm,
  type CourseErrors,
  type CourseForm as CourseFormValues,
} from '../course-form';

const TYPE_OPTIONS = CERTIFICATE_TYPES.map((t) => ({ value: t, label: t }));

export interface CourseFormProps {
  /** The course being changed; null for a new one. */
  initial: CourseView | null;
  /** Sends the course; a rejected promise's ApiError is shown on the form. */
  onSubmit: (input: CourseInput) => Promise<void>;
  onCancel: () => void;
}

/** A provider's course: brand, occupation of that brand, title, hours, certificate, description. */
export function CourseForm({ initial, onSubmit, onCancel }: CourseFormProps) {
  const { values, errors, setErrors, set } = useFormValues<CourseFormValues>(() =>
    courseFormFrom(initial),
  );
  const { busy, formError, submit: send } = useFormSubmit<CourseErrors>(setErrors);
  const brands = useBrandOptions();
  const occupations = useLoad<OccupationView[]>(
    () =>
      values.brandCode
        ? api.listOccupations({ brandCode: values.brandCode }).then((res) => res.items)
        : Promise.resolve([]),
    values.brandCode,
  );
  const occupation = occupations.data?.find((o) => o.code === values.occupationCode);
  const levelOptions = levelsFor(occupation).map((level) => ({
    value: String(level),
    label: CERTIFICATE_LEVEL_LABELS[level],
  }));

  const pickOccupation = (code: string) => {
    const picked = occupations.data?.find((o) => o.code === code);
    const allowed = levelsFor(picked).map(String);
    set({
      occupationCode: code,
      // The occupation decides the certificate; a level it does not offer is dropped.
      certificateType: picked?.certificateType ?? values.certificateType,
      certificateLevel: allowed.includes(values.certificateLevel) ? values.certificateLevel : '',
    });
  };

  const submit = () =>
    send({
      check: () => validateCourseForm(values),
      summary: problemsSummary,
      send: onSubmit,
      serverErrors: (e) => {
        const fields: CourseErrors = {};
        for (const [field, message] of Object.entries(fieldErrors(e))) {
          if (field in values) fields[field as keyof CourseErrors] = message;
        }
        return fields;
      },
    });

  const brandOptions = (brands.data ?? []).map((b) => ({ value: b.code, label: b.name }));
  const occupationOptions = (occupations.data ?? []).map((o) => ({ value: o.code, label: o.name }));
  let occupationHint: string | undefined;
  if (!values.brandCode) occupationHint = '先选品牌';
  else if (occupations.error) occupationHint = '培训职业加载失败，请重新选择品牌';
  else if (occupations.data?.length === 0) occupationHint = '这个品牌还没有培训职业';

  return (
    <View className="card course-form">
      <SelectField
        label="品牌"
        required
        options={brandOptions}
        value={values.brandCode || null}
        onChange={(code) => set({ brandCode: code, occupationCode: '' })}
        placeholder={brands.error ? '品牌加载失败' : brands.data ? '请选择品牌' : '加载中…'}
        error={errors.brandCode}
      />
      <SelectField
        label="培训职业"
        required
        options={occupationOptions}
        value={values.occupationCode || null}
        onChange={pickOccupation}
        hint={occupationHint}
        error={errors.occupationCode}
      />
      <TextField
        label="课程名称"
        required
        value={values.title}
        onInput={(title) => set({ title })}
        placeholder="如：母婴护理员（初级）培训"
        maxlength={COURSE_TITLE_MAX}
        error={errors.title}
      />
      <TextField
        label="课时"
        required
        type="number"
        value={values.hours}
        onInput={(hours) => set({ hours })}
        placeholder="总课时数，如 40"
        maxlength={4}
        error={errors.hours}
      />
      <SelectField
        label="证书类型"
        required
        options={TYPE_OPTIONS}
        value={values.certificateType}
        onChange={(certificateType) => set({ certificateType })}
        error={errors.certificateType}
      />
      {values.certificateType === LEVELLED ? (
        <SelectField
          label="证书等级"
          required
          options={levelOptions}
          value={values.certificateLevel || null}
          onChange={(certificateLevel) => set({ certificateLevel })}
          error={errors.certificateLevel}
        />
      ) : null}
      <TextAreaField
        label="课程介绍"
        value={values.description}
        onInput={(description) => set({ description })}
        placeholder="学什么、怎么考、适合什么人（选填）"
        maxlength={COURSE_DESCRIPTION_MAX}
        error={errors.description}
      />
      <FormError message={formError} />
      <FormActions
        busy={busy}
        saveText="保存课程"
        onSave={() => void submit()}
        onCancel={onCancel}
      />
    </View>
  );
}
