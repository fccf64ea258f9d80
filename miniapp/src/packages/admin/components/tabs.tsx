import { Text, View } from '@tarojs/components';

export interface Tab<T extends string> {
  value: T;
  label: string;
}

/** A row of large segment buttons; the chosen one is filled. */
export function Tabs<T extends string>({
  tabs,
  value,
  onChange,
}: {
  tabs: readonly Tab<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <View className="tabs">
      {tabs.map((tab) => (
        <View
          key={tab.value}
          className={`tabs__item${tab.value === value ? ' tabs__item--on' : ''}`}
          onClick={() => tab.value !== value && onChange(tab.value)}
        >
          <Text>{tab.label}</Text>
        </View>
      ))}
    </View>
  );
}
