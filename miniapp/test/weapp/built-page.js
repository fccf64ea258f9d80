/**
 * Renders a page of the real weapp build (dist/weapp) with miniprogram-simulate and WeChat's own wxml
 * compiler (wcc from miniprogram-compiler), so Taro's base.wxml templates, utils.wxs, the `comp`
 * custom component and the runtime in taro.js / vendors.js / common.js / app.js all take part.
 *
 * How Taro's weapp output fits together: app.js registers the app with App() and loads runtime.js,
 * taro.js (Taro's runtime and React), vendors.js and common.js (our shared code); each page's index.js
 * calls Page(createPageConfig(...)); each page's wxml only imports base.wxml and starts the recursive
 * `taro_tmpl` template on `root`, the tree Taro's runtime sends with setData. The simulator renders
 * components, not pages, so `Page` here turns Taro's page config into a component definition whose
 * lifetimes call onLoad / onShow / onReady like WeChat does.
 *
 * Each jest test file gets a fresh module registry and jsdom, so use one page per test file.
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const DIST = join(__dirname, '..', '..', 'dist', 'weapp');

function assertBuilt() {
  for (const file of [
    'app.js',
    'taro.js',
    'base.wxml',
    'comp.wxml',
    join('pages', 'index', 'index.js'),
  ]) {
    if (!existsSync(join(DIST, file))) {
      throw new Error(
        `dist/weapp/${file} is missing: run \`npm run build:weapp\` in miniapp/ before the weapp tests.`,
      );
    }
  }
}

/** Calls an async wx API's success and complete callbacks on the next turn, like WeChat does. */
function succeed(option, res) {
  setTimeout(() => {
    option?.success?.(res);
    option?.complete?.(res);
  }, 0);
}

/**
 * Async wx APIs the app (or Taro's runtime) calls; they answer `ok`. Taro's `processApis` copies
 * `Object.keys(wx)` onto `Taro`, so an API missing here is missing from Taro in the test.
 */
const OK_APIS = [
  'switchTab',
  'reLaunch',
  'navigateTo',
  'redirectTo',
  'navigateBack',
  'showToast',
  'hideToast',
  'showLoading',
  'hideLoading',
  'setNavigationBarTitle',
  'stopPullDownRefresh',
  'setTabBarBadge',
  'removeTabBarBadge',
];

/** A fake `wx`: storage in a Map, requests answered by `answer`, every call recorded in `calls`. */
function installWx({ storage, answer, calls }) {
  const api = {
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => void storage.set(key, value),
    removeStorageSync: (key) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
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
      const { statusCode = 200, data = {} } = answer(option) ?? {};
      succeed(option, { statusCode, data, header: {}, errMsg: 'request:ok' });
      return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} };
    },
    login: (option) => succeed(option, { code: 'wx-login-code', errMsg: 'login:ok' }),
    // The user presses 确定.
    showModal: (option) =>
      succeed(option, { confirm: true, cancel: false, errMsg: 'showModal:ok' }),
    nextTick: (fn) => setTimeout(fn, 0),
  };
  for (const name of OK_APIS) api[name] = (option) => succeed(option, { errMsg: `${name}:ok` });
  global.wx = new Proxy(api, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      const fn = target[name];
      return (...args) => {
        calls.push({ api: name, args });
        return fn ? fn(...args) : {};
      };
    },
  });
}

/** WeChat hands App.onLaunch / onShow the path and query of the page the app opens on. */
function installApp(route, query) {
  let app;
  const launch = { path: route, query, scene: 1001 };
  global.App = (config) => {
    app = config;
    config.onLaunch?.call(config, launch);
    config.onShow?.call(config, launch);
  };
  global.getApp = () => app;
  global.getCurrentPages = () => [];
  global.requirePlugin = () => ({});
}

/** Taro's page config as a component definition, so miniprogram-simulate can render the page. */
function pageAsComponent(config, route, query) {
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
        config.onLoad?.call(this, query);
        config.onShow?.call(this);
      },
      ready() {
        config.onReady?.call(this);
      },
    },
  };
}

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Loads and attaches a built page. `storage` seeds wx storage; `answer(option)` answers wx.request
 * with `{ statusCode, data }`; `query` is the page's query (what onLoad receives, and what the app's
 * launch options carry). Returns the rendered page, the recorded wx calls and helpers.
 */
function renderBuiltPage(route, { storage = new Map(), answer = () => ({}), query = {} } = {}) {
  assertBuilt();
  const calls = [];
  installWx({ storage, answer, calls });
  installApp(route, query);
  const simulate = require('miniprogram-simulate');
  // Taro's pages call Page(); miniprogram-simulate defines the global Component.
  global.Page = (config) => global.Component(pageAsComponent(config, route, query));
  require(join(DIST, 'app.js'));

  const id = simulate.load(join(DIST, route), 'page', { compiler: 'official', rootPath: DIST });
  const page = simulate.render(id);
  page.attach(document.createElement('parent-wrapper'));

  return {
    page,
    calls,
    storage,
    text: () => page.dom.textContent,
    callsTo: (api) => calls.filter((c) => c.api === api).map((c) => c.args[0]),
    /** Waits until the rendered text satisfies `ok` (Taro renders after an async setData). */
    async waitFor(ok, what) {
      for (let i = 0; i < 50; i++) {
        if (ok()) return;
        await tick();
      }
      throw new Error(`timed out waiting for ${what}; page text: ${page.dom.textContent}`);
    },
  };
}

module.exports = { renderBuiltPage, tick };
