import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { WorkerListItem } from '@app/shared/api';
import { EmptyState } from '../../../../components/empty-state';
import { PagedListFooter } from '../../../../components/paged-list-footer';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { useRequireLogin } from '../../../../hooks/use-require-login';
import { api } from '../../../../services/api';
import { adminWorkerUrl } from '../../../../utils/navigation';
import { SearchBar } from '../../../../components/search-bar';
import { WorkerCard } from '../../components/worker-card';
import './index.scss';

/** The server takes at most 32 characters of a name. */
const QUERY_MAX = 32;

/** 劳动者信息: the workers whose household or current county is in the admin's region, by name. */
export default function AdminWorkersPage() {
  useRequireLogin();
  const [q, setQ] = useState('');
  const list = usePagedList<WorkerListItem>(
    (page, pageSize) => api.listWorkers({ q: q || undefined, page, pageSize }),
    q,
  );
  const open = (item: WorkerListItem) => void Taro.navigateTo({ url: adminWorkerUrl(item.userId) });

  return (
    <View className="page admin-workers">
      <SearchBar
        value={q}
        onSearch={(text) => setQ(text.slice(0, QUERY_MAX))}
        placeholder="输入姓名搜索"
        maxlength={QUERY_MAX}
      />
      {!list.loading && !list.error && list.items.length > 0 ? (
        <Text className="muted admin-workers__total">
          {q ? `姓名含“${q}”的劳动者` : '本地区劳动者'}共 {list.total} 人
        </Text>
      ) : null}
      {list.items.map((item) => (
        <WorkerCard key={item.userId} item={item} onOpen={open} />
      ))}
      <PagedListFooter
        list={list}
        empty={
          <EmptyState text={q ? `没有找到姓名含“${q}”的劳动者。` : '本地区还没有登记的劳动者。'} />
        }
      />
    </View>
  );
}
