import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { CompletionEntry, CompletionResponse } from '@app/shared/api';
import { ENROLMENT_STATUS_LABELS } from '@app/shared/enums';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { FormError } from '../../../../components/form-field';
import { useLoad } from '../../../../hooks/use-load';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { errorMessage } from '../../../../services/api-error';
import { dateRange, percentText } from '../../../../utils/catalogue';
import { assessmentsUrl } from '../../../../utils/navigation';
import { actsAsTrainer } from '../../acting-role';
import './index.scss';

type Outcome = CompletionEntry['outcome'];

/**
 * Before confirmation nothing has happened to the enrolments yet, so the preview says what would
 * happen (结业) rather than the enrolment status it becomes (已结业).
 */
const PREVIEW_LABELS: Readonly<Record<Outcome, string>> = {
  completed: '结业',
  dropped: ENROLMENT_STATUS_LABELS.dropped,
};

function outcomeLabel(outcome: Outcome, final: boolean): string {
  return final ? ENROLMENT_STATUS_LABELS[outcome] : PREVIEW_LABELS[outcome];
}

function counts(completion: CompletionResponse) {
  const completed = completion.entries.filter((e) => e.outcome === 'completed').length;
  return { completed, dropped: completion.entries.length - completed };
}

/**
 * 结业审核 (`?id=<sessionId>`): each worker's attendance over the whole session against its minimum,
 * previewed until the trainer confirms after the last lesson; confirming is final (enrolments become
 * 已结业 / 未结业 and every worker is told). Admins in scope see it read-only.
 */
export default function CompletionPage() {
  useRequireLogin();
  const { params } = useRouter();
  const sessionId = params.id ?? '';
  const trainer = actsAsTrainer(params.mode);
  const completion = useLoad(() => api.completion(sessionId), sessionId);
  // Only for the heading: the review works without it.
  const session = useLoad(() => api.getSession(sessionId).then((res) => res.session), sessionId);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  usePullRefresh(() => Promise.all([completion.refresh(), session.refresh()]));

  const data = completion.data;
  if (!data) {
    return (
      <View className="page completion">
        <LoadingOrError error={completion.error} onRetry={completion.reload} />
      </View>
    );
  }

  const { completed, dropped } = counts(data);

  const confirm = async () => {
    if (busy) return;
    const answer = await Taro.showModal({
      title: '确认结业',
      content: `确认后结果是最终结果，不能更改：${completed} 人结业，${dropped} 人未结业。系统会通知每位学员。确定确认吗？`,
      confirmText: '确认结业',
      cancelText: '再看看',
    });
    if (!answer.confirm) return;
    setBusy(true);
    setFailure(null);
    try {
      completion.setData(await api.confirmCompletion(sessionId));
      void Taro.showToast({ title: '已确认结业', icon: 'success' });
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="page completion">
      <View className="card completion__summary">
        <View className="completion__head">
          <Text className="completion__title">{session.data?.title ?? '结业审核'}</Text>
          <Text className={`tag ${data.final ? 'tag--subsidy' : 'tag--demo'}`}>
            {data.final ? '已确认结业' : '预览'}
          </Text>
        </View>
        {session.data ? (
          <Text className="muted">{dateRange(session.data.startDate, session.data.endDate)}</Text>
        ) : null}
        <Text className="completion__line">
          结业要求：出勤率不低于 {percentText(data.minAttendanceRate)}
        </Text>
        <Text className="completion__line">
          共 {data.entries.length} 人：结业 {completed} 人，未结业 {dropped} 人
        </Text>
      </View>

      {data.final ? (
        <View className="card completion__done">
          <Text className="completion__done-text">已确认结业，结果已通知学员。</Text>
          {completed ? (
            <Button
              className="btn-secondary form-button"
              onClick={() => void Taro.navigateTo({ url: assessmentsUrl(sessionId, !trainer) })}
            >
              去技能评价
            </Button>
          ) : null}
        </View>
      ) : trainer ? (
        <View className="card completion__confirm">
          <Text className="muted">
            最后一次课结束后才能确认。确认前请先在“点名”里补齐出勤记录；确认后结果不能更改，系统会通知每位学员。
          </Text>
          <FormError message={failure} />
          <Button
            className="btn-primary form-button"
            disabled={busy || !data.entries.length || undefined}
            onClick={() => void confirm()}
          >
            {busy ? '正在确认…' : '确认结业'}
          </Button>
        </View>
      ) : (
        <EmptyState text="结业名单由培训机构在最后一次课后确认，这里先显示预览。" />
      )}

      <Text className="section-title">学员名单</Text>
      {data.entries.length ? (
        data.entries.map((entry) => (
          <View key={entry.enrolmentId} className="card completion-entry">
            <View className="completion-entry__head">
              <Text className="completion-entry__name">{entry.realName}</Text>
              <Text
                className={`completion-entry__outcome completion-entry__outcome--${entry.outcome}`}
              >
                {outcomeLabel(entry.outcome, data.final)}
              </Text>
            </View>
            <Text className="muted">出勤率 {percentText(entry.attendanceRate)}</Text>
          </View>
        ))
      ) : (
        <EmptyState text="这个班次没有在读的学员。" />
      )}
    </View>
  );
}
