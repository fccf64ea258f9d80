import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { BrandListItem } from '@app/shared/api';
import { BRAND_LEVEL_LABELS } from '@app/shared/enums';
import { brandUrl } from '../utils/navigation';
import './brand-card.scss';

/** Background colours for brands without a cover picture, picked by the brand's code. */
const COLOURS = ['#c8161d', '#d9620b', '#1f7a4d', '#1d5fa8', '#7a3fa0', '#a0522d'];

export function brandColour(code: string): string {
  let hash = 0;
  for (const ch of code) hash = (hash * 31 + ch.charCodeAt(0)) % 1000003;
  return COLOURS[hash % COLOURS.length];
}

/** The brand's cover picture (loaded when scrolled into view), or its first character on a colour. */
export function BrandCover({
  brand,
  size = 'small',
}: {
  brand: Pick<BrandListItem, 'code' | 'name' | 'coverUrl'>;
  size?: 'small' | 'large';
}) {
  const className = `brand-cover brand-cover--${size}`;
  if (brand.coverUrl) {
    return <Image className={className} src={brand.coverUrl} mode="aspectFill" lazyLoad />;
  }
  return (
    <View className={className} style={{ backgroundColor: brandColour(brand.code) }}>
      <Text className="brand-cover__letter">{Array.from(brand.name)[0] ?? ''}</Text>
    </View>
  );
}

/** One labour brand in a list: cover, name, region and level, its one-line summary; opens the brand. */
export function BrandCard({ brand }: { brand: BrandListItem }) {
  return (
    <View
      className="brand-card"
      onClick={() => void Taro.navigateTo({ url: brandUrl(brand.code) })}
    >
      <BrandCover brand={brand} />
      <View className="brand-card__body">
        <Text className="brand-card__name">{brand.name}</Text>
        <Text className="brand-card__meta">
          {brand.regionName} · {BRAND_LEVEL_LABELS[brand.level] ?? ''}
        </Text>
        {brand.summary ? <Text className="brand-card__summary">{brand.summary}</Text> : null}
      </View>
    </View>
  );
}
