import { PlaceholderPage } from '../../../../components/placeholder-page';
import './index.scss';

export default function AdminDashboardPage() {
  return (
    <PlaceholderPage title="数据看板" description="品牌目标进度、培训与就业统计（建设中）。" />
  );
}
