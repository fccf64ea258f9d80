import { useEffect, useMemo, useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { findRegion, isWithin, regionChildren } from '@app/shared/regions';
import { FormField, type FormFieldProps } from './form-field';
import './form.scss';

interface RegionOption {
  code: string;
  name: string;
}

/** Where the picker opens when nothing is chosen yet: 广西 玉林市, the platform's first region. */
const DEFAULT_PATH: readonly string[] = ['450000', '450900'];

/** What a picker offers beyond, or instead of, every county in China. */
interface PickerScope {
  /** Offer 全市 at the top of a city's counties, answering the city's own code. */
  wholeCity: boolean;
  /** Only this region and what lies inside it can be chosen; '' for anywhere. */
  within: string;
}

/** The name of the 全市 choice in the county column. */
const WHOLE_CITY = '全市';

let provinceCache: RegionOption[] | undefined;

/** Province-level divisions (codes 110000 … 820000). */
function provinces(): RegionOption[] {
  if (!provinceCache) {
    provinceCache = [];
    for (let n = 11; n <= 82; n++) {
      const region = findRegion(`${n}0000`);
      if (region?.level === 'province')
        provinceCache.push({ code: region.code, name: region.name });
    }
  }
  return provinceCache;
}

/** The first column: every province, or only the one `within` lies in. */
function provinceOptions(scope: PickerScope): RegionOption[] {
  const all = provinces();
  return scope.within ? all.filter((p) => isWithin(scope.within, p.code)) : all;
}

/**
 * The second column: the province's cities, plus the province itself standing for the counties that
 * hang straight off it (the districts of 北京, or 海南's 省直辖县).
 */
function cityOptions(provinceCode: string, scope: PickerScope): RegionOption[] {
  const children = regionChildren(provinceCode);
  const cities = children
    .filter((r) => r.level === 'city')
    .map((r) => ({ code: r.code, name: r.name }));
  if (children.some((r) => r.level === 'county')) {
    const name = cities.length ? '直辖县级行政区' : (findRegion(provinceCode)?.name ?? '');
    cities.push({ code: provinceCode, name });
  }
  return scope.within
    ? cities.filter((c) => countyOptions(provinceCode, c.code, scope).length > 0)
    : cities;
}

/**
 * The third column: the counties under the chosen city (a city without counties stands for itself),
 * after 全市 when the scope offers it.
 */
function countyOptions(provinceCode: string, cityCode: string, scope: PickerScope): RegionOption[] {
  let options = regionChildren(cityCode)
    .filter((r) => r.level === 'county')
    .map((r) => ({ code: r.code, name: r.name }));
  if (options.length && cityCode !== provinceCode && scope.wholeCity) {
    options.unshift({ code: cityCode, name: WHOLE_CITY });
  } else if (!options.length && cityCode !== provinceCode) {
    const city = findRegion(cityCode);
    options = city ? [{ code: city.code, name: city.name }] : [];
  }
  return scope.within ? options.filter((o) => isWithin(o.code, scope.within)) : options;
}

/** A city with counties of its own, which only a 全市 choice can answer. */
function isCityWithCounties(code: string): boolean {
  return (
    findRegion(code)?.level === 'city' && regionChildren(code).some((r) => r.level === 'county')
  );
}

/** [province, city column, county] codes of a chosen county (or city), or null when unknown. */
function pathOf(code: string): string[] | null {
  const region = code ? findRegion(code) : undefined;
  if (!region?.parentCode || region.parentCode === region.code) return null;
  const parent = findRegion(region.parentCode);
  if (!parent) return null;
  if (region.level === 'city') return [region.parentCode, code, code];
  if (parent.level === 'province') return [parent.code, parent.code, code];
  if (parent.level === 'city' && parent.parentCode) return [parent.parentCode, parent.code, code];
  return null;
}

/** '广西壮族自治区 玉林市 福绵区' for a county code; '' when the code is unknown. */
export function regionLabel(code: string): string {
  const path = pathOf(code);
  if (!path) return findRegion(code)?.name ?? '';
  const names = [...new Set(path)].map((c) => findRegion(c)?.name ?? '');
  return names.join(' ');
}

interface Columns {
  options: RegionOption[][];
  indexes: number[];
}

function columnsFor(draft: readonly string[], scope: PickerScope): Columns {
  const provinceList = provinceOptions(scope);
  const p = Math.max(
    provinceList.findIndex((o) => o.code === draft[0]),
    0,
  );
  const provinceCode = provinceList[p]?.code ?? '';
  const cities = cityOptions(provinceCode, scope);
  const c = Math.max(
    cities.findIndex((o) => o.code === draft[1]),
    0,
  );
  const counties = countyOptions(provinceCode, cities[c]?.code ?? '', scope);
  const k = Math.max(
    counties.findIndex((o) => o.code === draft[2]),
    0,
  );
  return { options: [provinceList, cities, counties], indexes: [p, c, k] };
}

export interface RegionPickerProps extends Omit<FormFieldProps, 'children'> {
  /** County-level GB/T 2260 code (a city's with `wholeCity`), or '' for none. */
  value: string;
  onChange: (code: string) => void;
  placeholder?: string;
  /** Also offer a whole city (全市, answering the city's code) above its counties. */
  wholeCity?: boolean;
  /** Offer only this region and what lies inside it (an admin's own region). */
  within?: string | null;
}

/**
 * Province → city → county picker over the shared GB/T 2260 table; answers a county code, or with
 * `wholeCity` a city's code too.
 */
export function RegionPicker({
  value,
  onChange,
  placeholder = '请选择省、市、县（区）',
  wholeCity = false,
  within,
  ...field
}: RegionPickerProps) {
  const [draft, setDraft] = useState<readonly string[]>(() => pathOf(value) ?? DEFAULT_PATH);
  useEffect(() => setDraft(pathOf(value) ?? DEFAULT_PATH), [value]);
  // An unknown `within` would leave nothing to choose: the server has the last word anyway.
  const scopeWithin = within && findRegion(within) ? within : '';
  const scope = useMemo<PickerScope>(
    () => ({ wholeCity, within: scopeWithin }),
    [wholeCity, scopeWithin],
  );
  const { options, indexes } = useMemo(() => columnsFor(draft, scope), [draft, scope]);

  const onColumnChange = (column: number, index: number) => {
    const picked = options[column][index]?.code;
    if (!picked) return;
    if (column === 0) setDraft([picked]);
    else if (column === 1) setDraft([draft[0], picked]);
    else setDraft([draft[0], draft[1], picked]);
  };

  const onPick = (picked: number[]) => {
    const province = options[0][picked[0]] ?? options[0][indexes[0]];
    if (!province) return;
    const cities = cityOptions(province.code, scope);
    const city = cities[picked[1]] ?? cities[0];
    const counties = city ? countyOptions(province.code, city.code, scope) : [];
    const county = counties[picked[2]] ?? counties[0];
    if (county) onChange(county.code);
  };

  const whole = wholeCity && isCityWithCounties(value) ? `（${WHOLE_CITY}）` : '';
  const label = value ? `${regionLabel(value)}${whole}` : '';
  return (
    <FormField {...field}>
      <Picker
        mode="multiSelector"
        range={options.map((column) => column.map((o) => o.name))}
        value={indexes}
        onColumnChange={(e) => onColumnChange(e.detail.column, e.detail.value)}
        onChange={(e) => onPick(e.detail.value.map(Number))}
        onCancel={() => setDraft(pathOf(value) ?? DEFAULT_PATH)}
      >
        <View className={`field__input field__picker${field.error ? ' field__input--error' : ''}`}>
          <Text className={label ? '' : 'field__placeholder'}>{label || placeholder}</Text>
          <Text className="field__arrow">›</Text>
        </View>
      </Picker>
    </FormField>
  );
}
