import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { Role } from '@app/shared/enums';
import type { LoginResponse } from '@app/shared/api';
import { api } from '../../services/api';
import { showError } from '../../services/api-error';
import { saveLogin } from '../../services/auth-store';
import './index.scss';

const DEMO_BUTTONS: { role: Role; label: string }[] = [
  { role: 'worker', label: '以劳动者身份体验' },
  { role: 'employer', label: '以用人单位身份体验' },
  { role: 'trainer', label: '以培训讲师身份体验' },
  { role: 'admin', label: '以管理员身份体验' },
];

async function finishLogin(login: Promise<LoginResponse>): Promise<void> {
  saveLogin(await login);
  await Taro.switchTab({ url: '/pages/index/index' });
}

export default function LoginPage() {
  const [busy, setBusy] = useState(false);
  const isWeapp = process.env.TARO_ENV === 'weapp';

  const run = (login: () => Promise<LoginResponse>) => async () => {
    if (busy) return;
    setBusy(true);
    try {
      await finishLogin(login());
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  const wechatLogin = run(async () => {
    const { code } = await Taro.login();
    return api.wechatLogin(code);
  });

  return (
    <View className="page login">
      <Text className="login__title">劳务品牌服务平台</Text>
      <Text className="login__subtitle">培训报名 · 技能认证 · 岗位推荐</Text>
      {isWeapp ? (
        <Button className="btn-primary login__button" disabled={busy} onClick={wechatLogin}>
          微信一键登录
        </Button>
      ) : (
        DEMO_BUTTONS.map((b) => (
          <Button
            key={b.role}
            className="btn-primary login__button"
            disabled={busy}
            onClick={run(() => api.demoLogin(b.role))}
          >
            {b.label}
          </Button>
        ))
      )}
      <Text className="login__privacy">
        个人信息保护说明：我们仅为培训报名、技能认证和就业服务收集必要信息，身份证号加密保存、页面中脱敏显示，不会提供给无关方。
      </Text>
    </View>
  );
}
