import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { RecommendationView } from '@app/shared/api';
import { LoadingOrError } from '../../components/empty-state';
import { jobUrl } from '../../components/job-card';
import { RecommendationCard } from '../../components/recommendation-card';
import { useLoad, type Loaded } from '../../hooks/use-load';
import { api } from '../../services/api';
import { getAccessToken, getStoredUser } from '../../services/auth-store';
import { askToSubscribe, canSubscribe } from '../../utils/subscribe';

/** How many recommendations show before 查看全部: the open jobs below must stay in sight. */
const FIRST_SHOWN = 3;

/** The signed-in worker's id, or '' for a visitor or another role (no 为你推荐 for them). */
function workerId(): string {
  if (getAccessToken() === null) return '';
  const user = getStoredUser();
  return user?.roles.includes('worker') ? user.id : '';
}

/**
 * 为你推荐 for whoever is signed in now: the tab stays mounted across a sign-in or a sign-out, so
 * each show looks again (a job applied for meanwhile drops out of the list).
 */
export function useMyRecommendations(): { worker: string; list: Loaded<RecommendationView[]> } {
  const [worker, setWorker] = useState(workerId);
  const list = useLoad<RecommendationView[]>(
    () => (worker ? api.myRecommendations().then((res) => res.items) : Promise.resolve([])),
    worker,
  );
  const shown = useRef(false);
  useDidShow(() => {
    if (!shown.current) {
      shown.current = true;
      return;
    }
    const now = workerId();
    if (now !== worker) setWorker(now);
    else if (now) list.reload();
  });
  return { worker, list };
}

/** 订阅岗位推荐通知: one push of the next recommendation over WeChat (weapp with a template only). */
function SubscribeButton() {
  const [busy, setBusy] = useState(false);
  if (!canSubscribe('recommendation')) return null;
  const subscribe = async () => {
    setBusy(true);
    const accepted = await askToSubscribe('recommendation');
    setBusy(false);
    if (accepted) void Taro.showToast({ title: '已订阅，有合适岗位会通知你', icon: 'none' });
  };
  return (
    <Button
      className="btn-secondary for-you__subscribe"
      disabled={busy || undefined}
      onClick={() => void subscribe()}
    >
      订阅岗位推荐通知
    </Button>
  );
}

/**
 * 为你推荐 above the 岗位 list, for a signed-in worker only: the best jobs for them with the reasons,
 * 新推荐 until opened. Opening one tells the server it was seen (without waiting: the job opens
 * either way).
 */
export function ForYou({ list }: { list: Loaded<RecommendationView[]> }) {
  const [all, setAll] = useState(false);
  const items = list.data;

  const open = (rec: RecommendationView) => {
    if (rec.seenAt === null && items) {
      const seenAt = new Date().toISOString();
      list.setData(items.map((r) => (r.id === rec.id ? { ...r, seenAt } : r)));
      void api.markRecommendationSeen(rec.id).catch(() => undefined);
    }
    void Taro.navigateTo({ url: jobUrl(rec.job.id) });
  };

  const shown = items && !all ? items.slice(0, FIRST_SHOWN) : (items ?? []);
  return (
    <View className="for-you">
      <Text className="section-title">为你推荐</Text>
      {list.error ? (
        <LoadingOrError error={list.error} onRetry={list.reload} />
      ) : items === undefined ? null : items.length === 0 ? (
        <View className="card for-you__empty">
          <Text className="muted">完善个人信息、参加培训后会为你推荐岗位。</Text>
        </View>
      ) : (
        shown.map((rec) => (
          <RecommendationCard key={rec.id} recommendation={rec} onOpen={() => open(rec)} />
        ))
      )}
      {items && items.length > FIRST_SHOWN && !all ? (
        <View className="for-you__more" onClick={() => setAll(true)}>
          <Text>查看全部 {items.length} 个推荐</Text>
        </View>
      ) : null}
      <SubscribeButton />
      <Text className="section-title">全部岗位</Text>
    </View>
  );
}
