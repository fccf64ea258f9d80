import { PlaceholderPage } from '../../components/placeholder-page';
import { useRequireLogin } from '../../hooks/use-require-login';
import './index.scss';

export default function TrainingPage() {
  useRequireLogin();
  return (
    <PlaceholderPage
      title="培训报名"
      description="补贴性职业技能培训课程即将上线：报名、签到、结业一站办理。"
    />
  );
}
