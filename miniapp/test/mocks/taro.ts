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

const request = jest.fn(
  async (option: RequestOption): Promise<{ statusCode: number; data: unknown }> => {
    throw new Error(
      `Taro.request was called without a mocked answer: ${option.method} ${option.url}`,
    );
  },
);

const Taro = {
  request,
  getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
  removeStorageSync: (key: string) => void storage.delete(key),
  clearStorageSync: () => storage.clear(),
  showToast: jest.fn(async () => undefined),
  reLaunch: jest.fn(async () => undefined),
  switchTab: jest.fn(async () => undefined),
  redirectTo: jest.fn(async () => undefined),
  navigateTo: jest.fn(async () => undefined),
  login: jest.fn(async () => ({ code: 'wx-code', errMsg: 'login:ok' })),
};

export const useDidShow = (fn: () => void) => fn();
export default Taro;
