import { Button, Text, View } from '@tarojs/components';
import type { CertificationView, EnrolmentView } from '@app/shared/api';
import { CERTIFICATION_STATUS_LABELS } from '@app/shared/enums';
import { QrCode } from '../../../components/qr-code';
import { Timeline } from '../../../components/timeline';
import { certificationKindText, verifyAddress } from '../../../utils/certificate';
import { formatDateTime } from '../../../utils/format';

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="cert-card__row">
      <Text className="cert-card__label">{label}</Text>
      <Text className="cert-card__value">{value || '—'}</Text>
    </View>
  );
}

/** The certificate itself, with a QR code of its public 证书查询 page an employer can scan. */
function IssuedCertificate({ certification }: { certification: CertificationView }) {
  const no = certification.certificateNo ?? '';
  return (
    <View className="cert-card__certificate">
      <Row label="证书编号" value={no} />
      <Row label="发证机构" value={certification.issuer ?? ''} />
      <Row label="发证日期" value={certification.issuedOn ?? ''} />
      {no ? (
        <View className="cert-card__qr">
          <QrCode text={verifyAddress(no)} label={`证书 ${no} 的查询二维码`} size={180} />
          <Text className="cert-card__qr-no">{no}</Text>
          <Text className="muted">用人单位扫码可查询证书真伪</Text>
        </View>
      ) : null}
    </View>
  );
}

export interface CardAction {
  text: string;
  busy: boolean;
  onPress: () => void;
}

export interface CertificationCardProps {
  certification: CertificationView;
  /** 申请重考 / 申请高级工, when the worker can apply for that from here. */
  action: CardAction | null;
  /** Why the last tap on `action` failed (the server's message). */
  error: string | null;
}

/**
 * One 技能评价 application: occupation, type and level, where it stands, the date and place once
 * scheduled, the score once assessed, the certificate once issued, and every step so far.
 */
export function CertificationCard({ certification: c, action, error }: CertificationCardProps) {
  const assessed = c.status === 'passed' || c.status === 'failed' || c.status === 'issued';
  return (
    <View className="card cert-card">
      <View className="cert-card__head">
        <Text className="cert-card__title">{c.occupationName}</Text>
        <Text className={`tag cert-tag cert-tag--${c.status}`}>
          {CERTIFICATION_STATUS_LABELS[c.status]}
        </Text>
      </View>
      <Text className="cert-card__kind">{certificationKindText(c.certificateType, c.level)}</Text>
      {c.attempt > 1 ? <Text className="cert-card__attempt">第 {c.attempt} 次考核</Text> : null}
      <Text className="muted cert-card__session">
        {c.sessionTitle} · {c.providerName}
      </Text>

      {c.status === 'scheduled' ? (
        <View className="cert-card__box">
          <Row label="考核时间" value={formatDateTime(c.scheduledAt)} />
          <Row label="考核地点" value={c.place ?? ''} />
        </View>
      ) : null}
      {assessed && c.score !== null ? (
        <View className="cert-card__box">
          <Row label="考核成绩" value={`${c.score} 分`} />
        </View>
      ) : null}
      {c.status === 'issued' ? <IssuedCertificate certification={c} /> : null}

      <Timeline labels={CERTIFICATION_STATUS_LABELS} events={c.timeline} />

      {action ? (
        <Button
          className="btn-primary cert-card__action"
          disabled={action.busy || undefined}
          onClick={action.onPress}
        >
          {action.busy ? '正在提交…' : action.text}
        </Button>
      ) : null}
      {error ? <Text className="cert-card__error">{error}</Text> : null}
    </View>
  );
}

/** A completed course with no application yet: 申请技能评价 for the course's own level. */
export function ApplyCard({
  enrolment,
  busy,
  error,
  onApply,
}: {
  enrolment: EnrolmentView;
  busy: boolean;
  error: string | null;
  onApply: () => void;
}) {
  const { session } = enrolment;
  return (
    <View className="card cert-card cert-apply">
      <View className="cert-card__head">
        <Text className="cert-card__title">{session.occupationName}</Text>
        <Text className="tag cert-tag cert-tag--completed">已结业</Text>
      </View>
      <Text className="muted cert-card__session">
        {session.title} · {session.providerName}
      </Text>
      <Button
        className="btn-primary cert-card__action"
        disabled={busy || undefined}
        onClick={onApply}
      >
        {busy ? '正在提交…' : '申请技能评价'}
      </Button>
      {error ? <Text className="cert-card__error">{error}</Text> : null}
    </View>
  );
}
