// What config/index.ts injects at build time.
(globalThis as { API_BASE?: string }).API_BASE = 'https://api.test/api/v1';
process.env.TARO_ENV = 'h5';
