declare module '*.png';
declare module '*.svg';
declare module '*.scss';

/** Injected by config/index.ts (defineConstants). */
declare const API_BASE: string;
/** Subscribe-message template id per event group (TARO_APP_WECHAT_TEMPLATES); {} when none. */
declare const WECHAT_TEMPLATE_IDS: Readonly<Record<string, string>>;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'rn' | 'harmony' | 'jdrn';
    TARO_APP_API_BASE?: string;
    /** JSON: event group → subscribe-message template id. */
    TARO_APP_WECHAT_TEMPLATES?: string;
  }
}
