import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import type { JobFairInput, JobFairView } from '@app/shared/api';
import { EmptyState, LoadingOrError } from '../../../../components/empty-state';
import { FairCard } from '../../../../components/fair-card';
import { adminRegion, useRegionBrands } from '../../../../hooks/use-admin-catalogue';
import { useLoad } from '../../../../hooks/use-load';
import { usePullRefresh } from '../../../../hooks/use-pull-refresh';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { FairFormView } from '../../components/fair-form-view';
import '../../catalogue-admin.scss';

const soonestFirst = (fairs: JobFairView[]) =>
  [...fairs].sort((a, b) => a.date.localeCompare(b.date));

/** The upcoming fairs, soonest first. */
function useFairs() {
  return useLoad<JobFairView[]>(() => api.listFairs().then((res) => soonestFirst(res.items)));
}

/**
 * 专场招聘: the upcoming job fairs, and 新建专场招聘 for one in the admin's region. Creating it tells
 * the workers of its brands; employers then attach their open jobs on the fair's page.
 */
export default function AdminFairsPage() {
  useRequireLogin();
  const regionCode = adminRegion();
  const fairs = useFairs();
  const [creating, setCreating] = useState(false);
  const brands = useRegionBrands();
  usePullRefresh(fairs.refresh);

  if (!regionCode) {
    return (
      <View className="page">
        <EmptyState text="你的账号还没有管辖地区，请联系上级管理员。" />
      </View>
    );
  }

  const create = async (input: JobFairInput) => {
    const { fair } = await api.createFair(input);
    setCreating(false);
    fairs.setData(soonestFirst([fair, ...(fairs.data ?? []).filter((f) => f.id !== fair.id)]));
    void Taro.showToast({ title: '已创建，已通知相关劳动者', icon: 'none' });
  };

  const items = fairs.data;
  return (
    <View className="page">
      {creating ? (
        <FairFormView
          regionCode={regionCode}
          brands={brands.data}
          onCreate={create}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <Button className="btn-primary form-button" onClick={() => setCreating(true)}>
          新建专场招聘
        </Button>
      )}
      <Text className="section-title">即将举办</Text>
      {items === undefined || fairs.error ? (
        <LoadingOrError error={fairs.error} onRetry={fairs.reload} />
      ) : items.length === 0 ? (
        <EmptyState text="还没有即将举办的专场招聘。" />
      ) : (
        items.map((fair) => <FairCard key={fair.id} fair={fair} />)
      )}
    </View>
  );
}
