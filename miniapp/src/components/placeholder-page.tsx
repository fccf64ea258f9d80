import { Text, View } from '@tarojs/components';
import './placeholder-page.scss';

/** A page whose feature is still being built: says what will be here, plainly. */
export function PlaceholderPage({ title, description }: { title: string; description: string }) {
  return (
    <View className="page">
      <View className="card placeholder">
        <View className="placeholder__head">
          <Text className="placeholder__title">{title}</Text>
          <Text className="placeholder__badge">建设中</Text>
        </View>
        <Text className="placeholder__description">{description}</Text>
      </View>
    </View>
  );
}
