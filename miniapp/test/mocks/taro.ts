import { useEffect } from 'react';

/**
 * A small stand-in for @tarojs/taro: storage in a Map, and request / navigation as jest mocks that
 * each test sets up. A request without a queued answer fails the test loudly.
 */
const storage = new Map<string, unknown>();

export interface RequestOption {
  url: string;
  method?: string;
  header?: Record<string, string>;
  data?: unknown;
  timeout?: number;
}

export async function unmockedRequest(
  option: RequestOption,
): Promise<{ statusCode: number; data: unknown }> {
  throw new Error(
    `Taro.request was called without a mocked answer: ${option.method} ${option.url}`,
  );
}

const request = jest.fn(unmockedRequest);

type Handler = (...args: unknown[]) => void;
const handlers = new Map<string, Set<Handler>>();

/** Taro's event centre (pages talk to each other through it). */
const eventCenter = {
  on: (name: string, fn: Handler) => {
    if (!handlers.has(name)) handlers.set(name, new Set());
    handlers.get(name)?.add(fn);
  },
  off: (name: string, fn?: Handler) => {
    if (fn) handlers.get(name)?.delete(fn);
    else handlers.delete(name);
  },
  trigger: (name: string, ...args: unknown[]) => {
    handlers.get(name)?.forEach((fn) => fn(...args));
  },
};

const Taro = {
  request,
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
  showToast: jest.fn(async () => undefined),
  /** Answers 确定 unless a test queues `{ confirm: false }`. */
  showModal: jest.fn(async (_option: unknown) => ({ confirm: true, cancel: false })),
  setClipboardData: jest.fn(async () => undefined),
  setNavigationBarTitle: jest.fn(async () => undefined),
  reLaunch: jest.fn(async () => undefined),
  switchTab: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  navigateTo: jest.fn(async () => undefined),
  navigateBack: jest.fn(async () => undefined),
  getCurrentPages: jest.fn(() => [] as unknown[]),
  login: jest.fn(async () => ({ code: 'wx-code', errMsg: 'login:ok' })),
  stopPullDownRefresh: jest.fn(async () => undefined),
  openLocation: jest.fn(async (_option: unknown) => undefined),
  setTabBarBadge: jest.fn(async (_option: unknown) => undefined),
  removeTabBarBadge: jest.fn(async (_option: unknown) => undefined),
  eventCenter,
};

/** The page's query; a test sets it with `mockReturnValue({ params: { … } })`. */
export const useRouter = jest.fn(() => ({ params: {} as Record<string, string> }));

/**
 * Runs once the page (or the app) is shown: on mount, here. Taro hands the app's hook what WeChat
 * hands App.onShow, the path and query of the page the app opens on; here, the query `useRouter`
 * answers. A page's hook gets nothing in Taro, and ours ignore the argument.
 */
export const useDidShow = (
  fn: (options?: { path: string; query: Record<string, string> }) => void,
) => {
  const query = useRouter().params;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => fn({ path: '', query }), []);
};
let pullDownHandler: (() => void) | null = null;

/** Registers the page's pull-to-refresh handler; `pullDown()` runs it, as a pull on the page does. */
export const usePullDownRefresh = (fn: () => void) => {
  pullDownHandler = fn;
  useEffect(
    () => () => {
      if (pullDownHandler === fn) pullDownHandler = null;
    },
    [fn],
  );
};

/** The user pulls the page down. */
export function pullDown(): void {
  if (!pullDownHandler) throw new Error('this page has no pull-to-refresh handler');
  pullDownHandler();
}

export default Taro;
