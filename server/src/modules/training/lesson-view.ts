import type { LessonView } from '@app/shared/api';
import type { LessonEntity } from './training-session.entity';

/** A lesson as the API shows it (session detail, roster, a worker's next lesson). */
export const lessonView = (l: LessonEntity): LessonView => ({
  id: l.id,
  startsAt: l.startsAt.toISOString(),
  endsAt: l.endsAt.toISOString(),
  topic: l.topic,
});
