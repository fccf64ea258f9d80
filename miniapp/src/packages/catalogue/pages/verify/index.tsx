import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="证书查询" description="输入证书编号查询真伪" />;
}
