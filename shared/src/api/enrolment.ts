import type { EnrolmentStatus, NotificationKind } from '../enums';
import type { LessonView, SessionListItem } from './catalogue';

export interface EnrolRequest {
  /** A key the app makes once per tap: repeating the request with it returns the first answer. */
  idempotencyKey?: string;
}

export interface EnrolmentView {
  id: string;
  sessionId: string;
  status: EnrolmentStatus;
  /** 1 for the head of the waitlist; null unless waitlisted. */
  waitlistPosition: number | null;
  /** The worker is in a priority group (脱贫人口, 防止返贫监测对象, 农村低收入人口): ahead on the waitlist. */
  priority: boolean;
  createdAt: string;
  session: SessionListItem;
  /** The next lesson that has not ended (it may be under way now); null when none is left. */
  nextLesson: LessonView | null;
  /** Lessons attended (present or late) of those counted so far; null before the first one. */
  attendance: EnrolmentAttendance | null;
}

export interface EnrolmentAttendance {
  attended: number;
  /** Lessons ended, plus any under way that the worker is already marked for. */
  counted: number;
}

export interface EnrolmentResponse {
  enrolment: EnrolmentView;
}

export interface EnrolmentListResponse {
  items: EnrolmentView[];
}

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Page to open in the app, e.g. /packages/catalogue/pages/session/index?id=… */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationListResponse {
  items: NotificationView[];
  unread: number;
}

/** A trainer of the session's provider, or an admin in scope, enrols a worker on their behalf. */
export interface AssistedEnrolRequest {
  workerId: string;
  /** Recorded with the enrolment. */
  reason: string;
}
