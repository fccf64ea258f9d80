import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { CertificationView } from '@app/shared/api';
import { CERTIFICATION_STATUS_LABELS, type CertificationStatus } from '@app/shared/enums';
import { certificationKindText } from '../utils/certificate';
import { formatDateTime } from '../utils/format';
import './assessment-card.scss';

const STATUS_TONE: Readonly<Record<CertificationStatus, string>> = {
  applied: 'tag--demo',
  scheduled: 'tag--demo',
  passed: 'tag--subsidy',
  failed: 'tag--warn',
  issued: 'tag--subsidy',
};

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="assessment-card__row">
      <Text className="assessment-card__label">{label}</Text>
      <Text className="assessment-card__value">{value}</Text>
    </View>
  );
}

export interface AssessmentCardProps {
  item: CertificationView;
  /** Show the session and provider (lists across sessions, such as 证书发放). */
  showSession?: boolean;
  /** Buttons or a form under the card. */
  children?: ReactNode;
}

/**
 * One application for a skills assessment, as staff see it: who, what certificate, which try, when
 * and where the assessment is, the score and the certificate once there are any.
 */
export function AssessmentCard({ item, showSession, children }: AssessmentCardProps) {
  return (
    <View className="card assessment-card">
      <View className="assessment-card__head">
        <Text className="assessment-card__name">{item.workerName}</Text>
        <Text className={`tag ${STATUS_TONE[item.status]}`}>
          {CERTIFICATION_STATUS_LABELS[item.status]}
        </Text>
      </View>
      <Row
        label="评价"
        value={`${item.occupationName} · ${certificationKindText(item.certificateType, item.level)}`}
      />
      {showSession ? (
        <Row label="班次" value={`${item.sessionTitle}（${item.providerName}）`} />
      ) : null}
      <Row label="次数" value={`第 ${item.attempt} 次`} />
      {item.scheduledAt ? <Row label="考核时间" value={formatDateTime(item.scheduledAt)} /> : null}
      {item.place ? <Row label="考核地点" value={item.place} /> : null}
      {item.score !== null ? <Row label="成绩" value={`${item.score} 分`} /> : null}
      {item.certificateNo ? <Row label="证书编号" value={item.certificateNo} /> : null}
      {item.issuer ? <Row label="发证机构" value={item.issuer} /> : null}
      {item.issuedOn ? <Row label="发证日期" value={item.issuedOn} /> : null}
      {children ? <View className="assessment-card__more">{children}</View> : null}
    </View>
  );
}
