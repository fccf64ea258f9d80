import { PlaceholderPage } from '../../components/placeholder-page';
import { useRequireLogin } from '../../hooks/use-require-login';
import './index.scss';

export default function JobsPage() {
  useRequireLogin();
  return (
    <PlaceholderPage title="岗位信息" description="用人单位发布的岗位和招聘会信息即将上线。" />
  );
}
