import { Text, View } from '@tarojs/components';
import type { RecommendationView } from '@app/shared/api';
import { JobCard } from './job-card';
import './recommendation-card.scss';

/** Why a job or a candidate was recommended, one small line each: ✓ 你已取得 缝纫工 五级证书. */
export function ReasonLines({ reasons }: { reasons: readonly string[] }) {
  if (reasons.length === 0) return null;
  return (
    <View className="reason-lines">
      {reasons.map((reason, i) => (
        <Text key={`${i}-${reason}`} className="reason-lines__item">
          ✓ {reason}
        </Text>
      ))}
    </View>
  );
}

export interface RecommendationCardProps {
  recommendation: RecommendationView;
  /** Opens the job (and marks the recommendation seen). */
  onOpen: () => void;
}

/** A job recommended to the worker: the job card, 新 until opened, and the reasons under it. */
export function RecommendationCard({ recommendation, onOpen }: RecommendationCardProps) {
  const fresh = recommendation.seenAt === null;
  return (
    <JobCard job={recommendation.job} onOpen={onOpen}>
      <View className="recommendation-card__why" onClick={onOpen}>
        {fresh ? <Text className="tag tag--warn recommendation-card__new">新推荐</Text> : null}
        <ReasonLines reasons={recommendation.reasons} />
      </View>
    </JobCard>
  );
}
