import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { WorkerProfileView } from '@app/shared/api';
import { ProfileRow } from '../../../../components/worker-profile-view';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { AssistedWorkerForm } from '../../components/assisted-worker-form';
import './index.scss';

/** What was registered (masked as the server answered), and the way to the next worker. */
function AssistedResult({
  profile,
  onAnother,
}: {
  profile: WorkerProfileView;
  onAnother: () => void;
}) {
  return (
    <View className="card profile assisted__done">
      <Text className="profile__title">登记成功</Text>
      <ProfileRow label="姓名" value={profile.realName} />
      <ProfileRow label="身份证号" value={profile.idNumberMasked} />
      <ProfileRow label="手机号" value={profile.phoneMasked ?? ''} />
      <Text className="assisted__tell">
        请告诉劳动者：以后用这个手机号收验证码登录，就能查看和修改自己的信息。
      </Text>
      <Button className="btn-primary form-button" onClick={onAnother}>
        再登记一位
      </Button>
    </View>
  );
}

/** 代为登记劳动者: a trainer or an admin registers a worker who has no smartphone. */
export default function AssistedSignupPage() {
  useRequireLogin();
  const [registered, setRegistered] = useState<WorkerProfileView | null>(null);
  return (
    <View className="page assisted">
      {registered ? (
        <AssistedResult profile={registered} onAnother={() => setRegistered(null)} />
      ) : (
        <>
          <View className="card assisted__intro">
            <Text>
              为没有智能手机的劳动者代为登记个人信息。劳动者以后用这里填写的手机号登录，就能使用这个账号。
            </Text>
          </View>
          <AssistedWorkerForm onRegistered={setRegistered} />
        </>
      )}
    </View>
  );
}
