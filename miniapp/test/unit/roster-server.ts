import type { AttendanceMarkInput, RosterResponse } from '@app/shared/api';

/**
 * What a real server answers for the roll after some syncs: each applied mark is stored, the latest
 * `markedAt` standing for a lesson and worker (rates are left as the fixture has them).
 */
export function rosterWith(base: RosterResponse, applied: readonly AttendanceMarkInput[]) {
  return {
    ...base,
    entries: base.entries.map((entry) => {
      const marks = new Map(entry.marks.map((m) => [m.lessonId, m]));
      for (const m of applied.filter((a) => a.workerId === entry.workerId)) {
        const held = marks.get(m.lessonId);
        if (!held || held.markedAt < m.markedAt) {
          marks.set(m.lessonId, {
            lessonId: m.lessonId,
            status: m.status,
            method: m.method,
            markedAt: m.markedAt,
          });
        }
      }
      return { ...entry, marks: [...marks.values()] };
    }),
  };
}
