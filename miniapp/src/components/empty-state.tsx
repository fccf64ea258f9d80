import { Text, View } from '@tarojs/components';

/** A card saying there is nothing here yet, and what would make something appear. */
export function EmptyState({ text }: { text: string }) {
  return (
    <View className="card">
      <Text className="muted">{text}</Text>
    </View>
  );
}
