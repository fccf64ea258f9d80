import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="发布岗位" description="填写岗位信息" />;
}
