import {
  SEED_REGION_CODES,
  isBottomRegion,
  isWithin,
  findRegion,
  regionChildren,
  regionLevel,
  regionName,
  regionParent,
  regionPath,
} from './index';

describe('GB/T 2260 regions', () => {
  it.each([
    ['450900', '玉林市'],
    ['450902', '玉州区'],
    ['450903', '福绵区'],
    ['450921', '容县'],
    ['450922', '陆川县'],
    ['450923', '博白县'],
    ['450924', '兴业县'],
    ['450981', '北流市'],
    ['440100', '广州市'],
    ['440117', '从化区'],
    ['440118', '增城区'],
    ['520400', '安顺市'],
    ['520500', '毕节市'],
    ['522700', '黔南布依族苗族自治州'],
  ])('names %s %s', (code, name) => {
    expect(regionName(code)).toBe(name);
  });

  it('knows every seed region', () => {
    expect(SEED_REGION_CODES.filter((c) => regionName(c) === null)).toEqual([]);
  });

  it('walks county → city → province', () => {
    expect(regionParent('450903')).toBe('450900');
    expect(regionParent('450900')).toBe('450000');
    expect(regionParent('450000')).toBeNull();
    expect(regionLevel('450903')).toBe('county');
    expect(regionLevel('450900')).toBe('city');
    expect(regionLevel('450000')).toBe('province');
    expect(regionPath('450903')).toEqual(['广西壮族自治区', '玉林市', '福绵区']);
  });

  it('hangs counties of a 直辖市 directly off the municipality', () => {
    expect(regionParent('110105')).toBe('110000');
    expect(regionPath('110105')).toEqual(['北京市', '朝阳区']);
  });

  it('tells whether a region lies within another', () => {
    expect(isWithin('450903', '450900')).toBe(true);
    expect(isWithin('450903', '450000')).toBe(true);
    expect(isWithin('450900', '450900')).toBe(true);
    expect(isWithin('450903', '440100')).toBe(false);
    expect(isWithin('450900', '450903')).toBe(false);
    expect(isWithin('999999', '450900')).toBe(false);
  });

  it('lists the seven counties of 玉林市', () => {
    expect(regionChildren('450900').map((r) => r.code)).toEqual([
      '450902',
      '450903',
      '450921',
      '450922',
      '450923',
      '450924',
      '450981',
    ]);
  });
});

describe('cities without counties (东莞, 中山, 儋州)', () => {
  it('are cities with no children, and never loop', () => {
    for (const code of ['441900', '442000', '460400']) {
      expect(findRegion(code)?.level).toBe('city');
      expect(regionChildren(code)).toEqual([]);
      expect(isBottomRegion(code)).toBe(true);
      expect(isWithin(code, '440000') || isWithin(code, '460000')).toBe(true);
      expect(isWithin(code, '450900')).toBe(false);
      expect(regionPath(code)).toHaveLength(2);
    }
    expect(regionChildren('440000').map((r) => r.code)).toContain('441900');
  });

  it('a county is a bottom region, a city with counties or a province is not', () => {
    expect(isBottomRegion('450903')).toBe(true);
    expect(isBottomRegion('450900')).toBe(false);
    expect(isBottomRegion('450000')).toBe(false);
    expect(isBottomRegion('999999')).toBe(false);
  });
});
