/**
 * `npm run demo`: a newcomer's first command. It starts the built-in neuroflash emulator,
 * seeds a workspace that has drifted from `audiences/` in every way the sync handles, and
 * runs the real CLI against it: plan, apply, and plan again (which shows no changes).
 * Nothing leaves 127.0.0.1.
 */
import { runCli } from '../src/cli.js';
import { loadAudiences } from '../src/config/load.js';
import type { DesiredAudience } from '../src/model.js';
import { startEmulator } from '../test/emulator/index.js';
import type { SeedAudience } from '../test/emulator/types.js';

const AUDIENCES = 'audiences';
const SOMEONE_ELSE = '9d1e4b7a-2c3f-4e8d-b6a5-0f7c1e2d3b4a';

/** The remote as a colleague left it: a little behind the files, and a little beside them. */
function seedsFrom(desired: DesiredAudience[]): SeedAudience[] {
  const byName = new Map(desired.map((a) => [a.name, a]));
  const take = (name: string): SeedAudience => {
    const audience = byName.get(name);
    if (!audience) throw new Error(`demo: ${AUDIENCES}/ has no audience named "${name}"`);
    return { ...(audience.fields as SeedAudience) };
  };
  const renamed = take('Marketing leaders');
  const drifted = take('HR managers in DACH');
  return [
    // Under its previous name, with an older age range: a rename, not a delete + create.
    { ...renamed, name: 'Marketing managers', maxAge: 50 },
    // Edited by hand in the app: drift that the apply repairs.
    {
      ...drifted,
      maxAge: 65,
      interests: [...(drifted.interests ?? []).slice(1).reverse(), 'payroll software'],
    },
    // Already equal to its file (reordered lists are not drift).
    take('E-commerce founders'),
    // Not in any file: pruned.
    {
      ...take('SaaS product marketers'),
      name: 'Summer campaign 2024',
    },
    // Not in any file, and owned by someone else: prune keeps it.
    { ...take('SaaS product marketers'), name: 'Partner agencies', createdByUserId: SOMEONE_ELSE },
  ];
}

async function main(): Promise<number> {
  const cwd = process.cwd();
  const loaded = await loadAudiences([AUDIENCES], { cwd });
  const emulator = await startEmulator();
  try {
    emulator.seed(seedsFrom(loaded.audiences));
    const env = {
      ...process.env,
      NEUROFLASH_CLIENT_ID: emulator.clientId,
      NEUROFLASH_CLIENT_SECRET: emulator.clientSecret,
      NEUROFLASH_API_URL: emulator.apiUrl,
      NEUROFLASH_TOKEN_URL: emulator.tokenUrl,
    };
    const io = {
      stdout: (text: string) => process.stdout.write(text),
      stderr: (text: string) => process.stderr.write(text),
      env,
      cwd,
      isTTY: Boolean(process.stdout.isTTY),
    };
    // Bold on a terminal only: in a log or a pipe the escape codes would be noise.
    const bold = process.stdout.isTTY && !process.env.NO_COLOR;
    const say = (text: string) =>
      process.stdout.write(bold ? `\n\x1b[1m${text}\x1b[0m\n` : `\n${text}\n`);

    say(`The emulator runs at ${emulator.apiUrl} with ${emulator.snapshot().length} audiences.`);
    say(`$ audience-sync validate ${AUDIENCES}`);
    const validated = await runCli(['validate', AUDIENCES], io);
    say(`$ audience-sync plan ${AUDIENCES} --prune            # exit code 2: changes found`);
    const planned = await runCli(['plan', AUDIENCES, '--prune'], io);
    say(`$ audience-sync apply ${AUDIENCES} --prune --yes      # --yes: no one to ask here`);
    const applied = await runCli(['apply', AUDIENCES, '--prune', '--yes'], io);
    say(`$ audience-sync plan ${AUDIENCES} --prune            # exit code 0: converged`);
    const replanned = await runCli(['plan', AUDIENCES, '--prune'], io);

    const writes = emulator.requests.filter(
      (r) => r.method !== 'GET' && !r.path.includes('/oauth/'),
    );
    say(
      `Exit codes: validate ${validated}, plan ${planned}, apply ${applied}, plan ${replanned}. ` +
        `${writes.length} writes reached the API.`,
    );
    const ok = validated === 0 && planned === 2 && applied === 0 && replanned === 0;
    if (!ok) process.stderr.write('demo: the run did not go as expected (see above)\n');
    return ok ? 0 : 1;
  } finally {
    await emulator.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
