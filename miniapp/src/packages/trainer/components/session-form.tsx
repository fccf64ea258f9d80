import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { CourseView, SessionInput } from '@app/shared/api';
import {
  DateField,
  FormError,
  problemsSummary,
  SelectField,
  SwitchField,
  TextField,
} from '../../../components/form-field';
import { RegionPicker } from '../../../components/region-picker';
import { useFormSubmit } from '../../../hooks/use-form';
import { fieldErrors } from '../../../services/api-error';
import { chinaToday } from '../../../utils/catalogue';
import { currentPlace } from '../../../utils/location';
import {
  ADDRESS_MAX,
  coordinatesText,
  GEOFENCE_RADIUS_MAX,
  GEOFENCE_RADIUS_MIN,
  newLesson,
  SESSION_TITLE_MAX,
  sessionProblems,
  TOPIC_MAX,
  validateSessionForm,
  type LessonForm,
  type SessionErrors,
  type SessionField,
  type SessionForm as SessionFormValues,
} from '../session-form';
import './session-form.scss';

const NO_ERRORS: SessionErrors = { fields: {}, lessons: {} };

// currentPlace cannot tell a refusal from a phone without a fix, so the message covers both.
const LOCATION_UNAVAILABLE =
  '没有获取到当前位置。请允许获取位置信息（微信：右上角“···”→设置→位置信息）并打开手机定位后再试，或直接填写经纬度。';

/** A 400's per-field messages on the form: `lessons.2.endsAt` goes to the third lesson's row. */
function serverErrors(error: unknown, values: SessionFormValues): SessionErrors {
  const result: SessionErrors = { fields: {}, lessons: {} };
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    const [head, index] = field.split(/[.[\]]+/);
    if (head === 'lessons') {
      const row = index === undefined ? undefined : values.lessons[Number(index)];
      if (row) result.lessons[row.key] = message;
      else result.timetable = message;
    } else if (head === 'geofenceRadiusMeters') {
      // The request's name for what the form calls geofenceRadius.
      result.fields.geofenceRadius = message;
    } else if (head in values) {
      result.fields[head as SessionField] = message;
    }
  }
  return result;
}

function LessonRow({
  lesson,
  index,
  firstDay,
  error,
  onChange,
  onRemove,
}: {
  lesson: LessonForm;
  index: number;
  firstDay: string;
  error?: string;
  onChange: (change: Partial<LessonForm>) => void;
  onRemove: () => void;
}) {
  return (
    <View className="lesson-form">
      <View className="lesson-form__head">
        <Text className="lesson-form__title">第 {index + 1} 节</Text>
        <View className="lesson-form__remove" onClick={onRemove}>
          <Text>删除</Text>
        </View>
      </View>
      <DateField
        label="上课日期"
        value={lesson.date}
        initial={firstDay}
        onChange={(date) => onChange({ date })}
      />
      <View className="lesson-form__times">
        <DateField
          label="上课时间"
          mode="time"
          value={lesson.start}
          onChange={(start) => onChange({ start })}
        />
        <DateField
          label="下课时间"
          mode="time"
          value={lesson.end}
          onChange={(end) => onChange({ end })}
        />
      </View>
      <TextField
        label="内容"
        value={lesson.topic}
        onInput={(topic) => onChange({ topic })}
        placeholder="这节课学什么（选填）"
        maxlength={TOPIC_MAX}
      />
      {error ? <Text className="field__error lesson-form__error">{error}</Text> : null}
    </View>
  );
}

export interface SessionFormProps {
  initial: SessionFormValues;
  /** The provider's courses to choose from. */
  courses: readonly CourseView[];
  submitText: string;
  /** Sends the session; a rejected promise's ApiError is shown on the form. */
  onSubmit: (input: SessionInput) => Promise<void>;
}

/** A training session: course, where, when, seats, attendance, and its timetable. */
export function SessionForm({ initial, courses, submitText, onSubmit }: SessionFormProps) {
  const [values, setValues] = useState<SessionFormValues>(initial);
  const [errors, setErrors] = useState<SessionErrors>(NO_ERRORS);
  const { busy, formError, submit: send } = useFormSubmit<SessionErrors>(setErrors);
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState<string | null>(null);
  const today = chinaToday();

  const set = (change: Partial<Omit<SessionFormValues, 'lessons'>>) => {
    setValues((v) => ({ ...v, ...change }));
    setErrors((e) => {
      const fields = { ...e.fields };
      const keys = Object.keys(change) as SessionField[];
      // The switch's message is about the coordinates, and the radius's goes away with the switch.
      if ('latitude' in change || 'longitude' in change) keys.push('geofence');
      if ('geofence' in change) keys.push('geofenceRadius');
      for (const key of keys) delete fields[key];
      return { ...e, fields };
    });
  };
  const locate = async () => {
    setLocating(true);
    setLocateError(null);
    const place = await currentPlace();
    setLocating(false);
    if (place) set(coordinatesText(place));
    else setLocateError(LOCATION_UNAVAILABLE);
  };
  const setLessons = (update: (lessons: LessonForm[]) => LessonForm[], key?: string) => {
    setValues((v) => ({ ...v, lessons: update(v.lessons) }));
    setErrors((e) => {
      const lessons = { ...e.lessons };
      if (key) delete lessons[key];
      return { fields: e.fields, lessons };
    });
  };

  const courseOptions = courses
    .filter((c) => !c.archived || c.id === values.courseId)
    .map((c) => ({ value: c.id, label: `${c.title}（${c.brandName}）` }));
  const pickCourse = (courseId: string) => {
    const course = courses.find((c) => c.id === courseId);
    set(values.title || !course ? { courseId } : { courseId, title: course.title });
  };

  const submit = () =>
    send({
      check: () => validateSessionForm(values),
      summary: (problems) => problemsSummary(sessionProblems(problems)),
      send: onSubmit,
      serverErrors: (e) => serverErrors(e, values),
    });

  const { fields } = errors;
  return (
    <View className="card session-form">
      <SelectField
        label="课程"
        required
        options={courseOptions}
        value={values.courseId || null}
        onChange={pickCourse}
        error={fields.courseId}
      />
      <TextField
        label="班次名称"
        required
        value={values.title}
        onInput={(title) => set({ title })}
        placeholder="如：福绵裁缝12月班"
        maxlength={SESSION_TITLE_MAX}
        error={fields.title}
      />

      <Text className="form-section">上课地点</Text>
      <RegionPicker
        label="县（区）"
        required
        value={values.regionCode}
        onChange={(regionCode) => set({ regionCode })}
        error={fields.regionCode}
      />
      <TextField
        label="详细地址"
        required
        value={values.address}
        onInput={(address) => set({ address })}
        placeholder="街道、门牌号、教室"
        maxlength={ADDRESS_MAX}
        error={fields.address}
      />
      <TextField
        label="纬度"
        type="digit"
        value={values.latitude}
        onInput={(latitude) => set({ latitude })}
        placeholder="选填，如 22.63"
        maxlength={12}
        error={fields.latitude}
      />
      <TextField
        label="经度"
        type="digit"
        value={values.longitude}
        onInput={(longitude) => set({ longitude })}
        placeholder="选填，如 110.15"
        hint="填了经纬度，学员可以在地图上找到上课地点"
        maxlength={12}
        error={fields.longitude}
      />
      <Button
        className="btn-secondary form-button"
        disabled={locating || undefined}
        onClick={() => void locate()}
      >
        {locating ? '正在获取位置…' : '用当前位置'}
      </Button>
      {locateError ? (
        <Text className="field__error session-form__message">{locateError}</Text>
      ) : null}
      <SwitchField
        label="签到需在上课地点附近"
        checked={values.geofence}
        onChange={(geofence) => set({ geofence })}
        hint="开启后，学员扫码签到时手机要在上课地点附近"
      />
      {/* SwitchField has no message of its own: this one sits under it. */}
      {fields.geofence ? (
        <Text className="field__error session-form__message session-form__geofence-error">
          {fields.geofence}
        </Text>
      ) : null}
      {values.geofence ? (
        <TextField
          label="签到范围（米）"
          required
          type="number"
          value={values.geofenceRadius}
          onInput={(geofenceRadius) => set({ geofenceRadius })}
          placeholder={`${GEOFENCE_RADIUS_MIN} 到 ${GEOFENCE_RADIUS_MAX}`}
          hint="学员手机离上课地点在这个距离以内才能签到。手机定位常有几十米偏差，不要设得太小"
          maxlength={4}
          error={fields.geofenceRadius}
        />
      ) : null}

      <Text className="form-section">时间与名额</Text>
      <DateField
        label="开班日期"
        required
        value={values.startDate}
        initial={today}
        onChange={(startDate) => set({ startDate })}
        error={fields.startDate}
      />
      <DateField
        label="结束日期"
        required
        value={values.endDate}
        initial={values.startDate || today}
        onChange={(endDate) => set({ endDate })}
        error={fields.endDate}
      />
      <DateField
        label="报名开始日期"
        required
        value={values.enrolOpensAt}
        initial={today}
        onChange={(enrolOpensAt) => set({ enrolOpensAt })}
        error={fields.enrolOpensAt}
      />
      <DateField
        label="报名截止日期"
        required
        value={values.enrolClosesAt}
        initial={values.enrolOpensAt || today}
        onChange={(enrolClosesAt) => set({ enrolClosesAt })}
        hint="不能晚于开班日期"
        error={fields.enrolClosesAt}
      />
      <TextField
        label="名额"
        required
        type="number"
        value={values.capacity}
        onInput={(capacity) => set({ capacity })}
        placeholder="最多收多少名学员"
        maxlength={5}
        error={fields.capacity}
      />
      <TextField
        label="最低出勤率（%）"
        required
        type="digit"
        value={values.minAttendance}
        onInput={(minAttendance) => set({ minAttendance })}
        placeholder="如 80"
        hint="学员出勤达到这个比例才能结业"
        maxlength={5}
        error={fields.minAttendance}
      />
      <SwitchField
        label="补贴性培训"
        checked={values.subsidised}
        onChange={(subsidised) => set({ subsidised })}
        hint="符合条件的学员可以申领培训补贴"
      />

      <Text className="form-section">课程表</Text>
      {values.lessons.length === 0 ? (
        <Text className="muted session-form__empty">
          还没有排课。点“添加一节课”，填上课日期、上下课时间和内容。
        </Text>
      ) : null}
      {errors.timetable ? <Text className="field__error">{errors.timetable}</Text> : null}
      {values.lessons.map((lesson, index) => (
        <LessonRow
          key={lesson.key}
          lesson={lesson}
          index={index}
          firstDay={values.startDate || today}
          error={errors.lessons[lesson.key]}
          onChange={(change) =>
            setLessons(
              (all) => all.map((l) => (l.key === lesson.key ? { ...l, ...change } : l)),
              lesson.key,
            )
          }
          onRemove={() => setLessons((all) => all.filter((l) => l.key !== lesson.key), lesson.key)}
        />
      ))}
      <Button
        className="btn-secondary form-button"
        onClick={() =>
          setLessons((all) => [...all, newLesson(all[all.length - 1]?.date || values.startDate)])
        }
      >
        添加一节课
      </Button>

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
