import type { SessionDetail, SessionInput } from '@app/shared/api';
import { chinaDateTime, chinaIso } from '../../utils/catalogue';
import type { Place } from '../../utils/location';

/** The server's limits. */
export const SESSION_TITLE_MAX = 64;
export const ADDRESS_MAX = 200;
export const TOPIC_MAX = 64;
export const CAPACITY_MAX = 10000;
/** The check-in geofence's radius in metres: the server's limits, and what a new one starts at. */
export const GEOFENCE_RADIUS_MIN = 50;
export const GEOFENCE_RADIUS_MAX = 5000;
export const GEOFENCE_RADIUS_DEFAULT = 300;

/** One row of the timetable as typed: a day, the start and end time ('09:00'), what is taught. */
export interface LessonForm {
  /** A local key for React and for the row's messages. */
  key: string;
  date: string;
  start: string;
  end: string;
  topic: string;
}

/** The session form as typed: numbers are still text, the attendance rate a percentage. */
export interface SessionForm {
  courseId: string;
  title: string;
  regionCode: string;
  address: string;
  latitude: string;
  longitude: string;
  /** 签到需在上课地点附近: a QR check-in must carry a location within the radius of the coordinates. */
  geofence: boolean;
  /** Metres, as typed; kept while the switch is off so turning it back on restores it. */
  geofenceRadius: string;
  startDate: string;
  endDate: string;
  enrolOpensAt: string;
  enrolClosesAt: string;
  capacity: string;
  subsidised: boolean;
  /** 0–100. */
  minAttendance: string;
  lessons: LessonForm[];
}

export type SessionField = Exclude<keyof SessionForm, 'lessons'>;

export interface SessionErrors {
  fields: Partial<Record<SessionField, string>>;
  /** By the lesson row's key. */
  lessons: Record<string, string>;
  /** About the timetable as a whole (none yet). */
  timetable?: string;
}

let lessonCounter = 0;

export function newLesson(date = ''): LessonForm {
  lessonCounter += 1;
  return { key: `l${lessonCounter}`, date, start: '09:00', end: '12:00', topic: '' };
}

export function emptySessionForm(): SessionForm {
  return {
    courseId: '',
    title: '',
    regionCode: '',
    address: '',
    latitude: '',
    longitude: '',
    geofence: false,
    geofenceRadius: String(GEOFENCE_RADIUS_DEFAULT),
    startDate: '',
    endDate: '',
    enrolOpensAt: '',
    enrolClosesAt: '',
    capacity: '',
    subsidised: true,
    minAttendance: '80',
    lessons: [],
  };
}

/** A stored session as a form, its lessons read in China time. */
export function sessionFormFrom(session: SessionDetail): SessionForm {
  return {
    courseId: session.courseId,
    title: session.title,
    regionCode: session.regionCode,
    address: session.address,
    latitude: session.latitude === null ? '' : String(session.latitude),
    longitude: session.longitude === null ? '' : String(session.longitude),
    geofence: session.geofenceRadiusMeters !== null,
    geofenceRadius: String(session.geofenceRadiusMeters ?? GEOFENCE_RADIUS_DEFAULT),
    startDate: session.startDate,
    endDate: session.endDate,
    enrolOpensAt: session.enrolOpensAt.slice(0, 10),
    enrolClosesAt: session.enrolClosesAt.slice(0, 10),
    capacity: String(session.capacity),
    subsidised: session.subsidised,
    minAttendance: String(Math.round(session.minAttendanceRate * 100)),
    lessons: [...session.lessons]
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((lesson) => {
        const start = chinaDateTime(lesson.startsAt);
        return {
          ...newLesson(start.date),
          start: start.time,
          end: chinaDateTime(lesson.endsAt).time,
          topic: lesson.topic,
        };
      }),
  };
}

/**
 * The phone's location as the coordinates' text. Six decimals are about 0.1 m, far finer than a
 * phone's fix, and keep the text within the boxes' 12 characters (the fix has many more digits).
 */
export function coordinatesText(place: Place): Pick<SessionForm, 'latitude' | 'longitude'> {
  const text = (value: number) => String(Number(value.toFixed(6)));
  return { latitude: text(place.latitude), longitude: text(place.longitude) };
}

const isDecimal = (text: string) => /^-?\d+(\.\d+)?$/.test(text.trim());

/** A coordinate typed as text: null when empty, NaN when unreadable or out of range. */
function coordinate(text: string, limit: number): number | null {
  if (!text.trim()) return null;
  if (!isDecimal(text)) return Number.NaN;
  const value = Number(text.trim());
  return Math.abs(value) <= limit ? value : Number.NaN;
}

/**
 * The server's rules, checked before anything is sent (end not before start, capacity above 0, each
 * lesson on a day of the session and ending after it starts, enrolment closing by the start date),
 * and the request built from the form; `input` is null when something needs fixing.
 */
export function validateSessionForm(form: SessionForm): {
  errors: SessionErrors;
  input: SessionInput | null;
} {
  const fields: SessionErrors['fields'] = {};
  const lessons: SessionErrors['lessons'] = {};

  if (!form.courseId) fields.courseId = '请选择课程';
  const title = form.title.trim();
  if (!title) fields.title = '请填写班次名称';
  else if (title.length > SESSION_TITLE_MAX)
    fields.title = `班次名称不能超过${SESSION_TITLE_MAX}个字`;
  if (!form.regionCode) fields.regionCode = '请选择上课的县（区）';
  const address = form.address.trim();
  if (!address) fields.address = '请填写上课地址';
  else if (address.length < 2 || address.length > ADDRESS_MAX) {
    fields.address = `上课地址应为2到${ADDRESS_MAX}个字`;
  }

  const latitude = coordinate(form.latitude, 90);
  const longitude = coordinate(form.longitude, 180);
  if (Number.isNaN(latitude)) fields.latitude = '纬度请填 -90 到 90 之间的数字';
  if (Number.isNaN(longitude)) fields.longitude = '经度请填 -180 到 180 之间的数字';
  if (!fields.latitude && !fields.longitude && (latitude === null) !== (longitude === null)) {
    fields[latitude === null ? 'latitude' : 'longitude'] = '纬度和经度要一起填，或者都不填';
  }

  // Off is sent as null (not left out) so that turning the switch off removes a stored geofence.
  let geofenceRadiusMeters: number | null = null;
  if (form.geofence) {
    // The server measures the distance from these coordinates; without them it refuses the radius.
    if (latitude === null || longitude === null) {
      fields.geofence = '开启前请先填写上课地点的经纬度';
    }
    const radiusText = form.geofenceRadius.trim();
    const radius = Number(radiusText);
    if (!radiusText) fields.geofenceRadius = '请填写签到范围';
    else if (
      !/^\d+$/.test(radiusText) ||
      radius < GEOFENCE_RADIUS_MIN ||
      radius > GEOFENCE_RADIUS_MAX
    ) {
      fields.geofenceRadius = `签到范围请填 ${GEOFENCE_RADIUS_MIN} 到 ${GEOFENCE_RADIUS_MAX} 之间的整数（米）`;
    } else geofenceRadiusMeters = radius;
  }

  if (!form.startDate) fields.startDate = '请选择开班日期';
  if (!form.endDate) fields.endDate = '请选择结束日期';
  else if (form.startDate && form.endDate < form.startDate) {
    fields.endDate = '结束日期不能早于开班日期';
  }
  if (!form.enrolOpensAt) fields.enrolOpensAt = '请选择报名开始日期';
  if (!form.enrolClosesAt) fields.enrolClosesAt = '请选择报名截止日期';
  else if (form.enrolOpensAt && form.enrolClosesAt < form.enrolOpensAt) {
    fields.enrolClosesAt = '报名截止日期不能早于报名开始日期';
  } else if (form.startDate && form.enrolClosesAt > form.startDate) {
    fields.enrolClosesAt = '报名截止日期不能晚于开班日期';
  }

  const capacityText = form.capacity.trim();
  const capacity = Number(capacityText);
  if (!capacityText) fields.capacity = '请填写名额';
  else if (!/^\d+$/.test(capacityText)) fields.capacity = '名额请填整数';
  else if (capacity <= 0) fields.capacity = '名额要大于0';
  else if (capacity > CAPACITY_MAX) fields.capacity = `名额不能超过${CAPACITY_MAX}`;

  const rateText = form.minAttendance.trim();
  const percent = Number(rateText);
  if (!rateText || !isDecimal(rateText) || percent < 0 || percent > 100) {
    fields.minAttendance = '最低出勤率请填 0 到 100 之间的数字';
  }

  const datesKnown = !!form.startDate && !!form.endDate && !fields.endDate;
  for (const lesson of form.lessons) {
    const topic = lesson.topic.trim();
    let problem: string | undefined;
    if (!lesson.date) problem = '请选择上课日期';
    else if (datesKnown && (lesson.date < form.startDate || lesson.date > form.endDate)) {
      problem = `上课日期要在 ${form.startDate} 到 ${form.endDate} 之间`;
    } else if (!lesson.start || !lesson.end) problem = '请选择上课和下课时间';
    else if (lesson.end <= lesson.start) problem = '下课时间要晚于上课时间';
    else if (topic.length > TOPIC_MAX) problem = `内容不能超过${TOPIC_MAX}个字`;
    if (problem) lessons[lesson.key] = problem;
  }

  const timetable = form.lessons.length === 0 ? '至少安排一次课' : undefined;

  const errors: SessionErrors = timetable ? { fields, lessons, timetable } : { fields, lessons };
  if (Object.keys(fields).length > 0 || Object.keys(lessons).length > 0 || timetable) {
    return { errors, input: null };
  }
  return {
    errors,
    input: {
      courseId: form.courseId,
      title,
      regionCode: form.regionCode,
      address,
      latitude,
      longitude,
      geofenceRadiusMeters,
      startDate: form.startDate,
      endDate: form.endDate,
      enrolOpensAt: form.enrolOpensAt,
      enrolClosesAt: form.enrolClosesAt,
      capacity,
      subsidised: form.subsidised,
      minAttendanceRate: Math.round(percent * 100) / 10000,
      lessons: form.lessons.map((l) => ({
        startsAt: chinaIso(l.date, l.start),
        endsAt: chinaIso(l.date, l.end),
        topic: l.topic.trim(),
      })),
    },
  };
}

/** Every message, fields first then the timetable, for the summary above the button. */
export function sessionProblems(errors: SessionErrors): Record<string, string | undefined> {
  return { ...errors.fields, timetable: errors.timetable, ...errors.lessons };
}
