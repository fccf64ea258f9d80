import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { CandidateRecommendationView } from '@app/shared/api';
import { INVITATION_STATUS_LABELS, type InvitationStatus } from '@app/shared/enums';
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

/** The employer's side of an invitation: 已邀请 while the worker has not answered. */
const INVITATION_TAG: Readonly<Record<InvitationStatus, { text: string; tone: string }>> = {
  pending: { text: '已邀请', tone: 'tag--demo' },
  accepted: { text: INVITATION_STATUS_LABELS.accepted, tone: 'tag--subsidy' },
  declined: { text: INVITATION_STATUS_LABELS.declined, tone: 'tag--warn' },
};

/**
 * A worker recommended for the employer's job: the name masked (王**) until they apply or accept an
 * invitation (then the phone too), where they live, certificates, skills, the match score, why they
 * fit, and this job's invitation to them (已邀请 / 已接受 / 已婉拒).
 */
export function CandidateCard({
  item,
  children,
}: {
  item: CandidateRecommendationView;
  children?: ReactNode;
}) {
  const { candidate } = item;
  const invitation = item.invitation && !item.applied ? INVITATION_TAG[item.invitation] : null;
  const certificates = candidate.certificates.map(
    (c) => `${c.occupationName}（${certificationKindText(c.type, c.level)}）`,
  );
  return (
    <View className="card candidate">
      <View className="candidate__head">
        <Text className="candidate__name">{candidate.name}</Text>
        {item.applied ? <Text className="tag tag--subsidy">已投递</Text> : null}
        {invitation ? (
          <Text className={`tag candidate__invitation ${invitation.tone}`}>{invitation.text}</Text>
        ) : null}
        <Text className="candidate__score">匹配度 {item.score}</Text>
      </View>
      {candidate.phone ? <Row label="电话" value={candidate.phone} /> : null}
      <Row label="现居" value={candidate.countyName} />
      <Row label="证书" value={certificates.length ? certificates.join('；') : '暂无'} />
      <Row label="技能" value={listText(candidate.skills)} />
      <ReasonLines reasons={item.reasons} />
      {children ? <View className="candidate__more">{children}</View> : null}
    </View>
  );
}
