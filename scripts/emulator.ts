/**
 * `npm run emulator`: the neuroflash emulator as a foreground server with sample data,
 * for trying the CLI without an account. It prints exactly the four lines a user needs;
 * the secret is the emulator's own fake one, so printing it is the point.
 */
import { startEmulator } from '../test/emulator/index.js';
import { SAMPLE_AUDIENCES } from '../test/emulator/sample.js';

const DEFAULT_PORT = 4010;
// The real import takes 10 to 30 seconds; a short wait keeps the CLI's spinner honest.
const DEFAULT_IMPORT_DELAY_MS = 1500;

function readPort(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${value}"`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = readPort(process.env.PORT);
  const emulator = await startEmulator({ port, importDelayMs: DEFAULT_IMPORT_DELAY_MS });
  emulator.seed(SAMPLE_AUDIENCES);
  const stop = (): void => {
    // Closing ends every socket, so the event loop drains and the process exits by itself.
    void emulator.close();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Only now is it ready: whoever reads these lines may signal us at once.
  process.stdout.write(
    [
      `api-url: ${emulator.apiUrl}`,
      `token-url: ${emulator.tokenUrl}`,
      `client-id: ${emulator.clientId}`,
      `client-secret: ${emulator.clientSecret}`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`emulator: ${message}\n`);
  process.exitCode = 1;
});
