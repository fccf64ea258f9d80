import { Text, View } from '@tarojs/components';
import './chips.scss';

export interface Chip<T extends string> {
  value: T;
  label: string;
}

/** A row of large choice chips (全部, 八桂系列, …); the chosen one is filled. */
export function Chips<T extends string>({
  chips,
  value,
  onChange,
}: {
  chips: readonly Chip<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <View className="chips">
      {chips.map((chip) => (
        <View
          key={chip.value}
          className={`chips__item${chip.value === value ? ' chips__item--on' : ''}`}
          onClick={() => chip.value !== value && onChange(chip.value)}
        >
          <Text>{chip.label}</Text>
        </View>
      ))}
    </View>
  );
}
