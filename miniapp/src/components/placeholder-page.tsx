import { Text, View } from '@tarojs/components';
import './placeholder-page.scss';

export interface PlaceholderProps {
  title: string;
  description: string;
}

/** A card for a feature still being built: says what will be here, plainly. */
export function PlaceholderCard({ title, description }: PlaceholderProps) {
  return (
    <View className="card placeholder">
      <View className="placeholder__head">
        <Text className="placeholder__title">{title}</Text>
        <Text className="placeholder__badge">建设中</Text>
      </View>
      <Text className="placeholder__description">{description}</Text>
    </View>
  );
}

/** A page whose feature is still being built. */
export function PlaceholderPage(props: PlaceholderProps) {
  return (
    <View className="page">
      <PlaceholderCard {...props} />
    </View>
  );
}
