import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="岗位详情" description="岗位要求与投递" />;
}
