import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { EnrolmentView } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { WaitlistRule } from '../../../../components/enrolment-status';
import { confirmCancel, useMyEnrolments } from '../../../../hooks/use-enrolment';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { showError } from '../../../../services/api-error';
import { PAGES } from '../../../../utils/navigation';
import { EnrolmentCard } from '../../components/enrolment-card';
import './index.scss';

/** 我的培训: the worker's enrolments, newest first, with 取消报名 for a place still held. */
export default function MyEnrolmentsPage() {
  useRequireLogin();
  const list = useMyEnrolments();
  const [cancelling, setCancelling] = useState<string | null>(null);
  usePullRefresh(list.refresh);
  // Back from a session page, where a place may have been taken or given up.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) list.reload();
    shown.current = true;
  });

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
            <EnrolmentCard
              key={e.id}
              enrolment={e}
              cancelling={cancelling === e.id}
              onCancel={(x) => void cancel(x)}
            />
          ))}
        </View>
      )}
    </View>
  );
}
