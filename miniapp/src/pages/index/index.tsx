import { View } from '@tarojs/components';
import { BrandCard } from '../../components/brand-card';
import { EmptyState } from '../../components/empty-state';
import { GreetingBanner } from '../../components/greeting-banner';
import { useMe } from '../../hooks/use-me';
import { useRequireLogin } from '../../hooks/use-require-login';
import './index.scss';

/** Sample brands from the two plans until the brand directory lands. */
const FEATURED_BRANDS = [
  { name: '福绵裁缝', region: '玉林市福绵区', trade: '服装缝制' },
  { name: '八桂家政', region: '广西玉林市', trade: '家政服务' },
  { name: '羊城家政', region: '广东广州市', trade: '家政服务' },
  { name: '从化月嫂', region: '广州市从化区', trade: '母婴护理' },
];

export default function HomePage() {
  const loggedIn = useRequireLogin();
  const { user } = useMe();
  if (!loggedIn) return <View className="page" />;
  return (
    <View className="page home">
      <GreetingBanner user={user} />
      <View className="section-title">劳务品牌</View>
      {FEATURED_BRANDS.map((b) => (
        <BrandCard key={b.name} {...b} />
      ))}
      <View className="section-title">为你推荐的岗位</View>
      <EmptyState text="暂无推荐岗位。完善求职意向后，这里会为你推荐合适的工作。" />
    </View>
  );
}
