import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Role } from '@app/shared/enums';
import './role-workspace-links.scss';

/** Each role's own pages live in its sub-package; this is the way in from 我的. */
const WORKSPACES: Record<Role, { title: string; url: string }> = {
  worker: { title: '求职档案', url: '/packages/worker/pages/profile/index' },
  employer: { title: '岗位管理', url: '/packages/employer/pages/jobs/index' },
  trainer: { title: '培训班次', url: '/packages/trainer/pages/sessions/index' },
  admin: { title: '数据看板', url: '/packages/admin/pages/dashboard/index' },
};

/** One row per role the user holds, opening that role's workspace. */
export function RoleWorkspaceLinks({ roles }: { roles: readonly Role[] }) {
  if (roles.length === 0) return null;
  return (
    <View className="card workspace-links">
      {roles.map((role) => (
        <View
          key={role}
          className="workspace-links__row"
          onClick={() => void Taro.navigateTo({ url: WORKSPACES[role].url })}
        >
          <Text>{WORKSPACES[role].title}</Text>
          <Text className="workspace-links__arrow">›</Text>
        </View>
      ))}
    </View>
  );
}
