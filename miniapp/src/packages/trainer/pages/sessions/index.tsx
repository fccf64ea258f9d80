import { useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { SessionListItem } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { PagedListFooter } from '../../../../components/paged-list-footer';
import { LinkList } from '../../../../components/role-workspace-links';
import { SessionCard } from '../../../../components/session-card';
import { useMyOrganisation } from '../../../../hooks/use-organisation';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { ApiError, showError } from '../../../../services/api-error';
import { PAGES, rosterUrl, sessionEditUrl } from '../../../../utils/navigation';
import { assessmentsUrl, completionUrl } from '../../../../utils/navigation';
import { ProviderNote } from '../../components/provider-note';
import '../../provider.scss';
import './index.scss';

const LINKS = [
  { title: '课程管理', url: PAGES.trainerCourses },
  { title: '代为登记劳动者', url: PAGES.assistedSignup },
];

/**
 * 培训班次: the provider's own sessions (every status), each with 点名, 结业审核 and 技能评价; 新建班次,
 * 修改 and 取消班次 when verified.
 */
export default function TrainerSessionsPage() {
  useRequireLogin();
  const provider = useMyOrganisation('provider');
  const list = usePagedList<SessionListItem>(
    (page, pageSize) => api.listMySessions({ page, pageSize }),
    '',
  );
  const [forbidden, setForbidden] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<string | null>(null);
  usePullRefresh(() => Promise.all([provider.refresh(), list.refresh()]));
  // Back from 新建班次 or 修改: show what was saved.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) list.reload();
    shown.current = true;
  });

  const canEdit = provider.data?.status === 'verified' && !forbidden;

  const cancel = async (session: SessionListItem) => {
    if (cancelling) return;
    const { confirm } = await Taro.showModal({
      title: '取消班次',
      content: `确定取消“${session.title}”吗？取消后学员就不能再报名了。`,
      confirmText: '取消班次',
      cancelText: '不取消',
    });
    if (!confirm) return;
    setCancelling(session.id);
    try {
      await api.cancelSession(session.id);
      void Taro.showToast({ title: '班次已取消', icon: 'success' });
      list.reload();
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) setForbidden(e.message);
      else showError(e);
    } finally {
      setCancelling(null);
    }
  };

  return (
    <View className="page trainer-sessions">
      <LinkList links={LINKS} />
      {provider.data === undefined ? (
        <LoadingOrError error={provider.error} onRetry={provider.reload} />
      ) : canEdit ? (
        <Button
          className="btn-primary form-button trainer-sessions__new"
          onClick={() => void Taro.navigateTo({ url: sessionEditUrl() })}
        >
          新建班次
        </Button>
      ) : (
        <ProviderNote provider={provider.data} forbidden={forbidden} />
      )}

      {provider.data === null ? null : (
        <View>
          {!list.loading && !list.error && list.items.length > 0 ? (
            <Text className="muted trainer-sessions__total">本机构共 {list.total} 个班次</Text>
          ) : null}
          {list.items.map((session) => (
            <SessionCard key={session.id} session={session}>
              {session.status === 'cancelled' ? null : (
                <View className="trainer-sessions__actions">
                  <View className="trainer-sessions__row">
                    <Button
                      className="btn-secondary"
                      onClick={() => void Taro.navigateTo({ url: rosterUrl(session.id) })}
                    >
                      点名
                    </Button>
                    <Button
                      className="btn-secondary"
                      onClick={() => void Taro.navigateTo({ url: completionUrl(session.id) })}
                    >
                      结业审核
                    </Button>
                    <Button
                      className="btn-secondary"
                      onClick={() => void Taro.navigateTo({ url: assessmentsUrl(session.id) })}
                    >
                      技能评价
                    </Button>
                  </View>
                  {canEdit && session.status === 'scheduled' ? (
                    <View className="trainer-sessions__row">
                      <Button
                        className="btn-secondary"
                        onClick={() => void Taro.navigateTo({ url: sessionEditUrl(session.id) })}
                      >
                        修改
                      </Button>
                      <Button
                        className="btn-secondary"
                        disabled={cancelling === session.id || undefined}
                        onClick={() => void cancel(session)}
                      >
                        {cancelling === session.id ? '正在取消…' : '取消班次'}
                      </Button>
                    </View>
                  ) : null}
                </View>
              )}
            </SessionCard>
          ))}
          <PagedListFooter
            list={list}
            empty={<EmptyState text="还没有培训班次。先在“课程管理”里建课程，再新建班次。" />}
          />
        </View>
      )}
    </View>
  );
}
