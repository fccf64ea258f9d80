import { useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, Switch, Text, View } from '@tarojs/components';
import type { SessionListItem, SessionListQuery } from '@app/shared/api';
import { EmptyState } from '../../components/empty-state';
import { FilterRow } from '../../components/filter-row';
import { PagedListFooter } from '../../components/paged-list-footer';
import { SessionCard } from '../../components/session-card';
import { useBrandOptions } from '../../hooks/use-catalogue';
import { usePagedList } from '../../hooks/use-paged-list';
import { usePullRefresh } from '../../hooks/use-pull-refresh';
import { useRegionPicked } from '../../hooks/use-region-picked';
import { api } from '../../services/api';
import { chinaToday, nextMonths } from '../../utils/catalogue';
import { regionFilterUrl, type RegionChoice } from '../../utils/navigation';
import './index.scss';

interface Filters {
  brandCode: string;
  region: RegionChoice;
  /** Index into the month options; -1 for any month. */
  month: number;
  hasSeats: boolean;
}

const NO_FILTERS: Filters = {
  brandCode: '',
  region: { code: '', label: '' },
  month: -1,
  hasSeats: false,
};

/** 培训: every open session, by brand, region, month and free seats; public. */
export default function TrainingPage() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));
  const brands = useBrandOptions();
  const months = useMemo(() => nextMonths(chinaToday()), []);

  useRegionPicked('training', (region) => setFilters((f) => ({ ...f, region })));

  const month = months[filters.month];
  const query: SessionListQuery = {
    brandCode: filters.brandCode || undefined,
    regionCode: filters.region.code || undefined,
    from: month?.from,
    to: month?.to,
    hasSeats: filters.hasSeats || undefined,
  };
  const list = usePagedList<SessionListItem>(
    (page, pageSize) => api.listSessions({ ...query, page, pageSize }),
    JSON.stringify(query),
  );
  usePullRefresh(() => {
    if (brands.error) brands.reload();
    return list.refresh();
  });

  const brandItems = brands.data ?? [];
  const brandIndex = brandItems.findIndex((b) => b.code === filters.brandCode);
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <View className="page training">
      <View className="card training__filters">
        {brands.data ? (
          <Picker
            mode="selector"
            range={['全部品牌', ...brandItems.map((b) => b.name)]}
            value={brandIndex + 1}
            onChange={(e) => set({ brandCode: brandItems[Number(e.detail.value) - 1]?.code ?? '' })}
          >
            <FilterRow
              label="品牌"
              value={brandIndex >= 0 ? brandItems[brandIndex].name : '全部品牌'}
            />
          </Picker>
        ) : (
          <FilterRow
            label="品牌"
            value={brands.error ? '品牌加载失败，点这里重试' : '加载中…'}
            onClick={brands.error ? brands.reload : undefined}
          />
        )}
        <FilterRow
          label="地区"
          value={filters.region.label || '全部地区'}
          onClick={() => void Taro.navigateTo({ url: regionFilterUrl(filters.region.code) })}
        />
        <Picker
          mode="selector"
          range={['不限月份', ...months.map((m) => m.label)]}
          value={filters.month + 1}
          onChange={(e) => set({ month: Number(e.detail.value) - 1 })}
        >
          <FilterRow label="开班月份" value={month?.label ?? '不限月份'} />
        </Picker>
        <View className="filter-row">
          <Text className="filter-row__label">只看有名额</Text>
          <View className="filter-row__value">
            <Switch
              checked={filters.hasSeats}
              color="#c8161d"
              onChange={(e) => set({ hasSeats: e.detail.value })}
            />
          </View>
        </View>
        {filtered ? (
          <View className="training__clear" onClick={() => setFilters(NO_FILTERS)}>
            <Text>清除筛选</Text>
          </View>
        ) : null}
      </View>

      {!list.loading && !list.error && list.items.length > 0 ? (
        <Text className="muted training__total">共 {list.total} 个班次</Text>
      ) : null}
      {list.items.map((s) => (
        <SessionCard key={s.id} session={s} />
      ))}
      <PagedListFooter
        list={list}
        empty={
          filtered ? (
            <EmptyState
              text="没有符合条件的培训班，换个条件试试。"
              actionText="清除筛选"
              onAction={() => setFilters(NO_FILTERS)}
            />
          ) : (
            <EmptyState text="暂时没有开班的培训，过几天再来看看。" />
          )
        }
      />
    </View>
  );
}
