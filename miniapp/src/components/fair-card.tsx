import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { JobFairView } from '@app/shared/api';
import { PAGES } from '../utils/navigation';
import './fair-card.scss';

/** A job fair's public page. */
export function fairUrl(id: string): string {
  return `${PAGES.fair}?id=${encodeURIComponent(id)}`;
}

/** '线上' or the place, after the region: '福绵区 · 福绵镇人力资源市场'. */
export function fairWhereText(fair: Pick<JobFairView, 'regionName' | 'place'>): string {
  return `${fair.regionName} · ${fair.place ?? '线上招聘会'}`;
}

/** One 专场招聘: name, date, where (or 线上), its brands and how many jobs are attached; opens it. */
export function FairCard({ fair }: { fair: JobFairView }) {
  return (
    <View
      className="card fair-card"
      onClick={() => void Taro.navigateTo({ url: fairUrl(fair.id) })}
    >
      <View className="fair-card__head">
        <Text className="fair-card__title">{fair.title}</Text>
        {fair.place === null ? <Text className="tag tag--demo">线上</Text> : null}
      </View>
      <Text className="fair-card__meta">{fair.date}</Text>
      <Text className="fair-card__meta">{fairWhereText(fair)}</Text>
      {fair.brandNames.length ? (
        <Text className="fair-card__meta">品牌：{fair.brandNames.join('、')}</Text>
      ) : null}
      <Text className="fair-card__meta">参会岗位 {fair.jobs.length} 个</Text>
    </View>
  );
}
