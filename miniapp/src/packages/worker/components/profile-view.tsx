import { useEffect, useRef, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { WorkerProfileView } from '@app/shared/api';
import { GENDER_LABELS } from '@app/shared/enums';
import { regionLabel } from '../../../components/region-picker';
import { api } from '../../../services/api';
import { showError } from '../../../services/api-error';
import { listText } from '../../../utils/format';

/** How long the full ID number stays on screen. */
export const REVEAL_SECONDS = 10;

function Row({ label, value }: { label: string; value?: string }) {
  return (
    <View className="profile__row">
      <Text className="profile__label">{label}</Text>
      <Text className="profile__value">{value || '未填写'}</Text>
    </View>
  );
}

/** The full ID number on request (the server records each look), hidden again after a moment. */
function IdNumberRow({ masked }: { masked: string }) {
  const [full, setFull] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const reveal = async () => {
    if (busy) return;
    setBusy(true);
    try {
      const { idNumber } = await api.revealMyIdNumber();
      setFull(idNumber);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setFull(null), REVEAL_SECONDS * 1000);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="profile__row profile__row--id">
      <Text className="profile__label">身份证号</Text>
      <View className="profile__id">
        <Text className="profile__value">{full ?? masked}</Text>
        {full ? (
          <Text className="profile__reveal-hint">{REVEAL_SECONDS}秒后自动隐藏</Text>
        ) : (
          <View className="profile__reveal" onClick={() => void reveal()}>
            {busy ? '正在获取…' : '查看完整身份证号'}
          </View>
        )}
      </View>
    </View>
  );
}

/** The stored profile, with personal data masked as the server sent it. */
export function ProfileDetails({
  profile,
  onEdit,
}: {
  profile: WorkerProfileView;
  onEdit: () => void;
}) {
  const salary =
    profile.minMonthlySalary === null ? '不限' : `${profile.minMonthlySalary} 元/月以上`;
  return (
    <View className="card profile">
      <Text className="profile__title">{profile.realName}</Text>
      <IdNumberRow masked={profile.idNumberMasked} />
      <Row label="性别" value={GENDER_LABELS[profile.gender]} />
      <Row label="出生日期" value={profile.birthDate} />
      <Row label="手机号" value={profile.phoneMasked ?? '未绑定'} />
      <Row
        label="户籍所在地"
        value={regionLabel(profile.householdRegionCode) || profile.householdRegionName}
      />
      <Row
        label="现居住地"
        value={regionLabel(profile.currentRegionCode) || profile.currentRegionName}
      />
      <Row label="学历" value={profile.education ?? undefined} />
      <Row label="技能" value={listText(profile.skills)} />
      <Row label="意向品牌" value={listText(profile.wantedBrands)} />
      <Row
        label="意向工作地"
        value={listText(profile.wantedRegionCodes.map((c) => regionLabel(c) || c))}
      />
      <Row label="期望最低月薪" value={salary} />
      <Row label="重点群体" value={profile.priorityGroup ?? '无'} />
      <Button className="btn-primary form-button profile__edit" onClick={onEdit}>
        修改信息
      </Button>
    </View>
  );
}
