import { Text, View } from '@tarojs/components';
import type { UserSummary } from '@app/shared/api';
import { roleNames } from '../utils/role-names';
import './greeting-banner.scss';

/** 你好，{name} and the user's role, at the top of the home page. */
export function GreetingBanner({ user }: { user: UserSummary | null }) {
  const roles = roleNames(user);
  return (
    <View className="greeting-banner">
      <Text className="greeting-banner__hello">你好，{user?.displayName ?? ''}</Text>
      <Text className="greeting-banner__role">
        {roles ? `${roles} · ` : ''}欢迎使用劳务品牌服务平台
      </Text>
    </View>
  );
}
