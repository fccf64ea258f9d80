import { Text, View } from '@tarojs/components';
import { ROLE_LABELS } from '@app/shared/enums';
import { BrandCard } from '../../components/brand-card';
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
      <View className="home__greeting">
        <Text className="home__hello">你好，{user?.displayName ?? ''}</Text>
        <Text className="home__role">
          {user ? user.roles.map((r) => ROLE_LABELS[r]).join('、') : ''} · 欢迎使用劳务品牌服务平台
        </Text>
      </View>
      <View className="section-title">劳务品牌</View>
      {FEATURED_BRANDS.map((b) => (
        <BrandCard key={b.name} {...b} />
      ))}
      <View className="section-title">为你推荐的岗位</View>
      <View className="card">
        <Text className="muted">暂无推荐岗位。完善求职意向后，这里会为你推荐合适的工作。</Text>
      </View>
    </View>
  );
}
