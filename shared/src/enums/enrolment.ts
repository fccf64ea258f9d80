export const ENROLMENT_STATUSES = [
  'enrolled',
  'waitlisted',
  'cancelled',
  'completed',
  'dropped',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];
export const ENROLMENT_STATUS_LABELS: Readonly<Record<EnrolmentStatus, string>> = {
  enrolled: '已报名',
  waitlisted: '候补中',
  cancelled: '已取消',
  completed: '已结业',
  dropped: '未结业',
};

/** What the in-app inbox (and later the pushes) tell someone about. */
export const NOTIFICATION_KINDS = [
  'enrolment.enrolled',
  'enrolment.waitlisted',
  'enrolment.promoted',
  'enrolment.cancelled',
  'enrolment.completed',
  'enrolment.dropped',
  'session.changed',
  'session.cancelled',
  'lesson.tomorrow',
  'certification.applied',
  'certification.scheduled',
  'certification.passed',
  'certification.failed',
  'certification.issued',
  'job.recommended',
  /** To a worker: an employer invites them to a job (邀请投递). */
  'job.invited',
  /** To the employer's staff: the worker accepted or declined their invitation. */
  'invitation.answered',
  /** To the employer's staff: a worker applied to one of their postings. */
  'application.received',
  'application.viewed',
  'application.interview',
  'application.offered',
  'application.hired',
  'application.rejected',
  'fair.announced',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Readonly<Record<AttendanceStatus, string>> = {
  present: '出勤',
  late: '迟到',
  excused: '请假',
  absent: '缺勤',
};

/** How a mark was made: the trainer's roll call, the worker's QR scan, an offline batch, an import. */
export const ATTENDANCE_METHODS = ['roll_call', 'qr', 'offline', 'import'] as const;
export type AttendanceMethod = (typeof ATTENDANCE_METHODS)[number];
