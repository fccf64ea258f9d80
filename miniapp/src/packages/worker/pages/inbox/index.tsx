import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { NotificationView } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { unreadChanged, useInbox } from '../../../../hooks/use-notifications';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { showError } from '../../../../services/api-error';
import { formatDateTime } from '../../../../utils/format';
import { openPage } from '../../../../utils/navigation';
import './index.scss';

function MessageCard({
  message,
  onOpen,
}: {
  message: NotificationView;
  onOpen: (message: NotificationView) => void;
}) {
  const unread = message.readAt === null;
  return (
    <View
      className={`card message${unread ? ' message--unread' : ''}`}
      onClick={() => onOpen(message)}
    >
      <View className="message__head">
        {unread ? <View className="message__dot" /> : null}
        <Text className="message__title">{message.title}</Text>
        {message.link ? <Text className="message__arrow">›</Text> : null}
      </View>
      <Text className="message__body">{message.body}</Text>
      <Text className="message__time">{formatDateTime(message.createdAt)}</Text>
    </View>
  );
}

/**
 * 我的消息 (any signed-in role; the page sits in the worker sub-package to keep the main package
 * small): the latest 50 messages, unread ones marked with a red dot. A tap marks it read and opens
 * the page it points to. Opened from a push (`?nid=`), that message is already read when the list shows.
 */
export default function InboxPage() {
  useRequireLogin();
  const { params } = useRouter();
  const inbox = useInbox(params.nid);
  const [opening, setOpening] = useState<string | null>(null);
  usePullRefresh(inbox.refresh);

  const open = async (message: NotificationView) => {
    if (opening) return;
    if (message.readAt === null) {
      setOpening(message.id);
      try {
        const res = await api.markNotificationRead(message.id);
        inbox.setData(res);
        unreadChanged(res.unread);
      } catch (e) {
        showError(e);
      } finally {
        setOpening(null);
      }
    }
    if (message.link) void openPage(message.link);
  };

  const data = inbox.data;
  return (
    <View className="page inbox">
      {data === undefined || inbox.error ? (
        <LoadingOrError error={inbox.error} onRetry={inbox.reload} />
      ) : data.items.length === 0 ? (
        <EmptyState text="还没有消息。报名培训后，结果和开班通知会发到这里。" />
      ) : (
        <View>
          <Text className="muted inbox__summary">
            {data.unread > 0 ? `${data.unread} 条未读，点开即为已读` : '消息都已读过'}
          </Text>
          {data.items.map((m) => (
            <MessageCard key={m.id} message={m} onOpen={(x) => void open(x)} />
          ))}
        </View>
      )}
    </View>
  );
}
