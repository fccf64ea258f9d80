import { PlaceholderPage } from '../../../../components/placeholder-page';
import './index.scss';

export default function WorkerProfilePage() {
  return (
    <PlaceholderPage title="求职档案" description="填写技能、求职意向与重点群体信息（建设中）。" />
  );
}
