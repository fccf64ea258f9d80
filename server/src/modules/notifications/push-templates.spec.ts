import { NOTIFICATION_KINDS } from '@app/shared/enums';
import { loadConfig } from '../../config/app-config';
import { retryDelayMs } from './outbox-dispatcher.service';
import {
  buildPushTemplates,
  pushPage,
  type PushSource,
  smsNoticeText,
  wechatFieldValue,
} from './push-templates';

const row: PushSource = {
  id: 'n-1',
  kind: 'enrolment.promoted',
  title: '候补成功：福绵裁缝（牛仔服装缝纫）初级工培训班第3期',
  body: '你已从候补转为正式报名，请于 12 月 1 日 8:30 前到福绵镇服装产业园 8 号报到。',
  link: '/packages/catalogue/pages/session/index?id=s-1',
  createdAt: new Date('2026-11-30T01:05:09Z'),
};

describe('WeChat subscribe-message field values', () => {
  it('cuts thing to 20 characters (ending in …), phrase to 5, name to 10, by character', () => {
    const thing = wechatFieldValue('thing', row.title);
    expect(Array.from(thing)).toHaveLength(20);
    expect(thing.endsWith('…')).toBe(true);
    expect(wechatFieldValue('thing', '短标题')).toBe('短标题');
    expect(wechatFieldValue('phrase', '报名成功了吗')).toBe('报名成功了');
    expect(wechatFieldValue('name', '欧阳·阿卜杜热合曼·买买提')).toBe('欧阳·阿卜杜热合曼·');
    // an emoji is one character, never cut in half
    expect(Array.from(wechatFieldValue('thing', '😀'.repeat(30)))).toHaveLength(20);
  });

  it('writes time as YYYY-MM-DD HH:mm in China time, and never sends an empty value', () => {
    expect(wechatFieldValue('time', row.createdAt)).toBe('2026-11-30 09:05');
    expect(wechatFieldValue('thing', '   ')).toBe('无');
    expect(wechatFieldValue('thing', '换行\n\n文字')).toBe('换行 文字');
  });
});

describe('push templates from WECHAT_TEMPLATES', () => {
  it('maps every event of a configured group to its template, and leaves the others out', () => {
    const templates = buildPushTemplates({ enrolment: 'tplE', application: 'tplA' });
    expect(templates['enrolment.promoted']?.templateId).toBe('tplE');
    expect(templates['application.offered']?.templateId).toBe('tplA');
    expect(templates['certification.passed']).toBeUndefined();
    const all = buildPushTemplates({
      enrolment: 'a',
      session: 'b',
      certification: 'c',
      application: 'd',
      recommendation: 'e',
    });
    expect(Object.keys(all).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('fills fields within the limits and opens the row’s page with its id', () => {
    const template = buildPushTemplates({ enrolment: 'tplE' })['enrolment.promoted'];
    const data = template?.fields(row) ?? {};
    expect(data).toEqual({
      thing1: { value: expect.stringMatching(/^候补成功.{15}…$/u) as string },
      phrase2: { value: '候补成功' },
      thing3: { value: expect.stringMatching(/…$/) as string },
      time4: { value: '2026-11-30 09:05' },
    });
    expect(pushPage(row)).toBe('packages/catalogue/pages/session/index?id=s-1&nid=n-1');
    expect(pushPage({ ...row, link: null })).toBe('packages/worker/pages/inbox/index?nid=n-1');
  });

  it('every event’s status phrase fits in 5 characters', () => {
    const all = buildPushTemplates({
      enrolment: 'a',
      session: 'b',
      certification: 'c',
      application: 'd',
      recommendation: 'e',
    });
    for (const kind of NOTIFICATION_KINDS) {
      const data = all[kind]?.fields({ ...row, kind }) ?? {};
      for (const [key, { value }] of Object.entries(data)) {
        const limit = key.startsWith('phrase') ? 5 : key.startsWith('thing') ? 20 : 16;
        expect(Array.from(value).length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it('an SMS notice is one 70-character message', () => {
    expect(Array.from(smsNoticeText(row)).length).toBeLessThanOrEqual(70);
    expect(smsNoticeText({ title: '录用通知', body: '恭喜' })).toBe('【录用通知】恭喜');
  });

  it('reads WECHAT_TEMPLATES as JSON at boot; empty turns WeChat off; a bad value stops the boot', () => {
    expect(loadConfig({}).get('wechat').templates).toEqual({});
    expect(loadConfig({ WECHAT_TEMPLATES: '' }).get('wechat').templates).toEqual({});
    expect(
      loadConfig({ WECHAT_TEMPLATES: '{"enrolment":"tplA","session":"tpl_B-2"}' }).get('wechat')
        .templates,
    ).toEqual({ enrolment: 'tplA', session: 'tpl_B-2' });
    for (const bad of [
      'not json',
      '{"payroll":"x"}',
      '{"enrolment":""}',
      '{"enrolment":1}',
      '[]',
    ]) {
      expect(() => loadConfig({ WECHAT_TEMPLATES: bad })).toThrow(
        /^Invalid configuration: WECHAT_TEMPLATES /,
      );
    }
  });
});

describe('retry backoff', () => {
  it('doubles from the base up to the cap, ±20 % jitter', () => {
    const exact = (n: number) => retryDelayMs(n, 1000, 10_000, () => 0.5);
    expect([1, 2, 3, 4, 5, 6].map(exact)).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
    expect(retryDelayMs(1, 1000, 10_000, () => 0)).toBe(800);
    expect(retryDelayMs(1, 1000, 10_000, () => 1)).toBe(1200);
  });

  it('has dispatcher defaults: every 2 s, 20 a batch, 5 attempts', () => {
    expect(loadConfig({}).get('dispatch')).toMatchObject({
      intervalMs: 2000,
      batchSize: 20,
      maxAttempts: 5,
    });
  });
});
