import { Text, View } from '@tarojs/components';
import './brand-card.scss';

export interface BrandCardProps {
  name: string;
  region: string;
  trade: string;
}

/** One labour brand in a list: name, where it comes from, the trade. */
export function BrandCard({ name, region, trade }: BrandCardProps) {
  return (
    <View className="brand-card">
      <Text className="brand-card__name">{name}</Text>
      <Text className="brand-card__meta">
        {region} · {trade}
      </Text>
    </View>
  );
}
