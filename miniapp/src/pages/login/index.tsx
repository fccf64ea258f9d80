import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { UserSummary } from '@app/shared/api';
import type { Role } from '@app/shared/enums';
import { isValidPhone, normalizePhone, PHONE_PROBLEM_MESSAGE } from '@app/shared/validators';
import { FormError, TextField } from '../../components/form-field';
import { useCountdown } from '../../hooks/use-countdown';
import { useLogin } from '../../hooks/use-login';
import { api } from '../../services/api';
import { errorMessage } from '../../services/api-error';
import { saveLogin, saveUser } from '../../services/auth-store';
import { goAfterLogin } from '../../utils/navigation';
import './index.scss';

const DEMO_ROLES: { role: Role; label: string }[] = [
  { role: 'worker', label: '以劳动者身份体验' },
  { role: 'employer', label: '以用人单位身份体验' },
  { role: 'trainer', label: '以培训讲师身份体验' },
  { role: 'admin', label: '以管理员身份体验' },
];

/** Used when the server does not say how long to wait before another code. */
const DEFAULT_COOLDOWN_SECONDS = 60;

type Login = ReturnType<typeof useLogin>;

// `disabled={false}` would still put a `disabled` attribute on Taro's H5 button and grey its text, so
// the attribute is left out unless something is running.
const disabledWhile = (busy: boolean) => busy || undefined;

/** After a WeChat login without a phone: bind it with WeChat's phone button, or skip for now. */
function BindPhoneStep({ user }: { user: UserSummary }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onPhone = async (code: string | undefined) => {
    if (!code) {
      setError('没有拿到手机号。可以再点一次“授权手机号”，或先点“跳过”。');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const bound = await api.wechatPhone(code);
      // The phone may belong to the account a trainer registered for this worker: WeChat now logs
      // into that one, and its tokens replace the empty account's.
      if (bound.login) saveLogin(bound.login);
      else saveUser(bound.user);
      await goAfterLogin(bound.user);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="card login__phone">
      <Text className="login__phone-text">
        绑定手机号后，换手机也能用手机号登录，还能收到培训和岗位通知。
      </Text>
      <FormError message={error} />
      <Button
        className="btn-primary login__button"
        openType="getPhoneNumber"
        disabled={disabledWhile(busy)}
        onGetPhoneNumber={(e) => void onPhone(e.detail.code)}
      >
        授权手机号
      </Button>
      <Button
        className="btn-secondary login__button"
        disabled={disabledWhile(busy)}
        onClick={() => void goAfterLogin(user)}
      >
        跳过
      </Button>
    </View>
  );
}

/** The mini-program's way in: WeChat login with the code from wx.login, then the phone if missing. */
function WechatLogin({ busy, error, logIn }: Login) {
  const [needsPhone, setNeedsPhone] = useState<UserSummary | null>(null);
  if (needsPhone) return <BindPhoneStep user={needsPhone} />;
  const wechatLogin = () =>
    logIn(
      async () => {
        const { code } = await Taro.login();
        return api.wechatLogin(code);
      },
      {
        inline: true,
        next: (res) =>
          res.user.phoneMasked === null ? setNeedsPhone(res.user) : goAfterLogin(res.user),
      },
    );
  return (
    <View>
      <FormError message={error} />
      <Button
        className="btn-primary login__button"
        disabled={disabledWhile(busy)}
        onClick={wechatLogin}
      >
        微信一键登录
      </Button>
    </View>
  );
}

/** H5: phone number and a six-digit code sent by SMS. */
function SmsLogin({ busy, error, logIn }: Login) {
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [phoneError, setPhoneError] = useState<string | undefined>();
  const [codeError, setCodeError] = useState<string | undefined>();
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const countdown = useCountdown();

  const checkedPhone = (): string | null => {
    const normalized = isValidPhone(phone) ? normalizePhone(phone) : null;
    setPhoneError(normalized ? undefined : PHONE_PROBLEM_MESSAGE);
    return normalized;
  };

  const sendCode = async () => {
    const normalized = checkedPhone();
    if (!normalized || sending || countdown.seconds > 0) return;
    setSending(true);
    setSendError(null);
    try {
      const res = await api.smsSend(normalized);
      countdown.start(res.cooldownSeconds || DEFAULT_COOLDOWN_SECONDS);
      setSentTo(normalized);
    } catch (e) {
      setSendError(errorMessage(e));
    } finally {
      setSending(false);
    }
  };

  const submit = () => {
    const normalized = checkedPhone();
    const codeOk = /^\d{6}$/.test(code.trim());
    setCodeError(codeOk ? undefined : '请输入短信里的6位验证码');
    if (!normalized || !codeOk) return;
    logIn(() => api.smsLogin(normalized, code.trim()), { inline: true });
  };

  const sendLabel = countdown.seconds > 0 ? `${countdown.seconds}秒后重新获取` : '获取验证码';
  return (
    <View className="card login__sms">
      <TextField
        label="手机号"
        type="number"
        maxlength={11}
        placeholder="请输入11位手机号"
        value={phone}
        onInput={setPhone}
        error={phoneError}
      />
      <Button
        className="btn-secondary login__button login__send"
        disabled={disabledWhile(sending || countdown.seconds > 0)}
        onClick={() => void sendCode()}
      >
        {sendLabel}
      </Button>
      {sentTo ? (
        <Text className="login__sent">
          验证码已发送到 {sentTo.slice(0, 3)}****{sentTo.slice(-4)}
        </Text>
      ) : null}
      <FormError message={sendError} />
      <TextField
        label="验证码"
        type="number"
        maxlength={6}
        placeholder="6位数字"
        value={code}
        onInput={setCode}
        error={codeError}
      />
      <FormError message={error} />
      <Button className="btn-primary login__button" disabled={disabledWhile(busy)} onClick={submit}>
        登录
      </Button>
      <Text className="login__hint">没有账号的手机号会自动注册为劳动者账号。</Text>
    </View>
  );
}

/** H5 only: one button per demo role, so anyone can try the app in a browser. */
function DemoLoginButtons({ busy, logIn }: Login) {
  return (
    <View className="login__demo">
      <Text className="login__demo-title">体验账号</Text>
      {DEMO_ROLES.map(({ role, label }) => (
        <Button
          key={role}
          className="btn-secondary login__button"
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
  const login = useLogin();
  return (
    <View className="page login">
      <Text className="login__title">劳务品牌服务平台</Text>
      <Text className="login__subtitle">培训报名 · 技能认证 · 岗位推荐</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <WechatLogin {...login} />
      ) : (
        <>
          <SmsLogin {...login} />
          <DemoLoginButtons {...login} />
        </>
      )}
      <Text className="login__privacy">
        个人信息保护说明：我们仅为培训报名、技能认证和就业服务收集必要信息，身份证号加密保存、页面中脱敏显示，不会提供给无关方。
      </Text>
    </View>
  );
}
