import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Role } from '@app/shared/enums';
import { useLogin } from '../../hooks/use-login';
import { api } from '../../services/api';
import './index.scss';

const DEMO_ROLES: { role: Role; label: string }[] = [
  { role: 'worker', label: '以劳动者身份体验' },
  { role: 'employer', label: '以用人单位身份体验' },
  { role: 'trainer', label: '以培训讲师身份体验' },
  { role: 'admin', label: '以管理员身份体验' },
];

interface LoginButtonsProps {
  busy: boolean;
  logIn: ReturnType<typeof useLogin>['logIn'];
}

// `disabled={false}` would still put a `disabled` attribute on Taro's H5 button and grey its text, so
// the attribute is left out unless a login is running.
const disabledWhile = (busy: boolean) => busy || undefined;

/** The mini-program's only way in: WeChat login with the code from wx.login. */
function WechatLoginButton({ busy, logIn }: LoginButtonsProps) {
  const wechatLogin = () =>
    logIn(async () => {
      const { code } = await Taro.login();
      return api.wechatLogin(code);
    });
  return (
    <Button
      className="btn-primary login__button"
      disabled={disabledWhile(busy)}
      onClick={wechatLogin}
    >
      微信一键登录
    </Button>
  );
}

/** H5 only: one button per demo role, so anyone can try the app in a browser. */
function DemoLoginButtons({ busy, logIn }: LoginButtonsProps) {
  return (
    <View className="login__demo">
      {DEMO_ROLES.map(({ role, label }) => (
        <Button
          key={role}
          className="btn-primary login__button"
          disabled={disabledWhile(busy)}
          onClick={() => logIn(() => api.demoLogin(role))}
        >
          {label}
        </Button>
      ))}
    </View>
  );
}

export default function LoginPage() {
  const { busy, logIn } = useLogin();
  return (
    <View className="page login">
      <Text className="login__title">劳务品牌服务平台</Text>
      <Text className="login__subtitle">培训报名 · 技能认证 · 岗位推荐</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <WechatLoginButton busy={busy} logIn={logIn} />
      ) : (
        <DemoLoginButtons busy={busy} logIn={logIn} />
      )}
      <Text className="login__privacy">
        个人信息保护说明：我们仅为培训报名、技能认证和就业服务收集必要信息，身份证号加密保存、页面中脱敏显示，不会提供给无关方。
      </Text>
    </View>
  );
}
