import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { EmployerView, ProviderView } from '@app/shared/api';
import { organisationUrl, PAGES } from '../../../utils/navigation';
import '../provider.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/**
 * Why this trainer cannot create or change courses and sessions: no provider yet, or one not (yet)
 * verified, or the server's own 403 message. Nothing when they can.
 */
export function ProviderNote({
  provider,
  forbidden,
}: {
  provider: EmployerView | ProviderView | null;
  /** The message of a 403 the server answered. */
  forbidden?: string | null;
}) {
  let text: string;
  let action: { label: string; url: string } | null = {
    label: '查看机构信息',
    url: organisationUrl('provider'),
  };
  if (provider === null) {
    text = '你还没有加入培训机构。先登记或加入一个培训机构，审核通过后才能开设课程和班次。';
    action = { label: '培训机构入驻', url: PAGES.providerSignup };
  } else if (forbidden) {
    text = forbidden;
  } else if (provider.status === 'pending') {
    text = `你的培训机构“${provider.name}”还在审核中，审核通过后才能开设课程和班次。`;
  } else if (provider.status === 'rejected') {
    text = '你的培训机构没有通过审核。按审核意见修改、重新提交，通过后才能开设课程和班次。';
  } else {
    return null;
  }
  return (
    <View className="card provider-note">
      <Text className="provider-note__text">{text}</Text>
      {action ? (
        <Button
          className="btn-secondary form-button provider-note__button"
          onClick={() => go(action.url)}
        >
          {action.label}
        </Button>
      ) : null}
    </View>
  );
}
