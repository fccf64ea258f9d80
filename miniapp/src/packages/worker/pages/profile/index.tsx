import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { WorkerProfileView } from '@app/shared/api';
import { PRIVACY_NOTICE_VERSION } from '@app/shared/enums';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { LinkList } from '../../../../components/role-workspace-links';
import { ProfileDetails, type IdNumberReveal } from '../../../../components/worker-profile-view';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { useWorkerProfile } from '../../../../hooks/use-worker-profile';
import { api } from '../../../../services/api';
import { getStoredUser, saveUser } from '../../../../services/auth-store';
import { PAGES } from '../../../../utils/navigation';
import { MyDataActions } from '../../components/my-data-actions';
import { ProfileEditor } from '../../components/profile-editor';
import './index.scss';

/** The worker's own number: no reason asked (the server still records the look). */
const OWN_ID_NUMBER: IdNumberReveal = {
  load: () => api.revealMyIdNumber().then((res) => res.idNumber),
};

/** The worker's other pages, under the profile. */
const LINKS = [
  { title: '我的培训', url: PAGES.myEnrolments },
  { title: '我的消息', url: PAGES.inbox },
];

/** The stored user now has a profile (the login flow and 我的 read this flag). */
function markProfileCreated(): void {
  const user = getStoredUser();
  if (user && !user.hasWorkerProfile) saveUser({ ...user, hasWorkerProfile: true });
}

/**
 * The worker's profile: shown masked, edited in place. A profile is created (or edited) only under
 * the current privacy notice: the consent page passes `?consent=<version>`, or the stored profile
 * already carries it.
 */
export default function WorkerProfilePage() {
  useRequireLogin();
  const { params } = useRouter();
  const { data: profile, error, reload, setData } = useWorkerProfile();
  const [editing, setEditing] = useState(false);
  const [justCreated, setJustCreated] = useState(false);

  if (profile === undefined) {
    return (
      <View className="page">
        <LoadingOrError error={error} onRetry={reload} />
      </View>
    );
  }

  const consented =
    params.consent === PRIVACY_NOTICE_VERSION || profile?.consentVersion === PRIVACY_NOTICE_VERSION;
  const readNotice = () => void Taro.redirectTo({ url: PAGES.consent });

  const onSaved = (saved: WorkerProfileView) => {
    if (profile === null) {
      markProfileCreated();
      setJustCreated(true);
    }
    setData(saved);
    setEditing(false);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };

  if (profile === null || editing) {
    if (!consented) {
      return (
        <View className="page">
          <EmptyState
            text={
              profile === null
                ? '填写个人信息前，请先阅读并同意《个人信息保护告知书》。'
                : '《个人信息保护告知书》已更新，修改信息前请重新阅读并同意。'
            }
            actionText="去阅读"
            onAction={readNotice}
          />
          {profile === null ? <MyDataActions /> : null}
        </View>
      );
    }
    return (
      <View className="page">
        <ProfileEditor
          profile={profile}
          onSaved={onSaved}
          onCancel={profile ? () => setEditing(false) : undefined}
        />
      </View>
    );
  }

  return (
    <View className="page">
      {justCreated ? (
        <View className="card profile__done">
          <Text className="profile__done-text">个人信息已保存，现在可以报名培训、查看岗位了。</Text>
          <Button
            className="btn-primary form-button"
            onClick={() => void Taro.switchTab({ url: PAGES.home })}
          >
            去首页
          </Button>
        </View>
      ) : null}
      <ProfileDetails profile={profile} reveal={OWN_ID_NUMBER}>
        <Button className="btn-primary form-button profile__edit" onClick={() => setEditing(true)}>
          修改信息
        </Button>
      </ProfileDetails>
      <LinkList links={LINKS} />
      <MyDataActions />
    </View>
  );
}
