import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="培训班次" description="辖区内的培训班次" />;
}
