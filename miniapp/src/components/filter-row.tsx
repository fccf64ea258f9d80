import { Text, View } from '@tarojs/components';
import './filter-row.scss';

/** One filter: its name on the left, what is chosen on the right, the whole row a tap target. */
export function FilterRow({
  label,
  value,
  onClick,
}: {
  label: string;
  value: string;
  onClick?: () => void;
}) {
  return (
    <View className="filter-row" onClick={onClick}>
      <Text className="filter-row__label">{label}</Text>
      <Text className="filter-row__value">{value}</Text>
      <Text className="filter-row__arrow">›</Text>
    </View>
  );
}
