/**
 * The built home page (dist/weapp/pages/index) rendered by miniprogram-simulate with WeChat's official
 * wxml compiler: Taro's base.wxml templates, utils.wxs and the comp custom component all take part.
 * Taro registers pages with Page(config); here Page turns that config into a Component so the
 * simulator can render it as a page.
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const DIST = join(__dirname, '..', '..', 'dist', 'weapp');

function installWxGlobals(storage, requests) {
  const api = {
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => storage.set(key, value),
    removeStorageSync: (key) => storage.delete(key),
    getSystemInfoSync: () => ({
      platform: 'android',
      windowWidth: 375,
      windowHeight: 812,
      pixelRatio: 2,
      SDKVersion: '3.4.0',
    }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2 }),
    getDeviceInfo: () => ({ platform: 'android' }),
    getAppBaseInfo: () => ({ SDKVersion: '3.4.0' }),
    getMenuButtonBoundingClientRect: () => ({ top: 0, left: 0, width: 0, height: 0 }),
    request: (option) => {
      requests.push(option);
      option.success?.({ statusCode: 200, data: { user: storage.get('lb.user') }, header: {} });
      option.complete?.({});
      return { abort() {} };
    },
    nextTick: (fn) => setTimeout(fn, 0),
  };
  global.wx = new Proxy(api, {
    get: (target, name) =>
      name in target ? target[name] : typeof name === 'string' ? () => ({}) : undefined,
  });
  let appInstance;
  global.App = (config) => {
    appInstance = config;
    config.onLaunch?.call(config, { path: 'pages/index/index', query: {}, scene: 1001 });
    config.onShow?.call(config, { path: 'pages/index/index', query: {}, scene: 1001 });
  };
  global.getApp = () => appInstance;
  global.getCurrentPages = () => [];
  global.requirePlugin = () => ({});
}

/** Taro's page config as a component definition, so miniprogram-simulate can render the page. */
function pageAsComponent(config, route) {
  const methods = {};
  for (const [key, value] of Object.entries(config)) {
    if (typeof value === 'function') methods[key] = value;
  }
  return {
    data: config.data,
    methods,
    lifetimes: {
      attached() {
        this.route = route;
        this.__route__ = route;
        config.onLoad?.call(this, {});
        config.onShow?.call(this);
      },
      ready() {
        config.onReady?.call(this);
      },
    },
  };
}

describe('weapp build: home page', () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, 'pages', 'index', 'index.js'))) {
      throw new Error(
        'dist/weapp is missing: run `npm run build:weapp -w miniapp` before this test.',
      );
    }
  });

  it('renders the greeting, the brands and the recommendation section in Chinese', async () => {
    const storage = new Map([
      ['lb.accessToken', 'token'],
      ['lb.refreshToken', 'refresh'],
      [
        'lb.user',
        {
          id: 'u1',
          displayName: '黄秀梅',
          roles: ['worker'],
          status: 'active',
          phoneMasked: '138****0001',
          regionCode: null,
        },
      ],
    ]);
    const requests = [];
    installWxGlobals(storage, requests);
    const simulate = require('miniprogram-simulate');
    global.Page = (config) => global.Component(pageAsComponent(config, 'pages/index/index'));
    require(join(DIST, 'app.js'));

    const id = simulate.load(join(DIST, 'pages', 'index', 'index'), 'home-page', {
      compiler: 'official',
      rootPath: DIST,
    });
    const page = simulate.render(id);
    const parent = document.createElement('parent-wrapper');
    page.attach(parent);
    for (let i = 0; i < 20 && !page.dom.textContent.includes('你好'); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }

    const text = page.dom.textContent;
    expect(text).toContain('你好，黄秀梅');
    expect(text).toContain('劳务品牌');
    expect(text).toContain('福绵裁缝');
    expect(text).toContain('为你推荐的岗位');
    expect(requests.map((r) => r.url)).toContain('http://127.0.0.1:3000/api/v1/me');
  });
});
