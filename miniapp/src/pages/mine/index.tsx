import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { InboxLink } from '../../components/inbox-link';
import { OrganisationEntryLinks, RoleWorkspaceLinks } from '../../components/role-workspace-links';
import { UserProfileCard } from '../../components/user-profile-card';
import { useMe } from '../../hooks/use-me';
import { useUnreadCount } from '../../hooks/use-notifications';
import { useRequireLogin } from '../../hooks/use-require-login';
import { api } from '../../services/api';
import { PAGES } from '../../utils/navigation';
import './index.scss';

export default function MinePage() {
  useRequireLogin();
  const { user } = useMe();
  const unread = useUnreadCount();
  const [leaving, setLeaving] = useState(false);
  const logout = async () => {
    if (leaving) return;
    setLeaving(true);
    await api.logout();
    await Taro.reLaunch({ url: PAGES.login });
  };
  return (
    <View className="page">
      <UserProfileCard user={user} />
      <InboxLink unread={unread} />
      <RoleWorkspaceLinks roles={user?.roles ?? []} />
      <OrganisationEntryLinks user={user} />
      <Button
        className="btn-secondary mine__logout"
        disabled={leaving || undefined}
        onClick={() => void logout()}
      >
        退出登录
      </Button>
    </View>
  );
}
