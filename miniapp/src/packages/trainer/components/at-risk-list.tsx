import { Text, View } from '@tarojs/components';
import type { RosterEntry } from '@app/shared/api';
import { ATTENDANCE_STATUS_LABELS, type AttendanceStatus } from '@app/shared/enums';
import { EmptyState } from '../../../components/empty-state';
import { percentText } from '../../../utils/catalogue';

/** '出勤率 50%，低于结业要求 80%'. */
export function atRiskText(rate: number | null, minimum: number): string {
  const so = rate === null ? '还没有出勤记录' : `出勤率 ${percentText(rate)}`;
  return `${so}，低于结业要求 ${percentText(minimum)}`;
}

const COUNTED: readonly AttendanceStatus[] = ['absent', 'late', 'excused'];

/** '缺勤 2 次 · 迟到 1 次', leaving out what did not happen. */
function missesText(entry: RosterEntry): string {
  return COUNTED.map((status) => {
    const count = entry.marks.filter((m) => m.status === status).length;
    return count ? `${ATTENDANCE_STATUS_LABELS[status]} ${count} 次` : '';
  })
    .filter(Boolean)
    .join(' · ');
}

/**
 * 预警名单: the workers whose attendance so far is below the session's minimum, so the trainer can
 * call them before it is too late to complete.
 */
export function AtRiskList({
  entries,
  minAttendanceRate,
}: {
  entries: readonly RosterEntry[];
  minAttendanceRate: number;
}) {
  const atRisk = entries.filter((e) => e.atRisk);
  if (!atRisk.length) {
    return <EmptyState text={`目前没有出勤率低于 ${percentText(minAttendanceRate)} 的学员。`} />;
  }
  return (
    <View>
      {atRisk.map((entry) => {
        const misses = missesText(entry);
        return (
          <View key={entry.enrolmentId} className="card at-risk">
            <Text className="at-risk__name">{entry.realName}</Text>
            <Text className="at-risk__rate">
              {atRiskText(entry.attendanceRate, minAttendanceRate)}
            </Text>
            {misses ? <Text className="muted">{misses}</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
