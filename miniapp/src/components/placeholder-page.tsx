import { Text, View } from '@tarojs/components';

/** A page whose feature is still being built: says so plainly. */
export function PlaceholderPage({ title, description }: { title: string; description: string }) {
  return (
    <View className="page">
      <View className="card">
        <Text className="section-title">{title}</Text>
        <View>
          <Text className="muted">{description}</Text>
        </View>
      </View>
    </View>
  );
}
