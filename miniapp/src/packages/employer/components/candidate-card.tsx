import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { CandidateRecommendationView } from '@app/shared/api';
import { ReasonLines } from '../../../components/recommendation-card';
import { certificationKindText } from '../../../utils/certificate';
import { listText } from '../../../utils/format';
import './candidate-card.scss';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="candidate__row">
      <Text className="candidate__label">{label}</Text>
      <Text className="candidate__value">{value || '—'}</Text>
    </View>
  );
}

/**
 * A worker recommended for the employer's job: the name masked (王**) until they apply, where they
 * live, certificates, skills, the match score and why they fit.
 */
export function CandidateCard({
  item,
  children,
}: {
  item: CandidateRecommendationView;
  children?: ReactNode;
}) {
  const { candidate } = item;
  const certificates = candidate.certificates.map(
    (c) => `${c.occupationName}（${certificationKindText(c.type, c.level)}）`,
  );
  return (
    <View className="card candidate">
      <View className="candidate__head">
        <Text className="candidate__name">{candidate.name}</Text>
        {item.applied ? <Text className="tag tag--subsidy">已投递</Text> : null}
        <Text className="candidate__score">匹配度 {item.score}</Text>
      </View>
      <Row label="现居" value={candidate.countyName} />
      <Row label="证书" value={certificates.length ? certificates.join('；') : '暂无'} />
      <Row label="技能" value={listText(candidate.skills)} />
      <ReasonLines reasons={item.reasons} />
      {children ? <View className="candidate__more">{children}</View> : null}
    </View>
  );
}
