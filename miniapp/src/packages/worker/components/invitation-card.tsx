import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { JobInvitationView } from '@app/shared/api';
import { INVITATION_STATUS_LABELS, type InvitationStatus } from '@app/shared/enums';
import { jobUrl, salaryText } from '../../../components/job-card';
import { formatDate } from '../../../utils/format';
import './invitation-card.scss';

const STATUS_TONE: Readonly<Record<InvitationStatus, string>> = {
  pending: 'tag--demo',
  accepted: 'tag--subsidy',
  declined: '',
};

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className="invitation__row">
      <Text className="invitation__label">{label}</Text>
      <Text className="invitation__value">{value || '—'}</Text>
    </View>
  );
}

export interface InvitationCardProps {
  invitation: JobInvitationView;
  /** The worker has applied to the job already (no 去投递 then). */
  applied: boolean;
  /** 接受 or 婉拒 of this card is on the wire. */
  busy: boolean;
  onAccept: () => void;
  onDecline: () => void;
}

/**
 * An employer's invitation to apply (岗位邀请): the job (a tap opens it), employer, salary, place,
 * the employer's line and the day it came; 接受 / 婉拒 while pending, the answer after. Once
 * accepted it says the employer now sees the worker's name and phone, and offers 去投递.
 */
export function InvitationCard({
  invitation: i,
  applied,
  busy,
  onAccept,
  onDecline,
}: InvitationCardProps) {
  const { job } = i;
  const openJob = () => void Taro.navigateTo({ url: jobUrl(job.id) });
  return (
    <View className="card invitation">
      <View className="invitation__body" onClick={openJob}>
        <View className="invitation__head">
          <Text className="invitation__title">{job.title}</Text>
          <Text className={`tag ${STATUS_TONE[i.status]}`}>
            {INVITATION_STATUS_LABELS[i.status]}
          </Text>
        </View>
        <Row label="单位" value={job.employerName} />
        <Row label="月薪" value={salaryText(job.salaryMin, job.salaryMax)} />
        <Row label="地点" value={`${job.regionName} ${job.address}`.trim()} />
        {i.message ? <Row label="单位留言" value={i.message} /> : null}
        <Row label="邀请日期" value={formatDate(i.createdAt)} />
      </View>
      {i.status === 'pending' ? (
        <View className="invitation__actions">
          <Button className="btn-secondary" disabled={busy || undefined} onClick={onDecline}>
            婉拒
          </Button>
          <Button className="btn-primary" disabled={busy || undefined} onClick={onAccept}>
            {busy ? '请稍候…' : '接受'}
          </Button>
        </View>
      ) : i.status === 'accepted' ? (
        <View className="invitation__accepted">
          <Text className="muted">
            {`你已接受邀请，${job.employerName}现在可以看到你的姓名和电话。`}
            {applied ? '' : '接受不等于投递，想去请点“去投递”。'}
          </Text>
          {applied ? null : (
            <Button className="btn-primary invitation__apply" onClick={openJob}>
              去投递
            </Button>
          )}
        </View>
      ) : null}
    </View>
  );
}
