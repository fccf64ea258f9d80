import { PlaceholderPage } from '../../../../components/placeholder-page';

export default function Page() {
  return <PlaceholderPage title="扫码签到" description="扫描老师屏幕上的二维码签到" />;
}
