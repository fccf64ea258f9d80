import { FAKE_SMS_DEFAULT_API_KEY, startFakeSmsServer } from './fake-sms-server';

/**
 * Runs the fake SMS provider on its own for local development and browser tests:
 * `npm run fake:sms -w server`; sent codes can be read at GET /messages?phone=13800000001.
 */
async function main(): Promise<void> {
  const fake = await startFakeSmsServer({
    port: Number(process.env.PORT || 4200),
    host: process.env.HOST || '127.0.0.1',
    apiKey: process.env.SMS_API_KEY || FAKE_SMS_DEFAULT_API_KEY,
  });
  process.stdout.write(
    `Fake SMS provider listening on ${fake.baseUrl}\n` +
      `Point the server at it: SMS_PROVIDER=http SMS_API_BASE=${fake.baseUrl} SMS_API_KEY=${fake.apiKey}\n` +
      `Sent codes: ${fake.baseUrl}/messages?phone=<phone>\n`,
  );
  const stop = (): void => {
    void fake.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Fake SMS provider failed to start: ${String(error)}\n`);
  process.exit(1);
});
