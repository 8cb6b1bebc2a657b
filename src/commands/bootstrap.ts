/**
 * `audience-sync bootstrap`: drafts a new audience from web pages with neuroflash's URL
 * import and writes it as a file to review and commit. Nothing is created in neuroflash;
 * the file becomes an audience through the usual plan and apply.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { toUserError, UsageError, UserError } from '../cli/errors.js';
import type { CommandDeps } from '../cli/io.js';
import type { Terminal } from '../cli/terminal.js';
import { formatProblem } from '../config/format.js';
import { type LoadOptions, loadAudiences } from '../config/load.js';
import { loadFromSources } from '../config/sources.js';
import { draftToProfile } from '../export/draft.js';
import {
  existingFiles,
  OverwriteRefusedError,
  profileToYaml,
  resolveSchemaRef,
  slugify,
  writeAllOrNothing,
} from '../export/index.js';
import type { AudienceApi } from '../neuroflash/api.js';
import { DEFAULT_AUDIENCE_PATH, isHttpUrl } from '../settings.js';
import { parseCommandArgs } from './args.js';
import {
  CONNECTION_HELP,
  CONNECTION_OPTIONS,
  readConnectionSettings,
  withConnection,
} from './connection.js';
import { FILE_OPTIONS, fileLoadOptions, maxFileSizeHelp, refuseOutsideWorkspace } from './files.js';

/** The only audience model id neuroflash has published. */
export const DEFAULT_AUDIENCE_MODEL_ID = '538b1efc6f88ad88feebf7acd8c618facb54fe82';

export const BOOTSTRAP_USAGE = `Usage: audience-sync bootstrap --url URL [--url URL ...] [--name NAME] [--out FILE] [--force]

Drafts an audience from web pages with neuroflash's URL import and writes it as a YAML
file to review and commit. Nothing is saved in neuroflash.

Options:
  --url URL         a page to draft from (repeatable; at least one)
  --name NAME       the audience's name (default: the draft's)
  --model ID        the audience model id (default: ${DEFAULT_AUDIENCE_MODEL_ID})
  --out FILE        where to write, inside the workspace (the git repository, or the
                    current folder outside one; default: audiences/<name as a slug>.yml)
  --force           overwrite FILE if it exists
${maxFileSizeHelp(20)}  --schema REF      the $schema of the file's yaml-language-server comment: a URL, or a
                    path to audience.schema.json (default: the published schema URL)
  -h, --help        show this help

${CONNECTION_HELP}

Exit codes: 0 the file was written, 1 an error (no file was written).
`;

/** Runs `audience-sync bootstrap`; returns the exit code (0 written, 1 error). */
export async function bootstrapCommand(
  args: string[],
  term: Terminal,
  deps: CommandDeps = {},
): Promise<number> {
  const { values } = parseCommandArgs({ args, options: BOOTSTRAP_OPTIONS });

  const urls = (values.url ?? []).map((u) => u.trim());
  if (urls.length === 0) throw new UsageError('give at least one --url to draft the audience from');
  const badUrl = urls.find((u) => !isHttpUrl(u));
  if (badUrl !== undefined) {
    throw new UsageError(
      `--url must be an http(s) URL such as https://brand.example; got ${JSON.stringify(badUrl)}`,
    );
  }
  const name = values.name?.trim();
  if (values.name !== undefined && !name) {
    throw new UsageError('--name is empty; give the audience a name, or leave --name out');
  }
  const model = values.model?.trim() || DEFAULT_AUDIENCE_MODEL_ID;
  const force = values.force ?? false;
  // Known before the import only when the name is: then a clash stops us before the
  // slow call instead of after it.
  const explicitOut = values.out?.trim() || undefined;
  const earlyOut = explicitOut ?? (name ? defaultOut(name) : undefined);
  if (explicitOut) refuseOutsideWorkspace('--out', explicitOut, term.cwd);
  // The folder's files are read for the names in use: inside the workspace, and capped.
  const files = fileLoadOptions(values['max-file-size'], term);

  const settings = readConnectionSettings(values, term.env);
  if (earlyOut && !force) await refuseExisting(earlyOut, term);

  const { draft, taken } = await withConnection(
    'bootstrap',
    settings,
    async (connection) => {
      // The names already in use, remote and local, so that the file cannot turn out to
      // be an update of an existing audience (or a duplicate name in the folder).
      const folder = explicitOut ? path.dirname(explicitOut) : DEFAULT_AUDIENCE_PATH;
      const taken = await takenNames(connection.audiences, folder, files);
      if (name) refuseTaken(name, taken, false);
      const draft = await importWithProgress(connection.audiences, urls, model, term);
      return { draft, taken };
    },
    deps.connect,
  );

  const { profile, fieldNotes } = draftToProfile(draft, name ? { name } : {});
  if (!name) refuseTaken(profile.name, taken, true);
  const out = explicitOut ?? defaultOut(profile.name);
  const schemaPath = await resolveSchemaRef(values.schema, term.cwd, path.dirname(out));
  const text = profileToYaml(profile, {
    schemaPath,
    note:
      `Drafted by neuroflash's URL import from ${urls.join(', ')}.\n` +
      'Review every value before you commit: nothing here is saved in neuroflash yet.',
    fieldNotes,
  });

  const problems = loadFromSources([{ file: out, text }]).problems.filter(
    (p) => p.severity === 'error',
  );
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${formatProblem(p)}`);
    throw new UserError(
      `the drafted audience would not pass validation, so no file was written:\n${lines.join('\n')}`,
      { hint: 'Fix it with --name, or draft from other pages.' },
    );
  }

  await writeAllOrNothing([{ file: out, text }], { cwd: term.cwd, force });
  if (fieldNotes.genderDistribution) {
    term.err(`note: ${fieldNotes.genderDistribution}\n`);
  }
  term.out(
    `wrote ${out}: ${JSON.stringify(profile.name)}\n` +
      `Next: review it, then \`audience-sync plan\` shows it as a create.\n`,
  );
  return 0;
}

const BOOTSTRAP_OPTIONS = {
  url: { type: 'string', multiple: true },
  name: { type: 'string' },
  model: { type: 'string' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  schema: { type: 'string' },
  ...FILE_OPTIONS,
  ...CONNECTION_OPTIONS,
} as const;

/** The default file, in the folder `plan` reads by default. */
function defaultOut(name: string): string {
  return `${DEFAULT_AUDIENCE_PATH}/${slugify(name)}.yml`;
}

/** The draft's name is an existing audience's, remote or in the files. */
class NameTakenError extends UserError {
  override name = 'NameTakenError';
}

/** Each name in use, with where: the workspace, or the file that declares it. */
async function takenNames(
  audiences: AudienceApi,
  folder: string,
  files: LoadOptions,
): Promise<Map<string, string>> {
  const taken = new Map<string, string>();
  for (const remote of await audiences.listAudiences()) {
    taken.set(remote.name.trim(), `the workspace has an audience of that name (${remote.id})`);
  }
  // The folder the file goes to is the folder a plan reads; its valid audiences count.
  if (existsSync(path.resolve(files.cwd, folder))) {
    const local = await loadAudiences([folder], files);
    for (const audience of local.audiences) {
      const at = `${audience.source.file}:${audience.source.line}`;
      for (const used of [audience.name, ...audience.previousNames]) {
        taken.set(used, `${at} declares it`);
      }
    }
  }
  return taken;
}

/** Throws when `name` is in use: the file would update or clash with that audience. */
function refuseTaken(name: string, taken: Map<string, string>, drafted: boolean): void {
  const where = taken.get(name.trim());
  if (where === undefined) return;
  throw new NameTakenError(
    `the name ${JSON.stringify(name)} is taken: ${where}. A file with it would not create a new audience` +
      (drafted
        ? ', so no file was written. Run again with --name and a new name.'
        : '. Choose another --name (nothing was imported).'),
  );
}

async function refuseExisting(file: string, io: Terminal): Promise<void> {
  const existing = await existingFiles([file], io.cwd);
  if (existing.length > 0) throw new OverwriteRefusedError(existing);
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const TICK_MS = 100;

/**
 * The import with a sign of life: it takes 10–30 s on the real service. On a terminal a
 * spinner with the elapsed seconds redraws one line; in a log (CI, a pipe) one plain line
 * is written, because redraw codes would only clutter it. Progress goes to stderr so that
 * stdout stays clean for scripts.
 */
async function importWithProgress(
  audiences: AudienceApi,
  urls: string[],
  model: string,
  term: Terminal,
): Promise<Record<string, unknown>> {
  const what = `importing a draft from ${urls.length === 1 ? urls[0] : `${urls.length} pages`}`;
  const started = Date.now();
  let frame = 0;
  const draw = () => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    term.status(`${SPINNER[frame++ % SPINNER.length]} ${what}… ${seconds}s (this takes 10–30 s)`);
  };
  let timer: NodeJS.Timeout | undefined;
  if (term.isTTY) {
    draw();
    timer = setInterval(draw, TICK_MS);
    timer.unref();
  } else {
    term.err(`${what}… (this takes 10–30 s)\n`);
  }
  try {
    const draft = await audiences.importFromUrls(urls, model);
    if (term.isTTY) term.status('');
    term.err(`imported a draft in ${Math.round((Date.now() - started) / 100) / 10}s\n`);
    return draft as Record<string, unknown>;
  } catch (error) {
    if (term.isTTY) term.status('');
    const failure = toUserError(error, { command: 'bootstrap' });
    throw new UserError(`the URL import failed: ${failure.message}`, {
      ...(failure.hint ? { hint: failure.hint } : {}),
      cause: error,
    });
  } finally {
    clearInterval(timer);
  }
}
