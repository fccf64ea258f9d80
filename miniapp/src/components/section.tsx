import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

/** A titled part of a page: the heading, then what is under it. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <View>
      <Text className="section-title">{title}</Text>
      {children}
    </View>
  );
}
