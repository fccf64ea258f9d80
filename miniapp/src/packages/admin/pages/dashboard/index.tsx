import { View } from '@tarojs/components';
import { LinkList, workspaceLinks } from '../../../../components/role-workspace-links';
import { PlaceholderCard } from '../../../../components/placeholder-page';
import { PAGES } from '../../../../utils/navigation';
import './index.scss';

/** The admin's pages (the same entries 我的 shows, but this one), and the statistics still to come. */
const LINKS = workspaceLinks('admin').filter((link) => link.url !== PAGES.adminDashboard);

export default function AdminDashboardPage() {
  return (
    <View className="page">
      <LinkList links={LINKS} />
      <PlaceholderCard title="数据看板" description="品牌目标进度、培训与就业统计（建设中）。" />
    </View>
  );
}
