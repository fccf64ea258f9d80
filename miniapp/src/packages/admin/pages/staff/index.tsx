import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { StaffGrantRequest, StaffView } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { useStaff } from '../../../../hooks/use-staff';
import { api } from '../../../../services/api';
import { ApiError } from '../../../../services/api-error';
import { getStoredUser } from '../../../../services/auth-store';
import { StaffCard } from '../../components/staff-card';
import { StaffGrantForm } from '../../components/staff-grant-form';
import './index.scss';

/** 管理员任命: the bureau's admins in this admin's region; appoint one by phone, or take the role back. */
export default function StaffPage() {
  useRequireLogin();
  const me = getStoredUser();
  const staff = useStaff();

  const grant = async (input: StaffGrantRequest) => {
    const res = await api.grantStaff(input);
    staff.setData(res.items);
    void Taro.showToast({ title: '已任命', icon: 'success' });
  };

  const revoke = async (item: StaffView) => {
    const { confirm } = await Taro.showModal({
      title: '取消管理员',
      content: `确定取消“${item.displayName}”（${item.regionName}）的管理员权限吗？取消后对方不能再审核机构、查看审计日志。`,
      confirmText: '确定取消',
      cancelText: '保留',
    });
    if (!confirm) return;
    const res = await api.revokeStaff(item.userId).catch((e: unknown) => {
      // Someone else may have changed this account first: show what the server now holds.
      if (e instanceof ApiError && e.status === 404) staff.reload();
      throw e;
    });
    staff.setData(res.items);
    void Taro.showToast({ title: '已取消', icon: 'success' });
  };

  const items = staff.data ?? [];
  return (
    <View className="page admin-staff">
      <Text className="section-title">本地区管理员</Text>
      {items.map((item) => (
        <StaffCard key={item.userId} item={item} self={item.userId === me?.id} onRevoke={revoke} />
      ))}
      {staff.data && items.length === 0 && !staff.loading && !staff.error ? (
        <EmptyState text="还没有管理员。" />
      ) : null}
      {staff.loading || staff.error ? (
        <LoadingOrError error={staff.error} onRetry={staff.reload} />
      ) : null}
      <Text className="section-title">任命管理员</Text>
      <StaffGrantForm ownRegion={me?.regionCode ?? null} onGrant={grant} />
    </View>
  );
}
