import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '@app/shared/enums';
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
      <View className="card">
        <View className="mine__row">
          <Text>姓名</Text>
          <Text>{user?.displayName ?? '—'}</Text>
        </View>
        <View className="mine__row">
          <Text>身份</Text>
          <Text>{user ? user.roles.map((r) => ROLE_LABELS[r]).join('、') : '—'}</Text>
        </View>
        <View className="mine__row">
          <Text>手机号</Text>
          <Text>{user?.phoneMasked ?? '未绑定'}</Text>
        </View>
      </View>
      <Button className="mine__logout" onClick={logout}>
        退出登录
      </Button>
    </View>
  );
}
