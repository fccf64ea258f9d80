import { useEffect, useMemo, useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { findRegion, regionChildren } from '@app/shared/regions';
import { FormField, type FormFieldProps } from './form-field';
import './form.scss';

interface RegionOption {
  code: string;
  name: string;
}

/** Where the picker opens when nothing is chosen yet: 广西 玉林市, the platform's first region. */
const DEFAULT_PATH: readonly string[] = ['450000', '450900'];

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

/**
 * The second column: the province's cities, plus the province itself standing for the counties that
 * hang straight off it (the districts of 北京, or 海南's 省直辖县).
 */
function cityOptions(provinceCode: string): RegionOption[] {
  const children = regionChildren(provinceCode);
  const cities = children
    .filter((r) => r.level === 'city')
    .map((r) => ({ code: r.code, name: r.name }));
  if (children.some((r) => r.level === 'county')) {
    const name = cities.length ? '直辖县级行政区' : (findRegion(provinceCode)?.name ?? '');
    cities.push({ code: provinceCode, name });
  }
  return cities;
}

/** The third column: the counties under the chosen city (a city without counties stands for itself). */
function countyOptions(provinceCode: string, cityCode: string): RegionOption[] {
  const counties = regionChildren(cityCode)
    .filter((r) => r.level === 'county')
    .map((r) => ({ code: r.code, name: r.name }));
  if (cityCode === provinceCode || counties.length) return counties;
  const city = findRegion(cityCode);
  return city ? [{ code: city.code, name: city.name }] : [];
}

/** [province, city column, county] codes of a chosen county, or null when unknown. */
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

function columnsFor(draft: readonly string[]): Columns {
  const provinceList = provinces();
  const p = Math.max(
    provinceList.findIndex((o) => o.code === draft[0]),
    0,
  );
  const provinceCode = provinceList[p]?.code ?? '';
  const cities = cityOptions(provinceCode);
  const c = Math.max(
    cities.findIndex((o) => o.code === draft[1]),
    0,
  );
  const counties = countyOptions(provinceCode, cities[c]?.code ?? '');
  const k = Math.max(
    counties.findIndex((o) => o.code === draft[2]),
    0,
  );
  return { options: [provinceList, cities, counties], indexes: [p, c, k] };
}

export interface RegionPickerProps extends Omit<FormFieldProps, 'children'> {
  /** County-level GB/T 2260 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
  placeholder?: string;
}

/** Province → city → county picker over the shared GB/T 2260 table; answers a county code. */
export function RegionPicker({
  value,
  onChange,
  placeholder = '请选择省、市、县（区）',
  ...field
}: RegionPickerProps) {
  const [draft, setDraft] = useState<readonly string[]>(() => pathOf(value) ?? DEFAULT_PATH);
  useEffect(() => setDraft(pathOf(value) ?? DEFAULT_PATH), [value]);
  const { options, indexes } = useMemo(() => columnsFor(draft), [draft]);

  const onColumnChange = (column: number, index: number) => {
    const picked = options[column][index]?.code;
    if (!picked) return;
    if (column === 0) setDraft([picked]);
    else if (column === 1) setDraft([draft[0], picked]);
    else setDraft([draft[0], draft[1], picked]);
  };

  const onPick = (picked: number[]) => {
    const province = options[0][picked[0]] ?? options[0][indexes[0]];
    const cities = cityOptions(province.code);
    const city = cities[picked[1]] ?? cities[0];
    const counties = city ? countyOptions(province.code, city.code) : [];
    const county = counties[picked[2]] ?? counties[0];
    if (county) onChange(county.code);
  };

  const label = value ? regionLabel(value) : '';
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
