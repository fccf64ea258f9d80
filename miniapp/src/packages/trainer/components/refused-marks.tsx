import { Button, Text, View } from '@tarojs/components';
import type { AttendanceMarkInput, LessonView, RosterEntry } from '@app/shared/api';
import { ATTENDANCE_STATUS_LABELS } from '@app/shared/enums';
import { formatDateTime } from '../../../utils/format';

export interface RefusedMarksProps {
  /** The queued marks the server refused, in queue order. */
  marks: readonly AttendanceMarkInput[];
  /** The server's reason, by mutationId. */
  reasons: Readonly<Record<string, string>>;
  entries: readonly RosterEntry[];
  lessons: readonly LessonView[];
  /** How many other marks wait behind these. */
  waiting: number;
  onDiscard: (mutationIds: string[]) => void;
}

/**
 * The marks that keep a batch from syncing: the server takes a batch whole or not at all, so until
 * these are deleted none of the others can go. A mark can name a worker who has since left the roll
 * or a lesson since removed, so names fall back to plain words.
 */
export function RefusedMarks({
  marks,
  reasons,
  entries,
  lessons,
  waiting,
  onDiscard,
}: RefusedMarksProps) {
  const workerName = (id: string) =>
    entries.find((e) => e.workerId === id)?.realName ?? '不在名单中的学员';
  const lessonName = (id: string) => {
    const lesson = lessons.find((l) => l.id === id);
    return lesson ? `${formatDateTime(lesson.startsAt)} ${lesson.topic}` : '不属于本班次的课';
  };
  return (
    <View className="card refused-marks">
      <Text className="refused-marks__title">{marks.length} 条点名未被接受</Text>
      <Text className="refused-marks__text">
        {waiting ? `删除后，其余 ${waiting} 条点名才能同步。` : '请删除这些点名，需要时重新点名。'}
      </Text>
      {marks.map((mark) => (
        <View key={mark.mutationId} className="refused-marks__item">
          <View className="refused-marks__body">
            <Text className="refused-marks__what">
              {workerName(mark.workerId)} · {ATTENDANCE_STATUS_LABELS[mark.status]}
            </Text>
            <Text className="muted">{lessonName(mark.lessonId)}</Text>
            <Text className="refused-marks__why">{reasons[mark.mutationId]}</Text>
          </View>
          <Button
            className="btn-secondary refused-marks__delete"
            onClick={() => onDiscard([mark.mutationId])}
          >
            删除
          </Button>
        </View>
      ))}
      {marks.length > 1 ? (
        <Button
          className="btn-primary refused-marks__all"
          onClick={() => onDiscard(marks.map((m) => m.mutationId))}
        >
          全部删除
        </Button>
      ) : null}
    </View>
  );
}
