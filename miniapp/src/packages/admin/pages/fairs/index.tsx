import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="专场招聘" description="创建和管理专场招聘会" />;
}
