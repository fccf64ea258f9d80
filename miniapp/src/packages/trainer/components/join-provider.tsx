import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { FormError, TextField } from '../../../components/form-field';
import { api } from '../../../services/api';
import { errorMessage } from '../../../services/api-error';
import { organisationUrl, PAGES } from '../../../utils/navigation';

/** Invite codes are eight letters or digits. */
const CODE_PATTERN = /^[A-Z0-9]{8}$/;

/** A trainer joins an existing provider with the code its administrator made. */
export function JoinProvider() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const join = async () => {
    const value = code.trim().toUpperCase();
    if (!CODE_PATTERN.test(value)) {
      setError('邀请码是8位字母或数字，请向机构管理员索要');
      return;
    }
    setError(undefined);
    setFormError(null);
    setBusy(true);
    try {
      await api.joinProvider(value);
      if (!(await api.refresh())) {
        await Taro.reLaunch({ url: PAGES.login });
        return;
      }
      void Taro.showToast({ title: '已加入', icon: 'success' });
      await Taro.redirectTo({ url: organisationUrl('provider') });
    } catch (e) {
      setFormError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="card join-provider">
      <Text className="join-provider__title">加入培训机构</Text>
      <Text className="muted join-provider__text">
        你的机构已经在平台登记过？向机构管理员要一个邀请码，填在下面就能加入。
      </Text>
      <TextField
        label="邀请码"
        value={code}
        onInput={(v) => setCode(v.toUpperCase())}
        placeholder="8位邀请码"
        maxlength={8}
        error={error}
      />
      <FormError message={formError} />
      <Button
        className="btn-primary form-button"
        disabled={busy || undefined}
        onClick={() => void join()}
      >
        {busy ? '正在加入…' : '加入'}
      </Button>
    </View>
  );
}
