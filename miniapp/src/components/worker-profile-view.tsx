import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { WorkerProfileView } from '@app/shared/api';
import { GENDER_LABELS } from '@app/shared/enums';
import { errorMessage, fieldErrors, showError } from '../services/api-error';
import { listText } from '../utils/format';
import { FormError, TextAreaField } from './form-field';
import { regionLabel } from './region-picker';
import './worker-profile.scss';

/** How long the full ID number stays on screen. */
export const REVEAL_SECONDS = 10;
export const REVEAL_REASON_MIN = 2;
export const REVEAL_REASON_MAX = 200;
export const AUDIT_NOTE = '本次查看已记入审计日志';

/** How the full ID number is fetched; the server records every look. */
export interface IdNumberReveal {
  /** Answers the full number; `reason` is what the admin typed (empty when none is asked). */
  load: (reason: string) => Promise<string>;
  /** Someone else's number (an admin): ask why first; the reason goes to the audit log. */
  askReason?: boolean;
}

/** '请填写查看原因' and friends, or undefined when the reason can be sent. */
export function revealReasonProblem(reason: string): string | undefined {
  const text = reason.trim();
  if (!text) return '请填写查看原因';
  if (text.length < REVEAL_REASON_MIN) return `查看原因至少写${REVEAL_REASON_MIN}个字`;
  if (text.length > REVEAL_REASON_MAX) return `查看原因不能超过${REVEAL_REASON_MAX}个字`;
  return undefined;
}

export function ProfileRow({ label, value }: { label: string; value?: string }) {
  return (
    <View className="profile__row">
      <Text className="profile__label">{label}</Text>
      <Text className="profile__value">{value || '未填写'}</Text>
    </View>
  );
}

/** The full ID number on request (after a reason, for an admin), hidden again after a moment. */
function IdNumberRow({ masked, reveal }: { masked: string; reveal: IdNumberReveal }) {
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const load = async (why: string) => {
    if (busy) return;
    setBusy(true);
    setFormError(null);
    try {
      const idNumber = await reveal.load(why);
      setFull(idNumber);
      setAsking(false);
      setReason('');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setFull(null), REVEAL_SECONDS * 1000);
    } catch (e) {
      if (reveal.askReason) {
        setReasonError(fieldErrors(e).reason);
        setFormError(errorMessage(e));
      } else showError(e);
    } finally {
      setBusy(false);
    }
  };

  const confirm = () => {
    const problem = revealReasonProblem(reason);
    setReasonError(problem);
    if (!problem) void load(reason.trim());
  };

  const cancel = () => {
    setAsking(false);
    setReason('');
    setReasonError(undefined);
    setFormError(null);
  };

  return (
    <>
      <View className="profile__row profile__row--id">
        <Text className="profile__label">身份证号</Text>
        <View className="profile__id">
          <Text className="profile__value">{full ?? masked}</Text>
          {full ? (
            <>
              <Text className="profile__reveal-hint">{REVEAL_SECONDS}秒后自动隐藏</Text>
              {reveal.askReason ? <Text className="profile__audit-note">{AUDIT_NOTE}</Text> : null}
            </>
          ) : asking ? null : (
            <View
              className="profile__reveal"
              onClick={() => (reveal.askReason ? setAsking(true) : void load(''))}
            >
              {busy ? '正在获取…' : '查看完整身份证号'}
            </View>
          )}
        </View>
      </View>
      {asking && !full ? (
        <View className="profile-reveal">
          <TextAreaField
            label="查看原因"
            required
            value={reason}
            onInput={(v) => {
              setReason(v);
              setReasonError(undefined);
            }}
            placeholder="例如：核实补贴申领材料"
            hint="原因和查看时间会记入审计日志"
            maxlength={REVEAL_REASON_MAX}
            error={reasonError}
          />
          <FormError message={formError} />
          <Button
            className="btn-primary profile-reveal__button"
            disabled={busy || undefined}
            onClick={confirm}
          >
            {busy ? '正在获取…' : '确定查看'}
          </Button>
          <Button
            className="btn-secondary profile-reveal__button"
            disabled={busy || undefined}
            onClick={cancel}
          >
            取消
          </Button>
        </View>
      ) : null}
    </>
  );
}

export interface ProfileDetailsProps {
  profile: WorkerProfileView;
  reveal: IdNumberReveal;
  /** Under the rows: the worker's 修改信息, or the admin's extra rows. */
  children?: ReactNode;
}

/** A worker's stored profile, with personal data masked as the server sent it. */
export function ProfileDetails({ profile, reveal, children }: ProfileDetailsProps) {
  const salary =
    profile.minMonthlySalary === null ? '不限' : `${profile.minMonthlySalary} 元/月以上`;
  return (
    <View className="card profile">
      <Text className="profile__title">{profile.realName}</Text>
      <IdNumberRow masked={profile.idNumberMasked} reveal={reveal} />
      <ProfileRow label="性别" value={GENDER_LABELS[profile.gender]} />
      <ProfileRow label="出生日期" value={profile.birthDate} />
      <ProfileRow label="手机号" value={profile.phoneMasked ?? '未绑定'} />
      <ProfileRow
        label="户籍所在地"
        value={regionLabel(profile.householdRegionCode) || profile.householdRegionName}
      />
      <ProfileRow
        label="现居住地"
        value={regionLabel(profile.currentRegionCode) || profile.currentRegionName}
      />
      <ProfileRow label="学历" value={profile.education ?? undefined} />
      <ProfileRow label="技能" value={listText(profile.skills)} />
      <ProfileRow label="意向品牌" value={listText(profile.wantedBrands)} />
      <ProfileRow
        label="意向工作地"
        value={listText(profile.wantedRegionCodes.map((c) => regionLabel(c) || c))}
      />
      <ProfileRow label="期望最低月薪" value={salary} />
      <ProfileRow label="重点群体" value={profile.priorityGroup ?? '无'} />
      {children}
    </View>
  );
}
