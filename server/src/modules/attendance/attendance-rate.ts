import type { LessonEntity } from '../training/training-session.entity';
import type { AttendanceEntity } from './attendance.entity';

/**
 * The lessons a rate is counted over so far: those that have ended, and those under way that the
 * worker already has a mark for. A lesson in progress that nobody has marked yet does not count
 * against anyone (otherwise the whole class would look at risk until the roll call is done).
 */
export interface HeldLessons {
  ended: ReadonlySet<string>;
  started: ReadonlySet<string>;
}

export function heldLessonIds(lessons: readonly LessonEntity[], now: Date): HeldLessons {
  const t = now.getTime();
  return {
    ended: new Set(lessons.filter((l) => l.endsAt.getTime() <= t).map((l) => l.id)),
    started: new Set(lessons.filter((l) => l.startsAt.getTime() <= t).map((l) => l.id)),
  };
}

/** One worker's marks, how many counted lessons they attended (present or late), and the rate. */
export function tally(marks: readonly AttendanceEntity[], workerId: string, held: HeldLessons) {
  const own = marks.filter((m) => m.workerId === workerId);
  const counted = new Set(held.ended);
  for (const m of own) if (held.started.has(m.lessonId)) counted.add(m.lessonId);
  const attended = own.filter(
    (m) => counted.has(m.lessonId) && (m.status === 'present' || m.status === 'late'),
  ).length;
  return {
    own,
    attended,
    counted: counted.size,
    attendanceRate: counted.size ? attended / counted.size : null,
  };
}
