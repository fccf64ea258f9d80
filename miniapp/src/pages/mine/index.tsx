import Taro from '@tarojs/taro';
import { Button, View } from '@tarojs/components';
import { RoleWorkspaceLinks } from '../../components/role-workspace-links';
import { UserProfileCard } from '../../components/user-profile-card';
import { useMe } from '../../hooks/use-me';
import { useRequireLogin } from '../../hooks/use-require-login';
import { clearLogin } from '../../services/auth-store';
import './index.scss';

function logout(): void {
  clearLogin();
  void Taro.reLaunch({ url: '/pages/login/index' });
}

export default function MinePage() {
  useRequireLogin();
  const { user } = useMe();
  return (
    <View className="page">
      <UserProfileCard user={user} />
      <RoleWorkspaceLinks roles={user?.roles ?? []} />
      <Button className="btn-secondary mine__logout" onClick={logout}>
        退出登录
      </Button>
    </View>
  );
}
