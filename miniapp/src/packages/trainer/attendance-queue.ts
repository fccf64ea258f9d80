import Taro from '@tarojs/taro';
import type { AttendanceMarkInput, LessonView } from '@app/shared/api';
import { newIdempotencyKey } from '../../utils/idempotency';

/**
 * The roll-call marks of one session kept on the phone until the server has answered for them: a
 * mark is stored here first and leaves only when the server applied it (or had it already, or had a
 * later one), so a weak signal in a village classroom loses nothing.
 */
export function queueKey(sessionId: string): string {
  return `attendance-queue:${sessionId}`;
}

export function loadQueue(sessionId: string): AttendanceMarkInput[] {
  const stored: unknown = Taro.getStorageSync(queueKey(sessionId));
  return Array.isArray(stored) ? (stored as AttendanceMarkInput[]) : [];
}

export function saveQueue(sessionId: string, marks: AttendanceMarkInput[]): void {
  if (marks.length) Taro.setStorageSync(queueKey(sessionId), marks);
  else Taro.removeStorageSync(queueKey(sessionId));
}

/**
 * Adds new marks (each with its own mutationId, made once here). A queued mark for the same lesson
 * and worker is replaced: the new one is later, so it would win on the server anyway.
 */
export function enqueue(
  sessionId: string,
  marks: Omit<AttendanceMarkInput, 'mutationId'>[],
): AttendanceMarkInput[] {
  const fresh = marks.map((m) => ({ ...m, mutationId: newIdempotencyKey(24) }));
  const replaced = new Set(fresh.map((m) => `${m.lessonId}/${m.workerId}`));
  const queue = loadQueue(sessionId)
    .filter((m) => !replaced.has(`${m.lessonId}/${m.workerId}`))
    .concat(fresh);
  saveQueue(sessionId, queue);
  return queue;
}

/** Takes the marks the server answered for out of the queue (marks added meanwhile stay). */
export function dropAnswered(sessionId: string, mutationIds: string[]): AttendanceMarkInput[] {
  const answered = new Set(mutationIds);
  const queue = loadQueue(sessionId).filter((m) => !answered.has(m.mutationId));
  saveQueue(sessionId, queue);
  return queue;
}

/** The lesson to open at: the one running now, else the next, else the last. */
export function defaultLesson(lessons: LessonView[], now = Date.now()): LessonView | undefined {
  const sorted = [...lessons].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const time = (iso: string) => new Date(iso).getTime();
  return (
    sorted.find((l) => time(l.startsAt) <= now && now < time(l.endsAt)) ??
    sorted.find((l) => time(l.startsAt) > now) ??
    sorted[sorted.length - 1]
  );
}
