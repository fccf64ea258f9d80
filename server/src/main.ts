import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.get('port'), '0.0.0.0');
}

main().catch((error: unknown) => {
  // A bad setting is one clear line naming it; anything else is a start-up failure.
  process.stderr.write(
    error instanceof ConfigError
      ? `${error.message}\n`
      : `Server failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
