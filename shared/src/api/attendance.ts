import type { AttendanceMethod, AttendanceStatus, EnrolmentStatus } from '../enums';
import type { LessonView } from './catalogue';

/** One mark as the trainer's phone recorded it (possibly offline, synced later). */
export interface AttendanceMarkInput {
  /** Made once on the device per mark; applying the same mark twice changes nothing. */
  mutationId: string;
  lessonId: string;
  workerId: string;
  status: AttendanceStatus;
  /** When the trainer marked it (device time, ISO with offset); the latest mark wins. */
  markedAt: string;
  /** import: typed in afterwards from a paper sign-in sheet or another system. */
  method: Extract<AttendanceMethod, 'roll_call' | 'offline' | 'import'>;
}

export interface AttendanceSyncRequest {
  marks: AttendanceMarkInput[];
}

export interface AttendanceSyncResult {
  mutationId: string;
  /** applied: stored; duplicate: this mark was stored before; stale: a later mark is already stored. */
  outcome: 'applied' | 'duplicate' | 'stale';
}

export interface AttendanceSyncResponse {
  results: AttendanceSyncResult[];
}

export interface RosterMark {
  lessonId: string;
  status: AttendanceStatus;
  method: AttendanceMethod;
  markedAt: string;
}

export interface RosterEntry {
  enrolmentId: string;
  workerId: string;
  realName: string;
  enrolmentStatus: EnrolmentStatus;
  marks: RosterMark[];
  /** Present or late, over the lessons held so far (0–1); null before the first lesson. */
  attendanceRate: number | null;
  /** Below the session's minimum rate so far (the absentee / at-risk list). */
  atRisk: boolean;
}

export interface RosterResponse {
  sessionId: string;
  sessionTitle: string;
  /** Completion needs at least this share of lessons attended (0–1). */
  minAttendanceRate: number;
  lessons: LessonView[];
  entries: RosterEntry[];
}

export interface LessonQrResponse {
  /** What the trainer's screen shows as a QR code; changes every `slotSeconds`. */
  token: string;
  /** Six digits for the same slot, shown under the code for workers who cannot scan (H5, a broken camera). */
  code: string;
  slotSeconds: number;
  /** Seconds until this token's slot ends. */
  expiresInSeconds: number;
}

/** Either the scanned `token` or the typed 6-digit `code` (the lesson is found among the worker's classes). */
export interface QrCheckInRequest {
  token?: string;
  code?: string;
  /** When the worker scanned (ISO); an offline scan is sent later with its own time. */
  scannedAt?: string;
  latitude?: number;
  longitude?: number;
}

export interface QrCheckInResponse {
  lessonId: string;
  status: AttendanceStatus;
  markedAt: string;
}

export interface CompletionEntry {
  enrolmentId: string;
  workerId: string;
  realName: string;
  /** Present or late over all the session's lessons (0–1). */
  attendanceRate: number;
  outcome: 'completed' | 'dropped';
}

/** The trainer's review before the result is final, and the result once it is. */
export interface CompletionResponse {
  sessionId: string;
  minAttendanceRate: number;
  /** True once the trainer has confirmed: enrolments are then completed / dropped. */
  final: boolean;
  entries: CompletionEntry[];
}
