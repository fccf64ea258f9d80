import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { BrandListItem, OccupationInput, OccupationView } from '@app/shared/api';
import { CERTIFICATE_LEVEL_LABELS } from '@app/shared/enums';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { useOccupationList, useRegionBrands } from '../../../../hooks/use-admin-catalogue';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { OccupationForm } from '../../components/occupation-form';
import { LEVELLED } from '../../../../utils/certificate';
import '../../catalogue-admin.scss';

function subsidyText(o: OccupationView): string {
  if (!o.subsidised) return '无补贴';
  return o.subsidyAmount !== null ? `补贴 ${o.subsidyAmount} 元/人` : '有补贴（金额未填）';
}

function OccupationRow({
  occupation,
  brandName,
  onEdit,
}: {
  occupation: OccupationView;
  brandName: (code: string) => string;
  onEdit: () => void;
}) {
  const o = occupation;
  let level = '';
  if (o.certificateType === LEVELLED) {
    level = o.maxLevel ? ` · 最高${CERTIFICATE_LEVEL_LABELS[o.maxLevel]}` : ' · 最高等级未设置';
  }
  return (
    <View className="card admin-row">
      <View className="admin-row__head">
        <Text className="admin-row__title">{o.name}</Text>
        <Text className={o.subsidised ? 'tag tag--subsidy' : 'tag'}>{subsidyText(o)}</Text>
      </View>
      <Text className="admin-row__meta">
        {o.certificateType}
        {level}
      </Text>
      <Text className="admin-row__meta">
        有效期：
        {o.effectiveTo ? `${o.effectiveFrom} 至 ${o.effectiveTo}` : `${o.effectiveFrom} 起长期有效`}
      </Text>
      <Text className="admin-row__meta">
        品牌：{o.brandCodes.length ? o.brandCodes.map(brandName).join('、') : '未关联品牌'}
      </Text>
      <Text className="admin-row__meta">代码 {o.code}</Text>
      <View className="admin-row__actions">
        <Button className="btn-secondary" onClick={onEdit}>
          编辑
        </Button>
      </View>
    </View>
  );
}

/** 培训清单: every occupation with its certificate, subsidy and dates; 新增 and 编辑. */
export default function AdminOccupationsPage() {
  useRequireLogin();
  const occupations = useOccupationList();
  const brands = useRegionBrands();
  const [editing, setEditing] = useState<OccupationView | 'new' | null>(null);
  usePullRefresh(() => Promise.all([occupations.refresh(), brands.refresh()]));

  const regionBrands: readonly BrandListItem[] = brands.data ?? [];
  const brandName = (code: string) => regionBrands.find((b) => b.code === code)?.name ?? code;

  const save = async (input: OccupationInput) => {
    const current = editing === 'new' || editing === null ? null : editing;
    const { occupation } = current
      ? await api.updateOccupation(current.code, input)
      : await api.createOccupation(input);
    const list = (occupations.data ?? []).filter((o) => o.code !== occupation.code);
    occupations.setData([...list, occupation].sort((a, b) => a.code.localeCompare(b.code)));
    setEditing(null);
    void Taro.showToast({ title: '已保存', icon: 'success' });
  };

  if (editing) {
    let brandsNote: string | undefined;
    if (brands.error) brandsNote = '本地区的品牌加载失败，请返回后重试。';
    else if (!brands.data) brandsNote = '本地区的品牌加载中…';
    return (
      <View className="page admin-catalogue">
        <Text className="section-title">{editing === 'new' ? '新增培训职业' : '编辑培训职业'}</Text>
        <OccupationForm
          // Opened before the brands were in: start again once they are, so the ticks are right.
          key={brands.data ? 'brands' : 'no-brands'}
          initial={editing === 'new' ? null : editing}
          brands={regionBrands}
          brandsNote={brandsNote}
          onSubmit={save}
          onCancel={() => setEditing(null)}
        />
      </View>
    );
  }

  return (
    <View className="page admin-catalogue">
      <Button
        className="btn-primary form-button admin-catalogue__new"
        onClick={() => setEditing('new')}
      >
        新增培训职业
      </Button>
      {occupations.data === undefined || occupations.error ? (
        <LoadingOrError error={occupations.error} onRetry={occupations.reload} />
      ) : occupations.data.length === 0 ? (
        <EmptyState text="培训清单还是空的。" />
      ) : (
        <>
          <Text className="muted admin-catalogue__total">
            共 {occupations.data.length} 个培训职业
          </Text>
          {occupations.data.map((o) => (
            <OccupationRow
              key={o.code}
              occupation={o}
              brandName={brandName}
              onEdit={() => setEditing(o)}
            />
          ))}
        </>
      )}
    </View>
  );
}
