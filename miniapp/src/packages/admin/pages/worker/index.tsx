import { useMemo } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { WorkerProfileView } from '@app/shared/api';
import { LoadingOrError } from '../../../../components/empty-state';
import {
  ProfileDetails,
  ProfileRow,
  type IdNumberReveal,
} from '../../../../components/worker-profile-view';
import { useLoad } from '../../../../hooks/use-load';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { formatDate, formatDateTime } from '../../../../utils/format';
import './index.scss';

function howRegistered(profile: WorkerProfileView): string {
  if (!profile.assisted) return '本人登记';
  return profile.claimed ? '代为登记（本人已登录认领）' : '代为登记（本人尚未登录认领）';
}

/** One worker's profile as the admin sees it (`?userId=`): masked, the full ID number only with a reason. */
export default function AdminWorkerPage() {
  useRequireLogin();
  const { params } = useRouter();
  const userId = params.userId ?? '';
  const worker = useLoad<WorkerProfileView>(
    () =>
      userId
        ? api.getWorkerForAdmin(userId).then((res) => res.profile)
        : Promise.reject(new Error('没有指定要查看的劳动者')),
    userId,
  );
  const reveal = useMemo<IdNumberReveal>(
    () => ({
      askReason: true,
      load: (reason) => api.revealWorkerIdNumber(userId, reason).then((res) => res.idNumber),
    }),
    [userId],
  );

  const profile = worker.data;
  if (!profile) {
    return (
      <View className="page">
        <LoadingOrError error={worker.error} onRetry={worker.reload} />
      </View>
    );
  }
  return (
    <View className="page admin-worker">
      <ProfileDetails profile={profile} reveal={reveal}>
        <ProfileRow label="登记方式" value={howRegistered(profile)} />
        <ProfileRow
          label="告知书版本"
          value={`${profile.consentVersion}（${formatDate(profile.consentAt)} 同意）`}
        />
        <ProfileRow label="登记时间" value={formatDateTime(profile.createdAt)} />
      </ProfileDetails>
    </View>
  );
}
