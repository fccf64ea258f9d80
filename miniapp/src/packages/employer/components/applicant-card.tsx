import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { ApplicationStepRequest, ApplicationView, HireRequest } from '@app/shared/api';
import {
  APPLICATION_STATUS_LABELS,
  CONTRACT_KINDS,
  CONTRACT_KIND_LABELS,
  type ApplicationStatus,
} from '@app/shared/enums';
import {
  DateField,
  FormActions,
  FormError,
  problemsSummary,
  SelectField,
  SwitchField,
  TextField,
} from '../../../components/form-field';
import { Timeline } from '../../../components/timeline';
import { useFormSubmit, useFormValues } from '../../../hooks/use-form';
import { fieldErrors } from '../../../services/api-error';
import { certificationKindText } from '../../../utils/certificate';
import { chinaDateTime, chinaToday } from '../../../utils/catalogue';
import { formatDateTime, listText } from '../../../utils/format';
import {
  INTERVIEW_PLACE_MAX,
  NOTE_MAX,
  validateHire,
  validateInterview,
  type HireErrors,
  type HireForm as HireFormValues,
  type InterviewErrors,
  type InterviewForm as InterviewFormValues,
} from '../applicant-steps';
import './applicant-card.scss';

const STATUS_TONE: Readonly<Record<ApplicationStatus, string>> = {
  applied: 'tag--demo',
  viewed: '',
  interview: 'tag--demo',
  offered: 'tag--subsidy',
  hired: 'tag--subsidy',
  rejected: 'tag--warn',
  withdrawn: '',
};

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="applicant__row">
      <Text className="applicant__label">{label}</Text>
      <Text className="applicant__value">{value || '—'}</Text>
    </View>
  );
}

/**
 * One candidate as the employer sees them once they applied: name, phone, county, certificates,
 * skills, where the application stands, the interview, and every step so far.
 */
export function ApplicantCard({
  application: a,
  children,
}: {
  application: ApplicationView;
  children?: ReactNode;
}) {
  const { candidate } = a;
  const certificates = candidate.certificates.map(
    (c) => `${c.occupationName}（${certificationKindText(c.type, c.level)}）`,
  );
  return (
    <View className="card applicant">
      <View className="applicant__head">
        <Text className="applicant__name">{candidate.name}</Text>
        <Text className={`tag ${STATUS_TONE[a.status]}`}>
          {APPLICATION_STATUS_LABELS[a.status]}
        </Text>
      </View>
      <Row label="电话" value={candidate.phone ?? ''} />
      <Row label="现居" value={candidate.countyName} />
      <Row label="证书" value={certificates.length ? certificates.join('；') : '暂无'} />
      <Row label="技能" value={listText(candidate.skills)} />
      {a.interviewAt ? (
        <Row label="面试" value={`${formatDateTime(a.interviewAt)} ${a.interviewPlace ?? ''}`} />
      ) : null}
      <Timeline labels={APPLICATION_STATUS_LABELS} events={a.timeline} />
      {children ? <View className="applicant__more">{children}</View> : null}
    </View>
  );
}

interface StepFormProps<I> {
  application: ApplicationView;
  /** Sends the step; a rejected promise's ApiError is shown on the form. */
  onSave: (input: I) => Promise<void>;
  onCancel: () => void;
}

/** 安排面试 (or 改期): the day, the time (China time), the place and a note; opens on the current one. */
export function InterviewForm({
  application,
  onSave,
  onCancel,
}: StepFormProps<ApplicationStepRequest>) {
  const { values, errors, setErrors, set } = useFormValues<InterviewFormValues>(() => {
    const current = application.interviewAt ? chinaDateTime(application.interviewAt) : null;
    return {
      date: current?.date ?? '',
      time: current?.time ?? '09:00',
      place: application.interviewPlace ?? '',
      note: '',
    };
  });
  const { busy, formError, submit } = useFormSubmit<InterviewErrors>(setErrors);
  const today = chinaToday();
  const save = () =>
    void submit({
      check: () => validateInterview(values, today),
      summary: problemsSummary,
      send: onSave,
      serverErrors: (e) => {
        const fields = fieldErrors(e);
        return { date: fields.interviewAt, place: fields.interviewPlace, note: fields.note };
      },
    });
  return (
    <View className="applicant__form">
      <DateField
        label="面试日期"
        required
        value={values.date}
        initial={today}
        onChange={(date) => set({ date })}
        error={errors.date}
      />
      <DateField
        label="面试时间"
        required
        mode="time"
        value={values.time}
        onChange={(time) => set({ time })}
        error={errors.time}
      />
      <TextField
        label="面试地点"
        required
        value={values.place}
        onInput={(place) => set({ place })}
        placeholder="如：福绵镇服装产业园8号 人事部"
        maxlength={INTERVIEW_PLACE_MAX}
        error={errors.place}
      />
      <TextField
        label="备注"
        value={values.note}
        onInput={(note) => set({ note })}
        placeholder="带什么材料、找谁（选填）"
        maxlength={NOTE_MAX}
        error={errors.note}
      />
      <FormError message={formError} />
      <FormActions
        className="applicant__form-actions"
        busy={busy}
        saveText="通知面试"
        onSave={save}
        onCancel={onCancel}
      />
    </View>
  );
}

const CONTRACT_OPTIONS = CONTRACT_KINDS.map((kind) => ({
  value: kind,
  label: CONTRACT_KIND_LABELS[kind],
}));

/** 办理入职: the start date, the contract as it stands, and whether 社保 is paid. */
export function HireForm({ onSave, onCancel }: StepFormProps<HireRequest>) {
  const { values, errors, setErrors, set } = useFormValues<HireFormValues>({
    startDate: '',
    contract: '',
    socialInsurance: true,
  });
  const { busy, formError, submit } = useFormSubmit<HireErrors>(setErrors);
  const save = () =>
    void submit({
      check: () => validateHire(values),
      summary: problemsSummary,
      send: onSave,
      serverErrors: (e) => {
        const fields = fieldErrors(e);
        return { startDate: fields.startDate, contract: fields.contract };
      },
    });
  return (
    <View className="applicant__form">
      <DateField
        label="入职日期"
        required
        value={values.startDate}
        initial={chinaToday()}
        onChange={(startDate) => set({ startDate })}
        error={errors.startDate}
      />
      <SelectField
        label="劳动合同"
        required
        options={CONTRACT_OPTIONS}
        value={values.contract || null}
        onChange={(contract) => set({ contract })}
        error={errors.contract}
      />
      <SwitchField
        label="缴纳社保"
        checked={values.socialInsurance}
        onChange={(socialInsurance) => set({ socialInsurance })}
      />
      <FormError message={formError} />
      <FormActions
        className="applicant__form-actions"
        busy={busy}
        saveText="确认入职"
        onSave={save}
        onCancel={onCancel}
      />
    </View>
  );
}
