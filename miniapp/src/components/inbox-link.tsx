import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { unreadText } from '../hooks/use-notifications';
import { PAGES } from '../utils/navigation';
import './inbox-link.scss';

/** 我的消息 on 我的, for every role, with how many messages are unread. */
export function InboxLink({ unread }: { unread: number }) {
  return (
    <View className="card inbox-link" onClick={() => void Taro.navigateTo({ url: PAGES.inbox })}>
      <Text className="inbox-link__title">我的消息</Text>
      {unread > 0 ? <Text className="inbox-link__count">{unreadText(unread)} 条未读</Text> : null}
      <Text className="inbox-link__arrow">›</Text>
    </View>
  );
}
