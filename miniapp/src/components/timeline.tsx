import { Text, View } from '@tarojs/components';
import { formatDateTime } from '../utils/format';
import './timeline.scss';

export interface TimelineEvent<S extends string> {
  status: S;
  at: string;
  note: string | null;
}

/**
 * The steps so far, oldest at the top, the latest marked: an application's (投递) or an assessment's
 * (技能评价) history, each step named by its label.
 */
export function Timeline<S extends string>({
  events,
  labels,
}: {
  events: readonly TimelineEvent<S>[];
  labels: Readonly<Record<S, string>>;
}) {
  if (!events.length) return null;
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <View className="timeline">
      {sorted.map((event, i) => (
        <View
          key={`${event.status}-${event.at}`}
          className={`timeline__item${i === sorted.length - 1 ? ' timeline__item--latest' : ''}`}
        >
          <View className="timeline__dot" />
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="timeline__label">{labels[event.status]}</Text>
              <Text className="timeline__time">{formatDateTime(event.at)}</Text>
            </View>
            {event.note ? <Text className="timeline__note">{event.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
