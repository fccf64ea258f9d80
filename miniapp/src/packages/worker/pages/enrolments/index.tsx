import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import type { EnrolmentView } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { WaitlistRule } from '../../../../components/enrolment-status';
import { useMyCertifications } from '../../../../hooks/use-certification';
import { confirmCancel, useMyEnrolments } from '../../../../hooks/use-enrolment';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { showError } from '../../../../services/api-error';
import { chinaToday } from '../../../../utils/catalogue';
import { PAGES } from '../../../../utils/navigation';
import { EnrolmentCard } from '../../components/enrolment-card';
import './index.scss';

/** A seat in a class running today (China time): the worker may be in the classroom now. */
function inClassPeriod(enrolment: EnrolmentView, today: string): boolean {
  const { session } = enrolment;
  return (
    enrolment.status === 'enrolled' &&
    session.status === 'scheduled' &&
    session.startDate <= today &&
    today <= session.endDate
  );
}

/** What comes next for one enrolment: 扫码签到 during the class, 技能评价 after completing it. */
function NextStep({ enrolment, applied }: { enrolment: EnrolmentView; applied: boolean }) {
  const today = chinaToday();
  if (inClassPeriod(enrolment, today)) {
    return (
      <View className="my-enrolments__next">
        <Button
          className="btn-primary"
          onClick={() => void Taro.navigateTo({ url: PAGES.checkIn })}
        >
          扫码签到
        </Button>
      </View>
    );
  }
  if (enrolment.status === 'completed') {
    return (
      <View className="my-enrolments__next">
        <Button
          className={applied ? 'btn-secondary' : 'btn-primary'}
          onClick={() => void Taro.navigateTo({ url: PAGES.certificates })}
        >
          {applied ? '查看证书' : '申请技能评价'}
        </Button>
      </View>
    );
  }
  return null;
}

/**
 * 我的培训: the worker's enrolments, newest first, with 取消报名 for a place still held, 扫码签到
 * while a class runs and 申请技能评价 / 查看证书 once it is completed.
 */
export default function MyEnrolmentsPage() {
  useRequireLogin();
  const list = useMyEnrolments();
  // Only a completed course can have an application: ask for them only then.
  const certifications = useMyCertifications(
    (list.data ?? []).some((e) => e.status === 'completed'),
  );
  const [cancelling, setCancelling] = useState<string | null>(null);
  usePullRefresh(() => Promise.all([list.refresh(), certifications.refresh()]));
  // Back from a session page, where a place may have been taken or given up (or from 我的证书).
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) {
      list.reload();
      certifications.reload();
    }
    shown.current = true;
  });
  const appliedSessions = new Set((certifications.data ?? []).map((c) => c.sessionId));

  const cancel = async (enrolment: EnrolmentView) => {
    if (cancelling || !(await confirmCancel(enrolment))) return;
    setCancelling(enrolment.id);
    try {
      const { enrolment: cancelled } = await api.cancelEnrolment(enrolment.id);
      list.setData((list.data ?? []).map((e) => (e.id === cancelled.id ? cancelled : e)));
      void Taro.showToast({ title: '已取消报名', icon: 'success' });
    } catch (e) {
      showError(e);
    } finally {
      setCancelling(null);
    }
  };

  const items = list.data;
  return (
    <View className="page my-enrolments">
      {items === undefined || list.error ? (
        <LoadingOrError error={list.error} onRetry={list.reload} />
      ) : items.length === 0 ? (
        <EmptyState
          text="你还没有报名培训。去“培训”里看看，找一个合适的班报名吧。"
          actionText="去看看培训"
          onAction={() => void Taro.switchTab({ url: PAGES.training })}
        />
      ) : (
        <View>
          {items.some((e) => e.status === 'waitlisted') ? (
            <View className="card my-enrolments__rule">
              <WaitlistRule />
            </View>
          ) : null}
          {items.map((e) => (
            <View key={e.id} className="my-enrolments__item">
              <EnrolmentCard
                enrolment={e}
                cancelling={cancelling === e.id}
                onCancel={(x) => void cancel(x)}
              />
              <NextStep enrolment={e} applied={appliedSessions.has(e.sessionId)} />
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
