import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { SessionListItem } from '@app/shared/api';
import { EmptyState } from '../../../../components/empty-state';
import { PagedListFooter } from '../../../../components/paged-list-footer';
import { SessionCard } from '../../../../components/session-card';
import { useMe } from '../../../../hooks/use-me';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { assessmentsUrl, completionUrl, rosterReviewUrl } from '../../../../utils/navigation';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/**
 * 培训班次 in the admin's region (every county in it; ended and cancelled sessions too, latest start
 * first), each opening its roll with the 预警名单, 结业审核 and 技能评价 for review.
 */
export default function AdminSessionsPage() {
  useRequireLogin();
  const { user } = useMe();
  const regionCode = user?.regionCode ?? '';
  const list = usePagedList<SessionListItem>(
    (page, pageSize) =>
      regionCode ? api.adminSessions({ page, pageSize }) : Promise.resolve({ items: [], total: 0 }),
    regionCode,
  );
  usePullRefresh(list.refresh);

  if (!regionCode) {
    return (
      <View className="page admin-sessions">
        <EmptyState text="你的账号还没有管辖地区，请联系上级管理员。" />
      </View>
    );
  }

  return (
    <View className="page admin-sessions">
      {!list.loading && !list.error && list.items.length > 0 ? (
        <Text className="muted admin-sessions__total">本地区的培训班次共 {list.total} 个</Text>
      ) : null}
      {list.items.map((session) => (
        <SessionCard key={session.id} session={session}>
          <Button className="btn-secondary" onClick={() => go(rosterReviewUrl(session.id))}>
            出勤情况
          </Button>
          <Button className="btn-secondary" onClick={() => go(completionUrl(session.id, true))}>
            结业审核
          </Button>
          <Button className="btn-secondary" onClick={() => go(assessmentsUrl(session.id, true))}>
            技能评价
          </Button>
        </SessionCard>
      ))}
      <PagedListFooter
        list={list}
        empty={<EmptyState text="本地区目前没有正在进行或即将开班的班次。" />}
      />
    </View>
  );
}
