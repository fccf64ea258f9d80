import { PlaceholderPage } from '../../../../components/placeholder-page';
import './index.scss';

export default function TrainerSessionsPage() {
  return (
    <PlaceholderPage title="培训班次" description="管理培训班次、点名签到与考核记录（建设中）。" />
  );
}
