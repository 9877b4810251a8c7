// `node --import tsx server/cli/serve.ts [--empty]`: the Arus Pangan server on its database.
import { ConfigError, describeDatabase, readConfig } from '../config';
import { startServer } from '../server';
import { DatabaseStartupError } from '../store/store-errors';

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--empty');
if (unknown.length > 0) {
  console.error(`Unknown argument(s): ${unknown.join(' ')}. Usage: serve [--empty]`);
  process.exit(2);
}

try {
  const config = readConfig();
  // Fault injection for the crash tests: hold each upload's transaction open before commit.
  const pauseMs = Number(process.env.ARUS_FAULT_PAUSE_BEFORE_COMMIT_MS ?? 0);
  const beforeCommit =
    pauseMs > 0
      ? async () => {
          console.log(JSON.stringify({ msg: 'upload.paused-before-commit', ms: pauseMs }));
          await new Promise((resolvePause) => setTimeout(resolvePause, pauseMs));
        }
      : undefined;
  const server = await startServer({
    config,
    empty: args.includes('--empty'),
    ...(beforeCommit && { beforeCommit }),
  });
  console.log(
    `Arus Pangan is running at ${server.url} (${describeDatabase(config.database)}) — press Ctrl+C to stop`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  if (error instanceof DatabaseStartupError || error instanceof ConfigError) {
    console.error(`Arus Pangan cannot start: ${error.message}`);
  } else {
    console.error('Arus Pangan cannot start:', error);
  }
  process.exit(1);
}
