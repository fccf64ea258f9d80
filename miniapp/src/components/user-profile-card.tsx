import { Text, View } from '@tarojs/components';
import type { UserSummary } from '@app/shared/api';
import { roleNames } from '../utils/role-names';
import './user-profile-card.scss';

/** The signed-in user's name, roles and masked phone number. */
export function UserProfileCard({ user }: { user: UserSummary | null }) {
  return (
    <View className="card user-profile">
      <View className="user-profile__head">
        <Text className="user-profile__avatar">{user?.displayName.slice(0, 1) ?? ''}</Text>
        <View className="user-profile__who">
          <Text className="user-profile__name">{user?.displayName ?? '—'}</Text>
          <Text className="user-profile__roles">{roleNames(user) || '—'}</Text>
        </View>
      </View>
      <View className="user-profile__row">
        <Text>手机号</Text>
        <Text>{user?.phoneMasked ?? '未绑定'}</Text>
      </View>
    </View>
  );
}
