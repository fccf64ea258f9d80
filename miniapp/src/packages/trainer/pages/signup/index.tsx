import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { OrgSignup } from '../../../../components/org-signup';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { JoinProvider } from '../../components/join-provider';
import './index.scss';

/**
 * 培训机构入驻: register a provider (the caller becomes its administrator), or join one with an
 * invite code (`?mode=join` puts that first), or correct a rejected application (`?mode=edit`).
 */
export default function ProviderSignupPage() {
  useRequireLogin();
  const { params } = useRouter();
  if (params.mode === 'edit') return <OrgSignup kind="provider" editing />;
  const join = <JoinProvider />;
  return (
    <View className="provider-signup">
      {params.mode === 'join' ? <View className="page provider-signup__join">{join}</View> : null}
      <Text className="section-title provider-signup__heading">登记新的培训机构</Text>
      <OrgSignup kind="provider" editing={false} />
      {params.mode === 'join' ? null : <View className="page provider-signup__join">{join}</View>}
    </View>
  );
}
