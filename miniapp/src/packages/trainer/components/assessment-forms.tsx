import { View } from '@tarojs/components';
import type {
  AssessmentResultRequest,
  CertificationView,
  ScheduleAssessmentRequest,
} from '@app/shared/api';
import { Chips } from '../../../components/chips';
import {
  DateField,
  FormActions,
  FormError,
  FormField,
  problemsSummary,
  TextField,
} from '../../../components/form-field';
import { useFormSubmit, useFormValues } from '../../../hooks/use-form';
import { fieldErrors } from '../../../services/api-error';
import { chinaDateTime, chinaToday } from '../../../utils/catalogue';
import {
  checkResult,
  checkSchedule,
  PLACE_MAX,
  type ResultErrors,
  type ResultForm,
  type ScheduleErrors,
  type ScheduleForm,
} from '../assessment-form';
import './assessment-forms.scss';

interface StepFormProps<I> {
  item: CertificationView;
  /** Sends the step; a rejected promise's ApiError is shown on the form. */
  onSave: (input: I) => Promise<void>;
  onCancel: () => void;
}

/** 安排考核 (or 重新安排): the day, the start time (China time) and the place; opens on the current one. */
export function ScheduleAssessmentForm({
  item,
  onSave,
  onCancel,
}: StepFormProps<ScheduleAssessmentRequest>) {
  const { values, errors, setErrors, set } = useFormValues<ScheduleForm>(() => {
    const current = item.scheduledAt ? chinaDateTime(item.scheduledAt) : null;
    return { date: current?.date ?? '', time: current?.time ?? '09:00', place: item.place ?? '' };
  });
  const { busy, formError, submit } = useFormSubmit<ScheduleErrors>(setErrors);
  const save = () =>
    void submit({
      check: () => checkSchedule(values),
      summary: problemsSummary,
      send: onSave,
      serverErrors: (e) => {
        const fields = fieldErrors(e);
        return { date: fields.scheduledAt, place: fields.place };
      },
    });
  return (
    <View className="assessment-form">
      <DateField
        label="考核日期"
        required
        value={values.date}
        initial={chinaToday()}
        onChange={(date) => set({ date })}
        error={errors.date}
      />
      <DateField
        label="开始时间"
        mode="time"
        required
        value={values.time}
        onChange={(time) => set({ time })}
        error={errors.time}
      />
      <TextField
        label="考核地点"
        required
        value={values.place}
        maxlength={PLACE_MAX}
        placeholder="如：福绵区职业技能鉴定所3楼"
        onInput={(place) => set({ place })}
        error={errors.place}
      />
      <FormError message={formError} />
      <FormActions busy={busy} saveText="保存安排" onSave={save} onCancel={onCancel} />
    </View>
  );
}

const RESULT_CHIPS = [
  { value: 'passed', label: '通过' },
  { value: 'failed', label: '未通过' },
] as const;

/** 录入成绩: the score (0–100) and whether the worker passed; the server takes it once. */
export function RecordResultForm({ onSave, onCancel }: StepFormProps<AssessmentResultRequest>) {
  const { values, errors, setErrors, set } = useFormValues<ResultForm>({ score: '', result: '' });
  const { busy, formError, submit } = useFormSubmit<ResultErrors>(setErrors);
  const save = () =>
    void submit({
      check: () => checkResult(values),
      summary: problemsSummary,
      send: onSave,
      serverErrors: (e) => {
        const fields = fieldErrors(e);
        return { score: fields.score, result: fields.passed };
      },
    });
  return (
    <View className="assessment-form">
      <TextField
        label="成绩（分）"
        required
        type="number"
        maxlength={3}
        value={values.score}
        placeholder="0到100的整数"
        onInput={(score) => set({ score })}
        error={errors.score}
      />
      <FormField label="考核结果" required error={errors.result}>
        <Chips
          chips={RESULT_CHIPS}
          value={values.result}
          onChange={(result: ResultForm['result']) => set({ result })}
        />
      </FormField>
      <FormError message={formError} />
      <FormActions busy={busy} saveText="保存成绩" onSave={save} onCancel={onCancel} />
    </View>
  );
}
