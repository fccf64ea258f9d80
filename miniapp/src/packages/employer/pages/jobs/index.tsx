import { PlaceholderPage } from '../../../../components/placeholder-page';
import './index.scss';

export default function EmployerJobsPage() {
  return (
    <PlaceholderPage title="岗位管理" description="发布岗位、查看应聘者与推荐人选（建设中）。" />
  );
}
