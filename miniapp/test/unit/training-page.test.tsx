import { act, fireEvent, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import TrainingPage from '../../src/pages/training/index';
import { chinaToday, nextMonths } from '../../src/utils/catalogue';
import { regionPickedEvent } from '../../src/utils/navigation';
import {
  BRAND_FUMIAN,
  BRAND_JIAZHENG,
  FULL_SESSION,
  page,
  SESSION,
  sentCalls,
  serve,
} from './catalogue-fixtures';
import { renderSettled } from './ui';

/** The session list's requests, as sent (decoded). */
const sessionCalls = () => sentCalls().filter((c) => c.startsWith('GET /sessions'));

function pick(shownValue: string, optionLabel: string) {
  const select = screen.getByDisplayValue(shownValue) as HTMLSelectElement;
  const option = Array.from(select.options).find((o) => o.textContent === optionLabel);
  if (!option) throw new Error(`no option ${optionLabel}`);
  fireEvent.change(select, { target: { value: option.value } });
}

function serveTraining() {
  serve((_m, path) => {
    if (path === '/brands?pageSize=50') return page([BRAND_FUMIAN, BRAND_JIAZHENG]);
    if (path.startsWith('/sessions?')) {
      return path.includes('hasSeats=true') ? page([SESSION]) : page([SESSION, FULL_SESSION]);
    }
    return undefined;
  });
}

describe('培训 tab (session list)', () => {
  it('lists every open session for anyone, each card with brand, provider, region, dates, seats, 补贴', async () => {
    serveTraining();
    const { container } = await renderSettled(<TrainingPage />);
    expect(Taro.reLaunch).not.toHaveBeenCalled();
    expect(sentCalls().sort()).toEqual([
      'GET /brands?pageSize=50',
      'GET /sessions?page=1&pageSize=20',
    ]);
    expect(screen.getByText('共 2 个班次')).toBeTruthy();
    const [first] = Array.from(container.querySelectorAll('.session-card'));
    const rows = Array.from(first.querySelectorAll('.session-card__row')).map((r) => r.textContent);
    expect(first.querySelector('.session-card__title')?.textContent).toBe('福绵裁缝12月班');
    expect(rows).toEqual([
      '品牌福绵裁缝',
      '机构福绵职业技能培训学校',
      '地点福绵区',
      '时间2026-12-07 至 2026-12-18',
      '名额剩余 12 个名额',
    ]);
    expect(screen.getByText('已满')).toBeTruthy();
    expect(screen.getAllByText('补贴')).toHaveLength(1);
  });

  it('builds the query for each filter, and for all of them together', async () => {
    serveTraining();
    await renderSettled(<TrainingPage />);
    const months = nextMonths(chinaToday());

    await act(async () => pick('全部品牌', '八桂家政'));
    expect(sessionCalls().at(-1)).toBe('GET /sessions?brandCode=bagui-jiazheng&page=1&pageSize=20');

    // 地区 opens 选择地区 in the catalogue sub-package, which answers through the event centre.
    await act(async () => {
      fireEvent.click(screen.getByText('全部地区'));
    });
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/catalogue/pages/region/index?for=training',
    });
    await act(async () => {
      Taro.eventCenter.trigger(regionPickedEvent('training'), {
        code: '450900',
        label: '玉林市（全市）',
      });
    });
    expect(screen.getByText('玉林市（全市）')).toBeTruthy();
    expect(sessionCalls().at(-1)).toBe(
      'GET /sessions?brandCode=bagui-jiazheng&regionCode=450900&page=1&pageSize=20',
    );

    await act(async () => pick('不限月份', months[1].label));
    expect(sessionCalls().at(-1)).toBe(
      `GET /sessions?brandCode=bagui-jiazheng&regionCode=450900&from=${months[1].from}&to=${months[1].to}&page=1&pageSize=20`,
    );

    await act(async () => {
      fireEvent.click(screen.getByRole('switch'));
    });
    expect(sessionCalls().at(-1)).toBe(
      `GET /sessions?brandCode=bagui-jiazheng&regionCode=450900&from=${months[1].from}&to=${months[1].to}&hasSeats=true&page=1&pageSize=20`,
    );
    expect(screen.queryByText('已满')).toBeNull();

    // Opening 选择地区 again starts at the region chosen.
    await act(async () => {
      fireEvent.click(screen.getByText('玉林市（全市）'));
    });
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/packages/catalogue/pages/region/index?for=training&code=450900',
    });

    await act(async () => {
      fireEvent.click(screen.getByText('清除筛选'));
    });
    expect(sessionCalls().at(-1)).toBe('GET /sessions?page=1&pageSize=20');
    expect(screen.getByText('全部地区')).toBeTruthy();
  });

  it('asks for one filter at a time: only a month, only free seats', async () => {
    serveTraining();
    await renderSettled(<TrainingPage />);
    const months = nextMonths(chinaToday());
    await act(async () => pick('不限月份', months[0].label));
    expect(sessionCalls().at(-1)).toBe(
      `GET /sessions?from=${months[0].from}&to=${months[0].to}&page=1&pageSize=20`,
    );
    await act(async () => pick(months[0].label, '不限月份'));
    await act(async () => {
      fireEvent.click(screen.getByRole('switch'));
    });
    expect(sessionCalls().at(-1)).toBe('GET /sessions?hasSeats=true&page=1&pageSize=20');
  });

  it('says when no session matches, and 清除筛选 brings every session back', async () => {
    serve((_m, path) => {
      if (path.startsWith('/brands')) return page([BRAND_FUMIAN]);
      return path.includes('brandCode') ? page([]) : page([SESSION]);
    });
    await renderSettled(<TrainingPage />);
    await act(async () => pick('全部品牌', '福绵裁缝'));
    expect(screen.getByText('没有符合条件的培训班，换个条件试试。')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getAllByText('清除筛选')[1]);
    });
    expect(screen.getByText('福绵裁缝12月班')).toBeTruthy();
  });

  it('still lists sessions when the brands cannot be loaded, and retries them on a tap', async () => {
    let brandsUp = false;
    serve((_m, path) => {
      if (path.startsWith('/brands')) {
        return brandsUp ? page([BRAND_FUMIAN]) : { statusCode: 500, data: {} };
      }
      return page([SESSION]);
    });
    await renderSettled(<TrainingPage />);
    expect(screen.getByText('福绵裁缝12月班')).toBeTruthy();
    brandsUp = true;
    await act(async () => {
      fireEvent.click(screen.getByText('品牌加载失败，点这里重试'));
    });
    expect(screen.getByDisplayValue('全部品牌')).toBeTruthy();
  });
});

describe('nextMonths', () => {
  it('gives this month and the five after it, across the year end, with each month’s last day', () => {
    expect(nextMonths('2026-11-26')).toEqual([
      { label: '2026年11月', from: '2026-11-01', to: '2026-11-30' },
      { label: '2026年12月', from: '2026-12-01', to: '2026-12-31' },
      { label: '2027年1月', from: '2027-01-01', to: '2027-01-31' },
      { label: '2027年2月', from: '2027-02-01', to: '2027-02-28' },
      { label: '2027年3月', from: '2027-03-01', to: '2027-03-31' },
      { label: '2027年4月', from: '2027-04-01', to: '2027-04-30' },
    ]);
  });
});
