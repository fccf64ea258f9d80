import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type {
  AssessmentResultRequest,
  CertificationView,
  ScheduleAssessmentRequest,
} from '@app/shared/api';
import { AssessmentCard } from '../../../../components/assessment-card';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { useLoad } from '../../../../hooks/use-load';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError, showError } from '../../../../services/api-error';
import { actsAsTrainer } from '../../acting-role';
import { RecordResultForm, ScheduleAssessmentForm } from '../../components/assessment-forms';
import './index.scss';

type Step = 'schedule' | 'record';

/**
 * 技能评价 (`?id=<sessionId>`): every application from this session and its next step. The trainer
 * applies for the whole class once it has completed (the course's level; workers who already hold it
 * or have one open are skipped by the server); trainers and admins in scope then schedule each
 * assessment and record its result. Issuing the certificate is the admin's (证书发放).
 */
export default function AssessmentsPage() {
  useRequireLogin();
  const { params } = useRouter();
  const sessionId = params.id ?? '';
  const trainer = actsAsTrainer(params.mode);
  const list = useLoad(
    () => api.sessionCertifications(sessionId).then((res) => res.items),
    sessionId,
  );
  const [open, setOpen] = useState<{ id: string; step: Step } | null>(null);
  const [applying, setApplying] = useState(false);
  usePullRefresh(list.refresh);

  const replace = (item: CertificationView) =>
    list.setData((list.data ?? []).map((i) => (i.id === item.id ? item : i)));

  /** A step someone else took first: show what the server now holds, then the message. */
  const stale = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'CERTIFICATION_STEP_INVALID') list.reload();
    return e;
  };

  const applyForClass = async () => {
    if (applying) return;
    const { confirm } = await Taro.showModal({
      title: '申请技能评价',
      content: '为本班已结业、还没有申请的学员统一申请技能评价（等级按课程）。确定申请吗？',
      confirmText: '申请',
      cancelText: '再看看',
    });
    if (!confirm) return;
    setApplying(true);
    try {
      const { items } = await api.applyForClass(sessionId);
      void Taro.showToast({
        title: items.length ? `已为 ${items.length} 名学员申请` : '没有需要申请的学员',
        icon: 'none',
      });
      list.reload();
    } catch (e) {
      showError(e);
    } finally {
      setApplying(false);
    }
  };

  const schedule = async (item: CertificationView, input: ScheduleAssessmentRequest) => {
    const res = await api.scheduleAssessment(item.id, input).catch((e: unknown) => {
      throw stale(e);
    });
    replace(res.certification);
    setOpen(null);
    void Taro.showToast({ title: '已安排考核', icon: 'success' });
  };

  const record = async (item: CertificationView, input: AssessmentResultRequest) => {
    const { confirm } = await Taro.showModal({
      title: '录入成绩',
      content: `${item.workerName}：${input.score} 分，${input.passed ? '通过' : '未通过'}。录入后不能修改，系统会通知学员。确定录入吗？`,
      confirmText: '录入',
      cancelText: '再看看',
    });
    if (!confirm) return;
    const res = await api.recordAssessment(item.id, input).catch((e: unknown) => {
      throw stale(e);
    });
    replace(res.certification);
    setOpen(null);
    void Taro.showToast({ title: '成绩已录入', icon: 'success' });
  };

  const items = list.data;
  return (
    <View className="page assessments">
      {trainer ? (
        <View className="card assessments__apply">
          <Text className="muted">
            学员结业后，可为全班统一申请技能评价；已申请或已取得证书的学员会自动跳过。
          </Text>
          <Button
            className="btn-primary form-button"
            disabled={applying || undefined}
            onClick={() => void applyForClass()}
          >
            {applying ? '正在申请…' : '为结业学员申请评价'}
          </Button>
        </View>
      ) : null}

      {items === undefined || list.error ? (
        <LoadingOrError error={list.error} onRetry={list.reload} />
      ) : items.length === 0 ? (
        <EmptyState text="这个班次还没有技能评价申请。" />
      ) : (
        items.map((item) => {
          const step = open?.id === item.id ? open.step : null;
          const canSchedule = item.status === 'applied' || item.status === 'scheduled';
          return (
            <AssessmentCard key={item.id} item={item}>
              {step === 'schedule' ? (
                <ScheduleAssessmentForm
                  item={item}
                  onSave={(input) => schedule(item, input)}
                  onCancel={() => setOpen(null)}
                />
              ) : step === 'record' ? (
                <RecordResultForm
                  item={item}
                  onSave={(input) => record(item, input)}
                  onCancel={() => setOpen(null)}
                />
              ) : canSchedule ? (
                <View className="assessments__actions">
                  <Button
                    className="btn-secondary"
                    onClick={() => setOpen({ id: item.id, step: 'schedule' })}
                  >
                    {item.status === 'scheduled' ? '重新安排' : '安排考核'}
                  </Button>
                  {item.status === 'scheduled' ? (
                    <Button
                      className="btn-primary"
                      onClick={() => setOpen({ id: item.id, step: 'record' })}
                    >
                      录入成绩
                    </Button>
                  ) : null}
                </View>
              ) : null}
            </AssessmentCard>
          );
        })
      )}
    </View>
  );
}
