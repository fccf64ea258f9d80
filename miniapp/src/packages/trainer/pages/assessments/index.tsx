import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="技能评价" description="为学员申请考核并录入成绩" />;
}
