import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { JobListQuery, JobView } from '@app/shared/api';
import { Chips, type Chip } from '../../components/chips';
import { EmptyState } from '../../components/empty-state';
import { FilterRow } from '../../components/filter-row';
import { JobCard } from '../../components/job-card';
import { PagedListFooter } from '../../components/paged-list-footer';
import { SearchBar } from '../../components/search-bar';
import { usePagedList } from '../../hooks/use-paged-list';
import { usePullRefresh } from '../../hooks/use-pull-refresh';
import { useRegionPicked } from '../../hooks/use-region-picked';
import { api } from '../../services/api';
import { regionFilterUrl, type RegionChoice } from '../../utils/navigation';
import { ForYou, useMyRecommendations } from './for-you';
import './index.scss';

/** The server's limit on a search word. */
const KEYWORD_MAX = 32;

type SalaryChoice = '' | '3000' | '5000' | '8000';
const SALARY_CHIPS: readonly Chip<SalaryChoice>[] = [
  { value: '', label: '不限月薪' },
  { value: '3000', label: '3000+' },
  { value: '5000', label: '5000+' },
  { value: '8000', label: '8000+' },
];

interface Filters {
  keyword: string;
  region: RegionChoice;
  salary: SalaryChoice;
}

const NO_FILTERS: Filters = { keyword: '', region: { code: '', label: '' }, salary: '' };

/** The query the list asks with: only the filters in force. */
function jobQuery(filters: Filters): JobListQuery {
  return {
    keyword: filters.keyword || undefined,
    regionCode: filters.region.code || undefined,
    salaryAtLeast: filters.salary ? Number(filters.salary) : undefined,
  };
}

/** 岗位: 为你推荐 for a signed-in worker, then every open job by keyword, region and monthly salary; public. */
export default function JobsPage() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));

  useRegionPicked('jobs', (region) => setFilters((f) => ({ ...f, region })));
  const pickRegion = () =>
    void Taro.navigateTo({ url: regionFilterUrl(filters.region.code, 'jobs') });

  const query = jobQuery(filters);
  const list = usePagedList<JobView>(
    (page, pageSize) => api.listJobs({ ...query, page, pageSize }),
    JSON.stringify(query),
  );
  const recommended = useMyRecommendations();
  usePullRefresh(() => Promise.all([list.refresh(), recommended.list.refresh()]));
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <View className="page jobs">
      {recommended.worker ? <ForYou list={recommended.list} /> : null}
      {/* A new search starts the box afresh: the key resets what was typed after 清除筛选. */}
      <SearchBar
        key={filters.keyword}
        value={filters.keyword}
        onSearch={(keyword) => set({ keyword })}
        placeholder="搜岗位、单位，如 车位工"
        maxlength={KEYWORD_MAX}
      />
      <View className="card jobs__filters">
        <FilterRow label="地区" value={filters.region.label || '全部地区'} onClick={pickRegion} />
        <Text className="jobs__filter-label">月薪</Text>
        <Chips chips={SALARY_CHIPS} value={filters.salary} onChange={(salary) => set({ salary })} />
        {filtered ? (
          <View className="jobs__clear" onClick={() => setFilters(NO_FILTERS)}>
            <Text>清除筛选</Text>
          </View>
        ) : null}
      </View>

      {!list.loading && !list.error && list.items.length > 0 ? (
        <Text className="muted jobs__total">共 {list.total} 个岗位</Text>
      ) : null}
      {list.items.map((job) => (
        <JobCard key={job.id} job={job} />
      ))}
      <PagedListFooter
        list={list}
        empty={
          filtered ? (
            <EmptyState
              text="没有符合条件的岗位，换个条件试试。"
              actionText="清除筛选"
              onAction={() => setFilters(NO_FILTERS)}
            />
          ) : (
            <EmptyState text="暂时没有招聘中的岗位，过几天再来看看。" />
          )
        }
      />
    </View>
  );
}
