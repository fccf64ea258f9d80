import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="证书发放" description="审核通过的考核结果并发证" />;
}
