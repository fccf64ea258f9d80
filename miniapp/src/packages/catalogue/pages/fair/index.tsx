import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="专场招聘" description="招聘会与参会岗位" />;
}
