import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="我的证书" description="技能评价申请与证书" />;
}
