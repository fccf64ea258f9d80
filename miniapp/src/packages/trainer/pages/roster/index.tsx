import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { AttendanceMarkInput, RosterEntry, RosterResponse } from '@app/shared/api';
import {
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
} from '@app/shared/enums';
import { Chips } from '../../../../components/chips';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { useLoad } from '../../../../hooks/use-load';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError, showError } from '../../../../services/api-error';
import { formatDateTime } from '../../../../utils/format';
import { lessonQrUrl } from '../../../../utils/navigation';
import { actsAsTrainer } from '../../acting-role';
import { defaultLesson, dropAnswered, enqueue, loadQueue } from '../../attendance-queue';
import { refusedMarks } from '../../attendance-refusals';
import { AtRiskList } from '../../components/at-risk-list';
import { RefusedMarks } from '../../components/refused-marks';
import './index.scss';

const isNetworkError = (e: unknown) => e instanceof ApiError && e.code === 'NETWORK';

type RosterView = 'all' | 'risk';

/** The roster with the marks the server took put in place (a later mark stays). */
function withMarks(roster: RosterResponse, marks: AttendanceMarkInput[]): RosterResponse {
  return {
    ...roster,
    entries: roster.entries.map((entry) => {
      const mine = marks.filter((m) => m.workerId === entry.workerId);
      if (!mine.length) return entry;
      const kept = entry.marks.filter(
        (old) => !mine.some((m) => m.lessonId === old.lessonId && m.markedAt >= old.markedAt),
      );
      const added = mine
        .filter((m) => !kept.some((old) => old.lessonId === m.lessonId))
        .map(({ lessonId, status, method, markedAt }) => ({ lessonId, status, method, markedAt }));
      return { ...entry, marks: kept.concat(added) };
    }),
  };
}

function rateText(rate: number | null): string {
  return rate === null ? '出勤率 —' : `出勤率 ${Math.round(rate * 100)}%`;
}

/**
 * 点名: one session's roll for a chosen lesson. Every mark is queued on the phone first, then sent;
 * what the network did not take stays queued (「N 条未同步」, 同步) and goes again when the page shows
 * or the network comes back. A batch the server refuses whole names its bad marks; those are shown
 * for the trainer to delete, since the rest cannot go until they do. 预警名单 lists who is below the
 * session's minimum so far; 导出 Excel hands over the whole sheet. An admin (or anyone opening it
 * from the admin's 培训班次) sees it all read-only: marking is for the session's trainers.
 */
export default function RosterPage() {
  useRequireLogin();
  const { params } = useRouter();
  const sessionId = params.sessionId ?? '';
  const trainer = actsAsTrainer(params.mode);
  const roster = useLoad(() => api.roster(sessionId), sessionId);
  const [view, setView] = useState<RosterView>('all');
  const [lessonId, setLessonId] = useState('');
  const [queue, setQueue] = useState<AttendanceMarkInput[]>(() =>
    trainer ? loadQueue(sessionId) : [],
  );
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [syncing, setSyncing] = useState(false);
  const [offline, setOffline] = useState(false);
  const [exporting, setExporting] = useState(false);
  usePullRefresh(roster.refresh);

  const online = useRef(true);
  const inFlight = useRef(false);
  const again = useRef(false);
  const rosterRef = useRef(roster);
  useEffect(() => {
    rosterRef.current = roster;
  });

  useEffect(() => {
    if (!trainer) void Taro.setNavigationBarTitle({ title: '出勤情况' });
  }, [trainer]);

  /** Sends whatever is queued (one request at a time; a mark queued meanwhile goes right after). */
  const sync = useCallback(async () => {
    if (!sessionId || !trainer) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setSyncing(true);
    try {
      do {
        again.current = false;
        const marks = loadQueue(sessionId);
        if (!marks.length) break;
        try {
          const { results } = await api.syncAttendance(sessionId, marks);
          online.current = true;
          setOffline(false);
          setRefused({});
          setQueue(
            dropAnswered(
              sessionId,
              results.map((r) => r.mutationId),
            ),
          );
          const taken = new Set(
            results.filter((r) => r.outcome !== 'stale').map((r) => r.mutationId),
          );
          const current = rosterRef.current;
          if (current.data && !results.some((r) => r.outcome === 'stale')) {
            current.setData(
              withMarks(
                current.data,
                marks.filter((m) => taken.has(m.mutationId)),
              ),
            );
          }
          // The marks show at once; the rates and the 预警名单 are the server's to count (and a
          // stale mark means someone else's later one stands): read the roll again behind them.
          current.reload();
        } catch (e) {
          const bad = refusedMarks(e, marks);
          setOffline(isNetworkError(e));
          if (bad) setRefused(bad);
          else if (isNetworkError(e)) online.current = false;
          else showError(e);
          break;
        }
      } while (again.current);
    } finally {
      inFlight.current = false;
      setSyncing(false);
    }
  }, [sessionId, trainer]);

  useDidShow(() => {
    void sync();
  });

  useEffect(() => {
    if (!trainer || typeof Taro.onNetworkStatusChange !== 'function') return undefined;
    const onChange = (result: { isConnected: boolean }) => {
      online.current = result.isConnected;
      if (result.isConnected) void sync();
    };
    Taro.onNetworkStatusChange(onChange);
    return () => {
      if (typeof Taro.offNetworkStatusChange === 'function') Taro.offNetworkStatusChange(onChange);
    };
  }, [sync, trainer]);

  const data = roster.data;
  const lessons = data
    ? [...data.lessons].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    : [];
  const lesson = lessons.find((l) => l.id === lessonId) ?? defaultLesson(lessons);
  // A refused mark replaced by a newer one for the same lesson and worker has left the queue.
  const bad = queue.filter((m) => refused[m.mutationId]);

  const mark = (entries: RosterEntry[], status: AttendanceStatus) => {
    if (!lesson || !entries.length) return;
    const markedAt = new Date().toISOString();
    const method = online.current ? 'roll_call' : 'offline';
    setQueue(
      enqueue(
        sessionId,
        entries.map((e) => ({
          lessonId: lesson.id,
          workerId: e.workerId,
          status,
          markedAt,
          method,
        })),
      ),
    );
    void sync();
  };

  /** Deletes refused marks from the phone; once none is left, the others go at once. */
  const discard = async (mutationIds: string[]) => {
    if (mutationIds.length > 1) {
      const { confirm } = await Taro.showModal({
        title: '删除点名',
        content: `确定删除这 ${mutationIds.length} 条未被接受的点名吗？删除后需要时可以重新点名。`,
        confirmText: '删除',
        cancelText: '不删除',
      });
      if (!confirm) return;
    }
    const gone = new Set(mutationIds);
    // Taken out of the stored queue by id, as the marks the server answered for are.
    const rest = dropAnswered(sessionId, mutationIds);
    setQueue(rest);
    setRefused((r) => Object.fromEntries(Object.entries(r).filter(([id]) => !gone.has(id))));
    if (!rest.some((m) => refused[m.mutationId])) void sync();
  };

  const exportSheet = async () => {
    if (exporting) return;
    setExporting(true);
    try {
      await api.attendanceSheet(sessionId, data?.sessionTitle);
    } catch (e) {
      showError(e);
    } finally {
      setExporting(false);
    }
  };

  if (!data) {
    return (
      <View className="page roster">
        <LoadingOrError error={roster.error} onRetry={roster.reload} />
      </View>
    );
  }

  const pending = queue.length;
  const atRiskCount = data.entries.filter((e) => e.atRisk).length;
  return (
    <View className="page roster">
      {!trainer ? null : pending ? (
        <View className="card roster__sync roster__sync--pending">
          <Text className="roster__sync-text">
            {pending} 条未同步{offline ? '（网络不通，已保存在本机）' : ''}
          </Text>
          <Button
            className="btn-primary roster__sync-button"
            disabled={syncing || undefined}
            onClick={() => void sync()}
          >
            {syncing ? '正在同步…' : '同步'}
          </Button>
        </View>
      ) : (
        <View className="card roster__sync">
          <Text className="roster__sync-text">点名已全部同步</Text>
        </View>
      )}

      {trainer && bad.length ? (
        <RefusedMarks
          marks={bad}
          reasons={refused}
          entries={data.entries}
          lessons={lessons}
          waiting={pending - bad.length}
          onDiscard={(ids) => void discard(ids)}
        />
      ) : null}

      <Button
        className="btn-secondary form-button roster__export"
        disabled={exporting || undefined}
        onClick={() => void exportSheet()}
      >
        {exporting ? '正在导出…' : '导出 Excel'}
      </Button>

      <View className="roster__views">
        {(
          [
            ['all', `全部学员（${data.entries.length}）`],
            ['risk', `预警名单（${atRiskCount}）`],
          ] as const
        ).map(([value, label]) => (
          <View
            key={value}
            className={`roster__view${value === view ? ' roster__view--on' : ''}`}
            onClick={() => setView(value)}
          >
            <Text>{label}</Text>
          </View>
        ))}
      </View>

      {view === 'risk' ? (
        <AtRiskList entries={data.entries} minAttendanceRate={data.minAttendanceRate} />
      ) : (
        <>
          {lesson ? (
            <>
              <Text className="section-title roster__lessons">课次</Text>
              <Chips
                chips={lessons.map((l) => ({
                  value: l.id,
                  label: `${formatDateTime(l.startsAt)} ${l.topic}`,
                }))}
                value={lesson.id}
                onChange={setLessonId}
              />
              {trainer ? (
                <View className="roster__actions">
                  <Button
                    className="btn-primary"
                    disabled={!data.entries.length || undefined}
                    onClick={() => mark(data.entries, 'present')}
                  >
                    全部出勤
                  </Button>
                  <Button
                    className="btn-secondary"
                    onClick={() => void Taro.navigateTo({ url: lessonQrUrl(lesson.id) })}
                  >
                    签到二维码
                  </Button>
                </View>
              ) : null}
            </>
          ) : (
            <EmptyState text="这个班次还没有课程安排。" />
          )}

          {data.entries.length ? (
            data.entries.map((entry) => {
              const queued = lesson
                ? queue
                    .filter((m) => m.lessonId === lesson.id && m.workerId === entry.workerId)
                    .pop()
                : undefined;
              const saved = lesson ? entry.marks.find((m) => m.lessonId === lesson.id) : undefined;
              const status = queued?.status ?? saved?.status;
              return (
                <View key={entry.enrolmentId} className="card roster-entry">
                  <View className="roster-entry__head">
                    <Text className="roster-entry__name">{entry.realName}</Text>
                    {entry.atRisk ? <Text className="tag tag--warn">预警</Text> : null}
                    <Text className="muted roster-entry__rate">
                      {rateText(entry.attendanceRate)}
                    </Text>
                  </View>
                  <View className="roster-entry__state">
                    <Text
                      className={`roster-entry__status roster-entry__status--${status ?? 'none'}`}
                    >
                      {status ? ATTENDANCE_STATUS_LABELS[status] : '未点名'}
                    </Text>
                    {queued && refused[queued.mutationId] ? (
                      <Text className="roster-entry__tag roster-entry__tag--refused">未被接受</Text>
                    ) : queued ? (
                      <Text className="roster-entry__tag roster-entry__tag--pending">未同步</Text>
                    ) : saved && trainer ? (
                      <Text className="roster-entry__tag">已同步</Text>
                    ) : null}
                  </View>
                  {lesson && trainer ? (
                    <View className="roster-entry__choices">
                      {ATTENDANCE_STATUSES.map((s) => (
                        <View
                          key={s}
                          className={`roster-entry__choice${s === status ? ' roster-entry__choice--on' : ''}`}
                          onClick={() => mark([entry], s)}
                        >
                          <Text>{ATTENDANCE_STATUS_LABELS[s]}</Text>
                        </View>
                      ))}
                    </View>
                  ) : null}
                </View>
              );
            })
          ) : (
            <EmptyState text="还没有学员报名这个班次。" />
          )}
        </>
      )}
    </View>
  );
}
