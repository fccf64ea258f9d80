import { DEV_DEFAULTS } from '../config/config.schema';
import { startFakeWechatServer } from './fake-wechat-server';

/**
 * Runs the fake WeChat API on its own for local development: `npm run fake:wechat -w server`, then
 * start the server with WECHAT_API_BASE pointing here. Login with codes like `user-alice-1`, get a
 * phone number with `phone-13812345678-1` (see fake-wechat-server.ts for the rules).
 */
async function main(): Promise<void> {
  const appId = process.env.WECHAT_APP_ID || DEV_DEFAULTS.WECHAT_APP_ID;
  const fake = await startFakeWechatServer({
    port: Number(process.env.PORT || 4100),
    host: process.env.HOST || '127.0.0.1',
    appId,
    appSecret: process.env.WECHAT_APP_SECRET || DEV_DEFAULTS.WECHAT_APP_SECRET,
  });
  process.stdout.write(
    `Fake WeChat API listening on ${fake.baseUrl} (appid ${appId})\n` +
      `Point the server at it: WECHAT_API_BASE=${fake.baseUrl}\n`,
  );
  const stop = (): void => {
    void fake.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Fake WeChat API failed to start: ${String(error)}\n`);
  process.exit(1);
});
