import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="推荐人选" description="为岗位推荐的人选" />;
}
