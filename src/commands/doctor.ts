/**
 * `audience-sync doctor`: the connection to neuroflash checked step by step, as a
 * checklist. It is the first command to run against a real account: what we know of the
 * API has gaps (`docs/api.md`), and each step shows where the real one answers
 * differently (the list envelope, the permission flags).
 */
import { ENV } from '../cli/env.js';
import { toUserError } from '../cli/errors.js';
import type { CommandDeps } from '../cli/io.js';
import type { Terminal } from '../cli/terminal.js';
import { isRecord } from '../guards.js';
import type { RemoteAudience, Workspace } from '../model.js';
import { AuthError, type NeuroflashApi } from '../neuroflash/api.js';
import type { ClientOptions } from '../neuroflash/client.js';
import type { ListPageEvent } from '../neuroflash/context.js';
import { chooseWorkspace } from '../neuroflash/workspaces.js';
import { plural } from '../report/format.js';
import { parseCommandArgs } from './args.js';
import { CONNECTION_HELP, CONNECTION_OPTIONS, readConnectionSettings } from './connection.js';

export const DOCTOR_USAGE = `Usage: audience-sync doctor [options]

Checks the connection to neuroflash, one step at a time, and prints a checklist:
  1. the token URL answers as an OAuth2 token endpoint
  2. the credentials are accepted
  3. the workspaces the account sees, and the one chosen
  4. the audience list endpoint, and which list envelope it answers with
  5. whether the audiences carry permission flags
Reads only; writes nothing.

Options:
  -h, --help        show this help

${CONNECTION_HELP}

Exit codes: 0 every step passed, 1 a step failed (the checklist says which).
`;

/** A step's verdict: passed, failed, or not checked because an earlier step failed. */
type Verdict = 'pass' | 'fail' | 'skip';

const MARK: Record<Verdict, string> = { pass: '✓', fail: '✗', skip: '·' };

const STEPS = {
  token: 'Token endpoint',
  credentials: 'Credentials',
  workspace: 'Workspace',
  list: 'Audience list',
  permissions: 'Permission flags',
} as const;
type Step = keyof typeof STEPS;

const ENVELOPES: Record<NonNullable<ListPageEvent['envelope']>, string> = {
  data: 'the `data` envelope ({data, page})',
  hal: 'the HAL envelope (_embedded, page, _links)',
  content: 'the `content` envelope ({content, number})',
  array: 'a bare array',
};

/** Runs `doctor`; 0 when every step passed. */
export async function runDoctor(
  args: string[],
  term: Terminal,
  deps: CommandDeps = {},
): Promise<number> {
  const { values } = parseCommandArgs({ args, options: CONNECTION_OPTIONS });
  const settings = readConnectionSettings(values, term.env);
  const width = Math.max(...Object.values(STEPS).map((s) => s.length));
  let failed = false;
  const report = (step: Step, verdict: Verdict, text: string): void => {
    if (verdict === 'fail') failed = true;
    term.out(
      `${MARK[verdict]} ${STEPS[step].padEnd(width)}  ${text.replaceAll('\n', `\n${' '.repeat(width + 4)}`)}\n`,
    );
  };
  const skipRest = (from: Step): void => {
    const steps = Object.keys(STEPS) as Step[];
    for (const step of steps.slice(steps.indexOf(from))) report(step, 'skip', 'not checked');
  };
  const failure = (error: unknown): string => {
    const e = toUserError(error, { command: 'doctor', apiUrl: settings.apiUrl });
    return e.hint ? `${e.message}\n${e.hint}` : e.message;
  };

  const pages: ListPageEvent[] = [];
  const options: ClientOptions = {
    apiUrl: settings.apiUrl,
    tokenUrl: settings.tokenUrl,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    onListPage: (event) => pages.push(event),
  };
  const api: NeuroflashApi = deps.createClient
    ? deps.createClient(options)
    : (await import('../neuroflash/client.js')).createNeuroflashClient(options);
  try {
    // The first call fetches the token: its failure is the token endpoint's or the
    // credentials', told apart by the answer.
    let workspaces: Workspace[];
    try {
      workspaces = await api.listWorkspaces();
    } catch (error) {
      if (!(error instanceof AuthError)) {
        report('token', 'pass', `${settings.tokenUrl} issued a token`);
        report('credentials', 'pass', `accepted for client ${settings.clientId}`);
        report('workspace', 'fail', `the workspace list failed: ${failure(error)}`);
        skipRest('list');
        return 1;
      }
      if (error.refused) {
        report(
          'token',
          'pass',
          `${settings.tokenUrl} answers as a token endpoint (HTTP ${error.status})`,
        );
        report('credentials', 'fail', failure(error));
      } else {
        report('token', 'fail', failure(error));
        report('credentials', 'skip', 'not checked');
      }
      skipRest('workspace');
      return 1;
    }
    report('token', 'pass', `${settings.tokenUrl} issued a token`);
    report('credentials', 'pass', `accepted for client ${settings.clientId}`);

    let workspace: Workspace;
    try {
      workspace = chooseWorkspace(workspaces, settings.workspace);
    } catch (error) {
      report('workspace', 'fail', failure(error));
      skipRest('list');
      return 1;
    }
    const seen = workspaces.map((w) => `${w.name} (${w.id})`).join(', ');
    const how = settings.workspace ? `--workspace / ${ENV.workspace}` : 'the only one';
    report(
      'workspace',
      'pass',
      `${workspaces.length} visible: ${seen}; chosen: ${workspace.name} (${workspace.id}), ${how}` +
        envelopeNote(pages, 'workspace'),
    );

    let audiences: RemoteAudience[];
    try {
      audiences = await api.audiences(workspace.id).listAudiences();
    } catch (error) {
      report('list', 'fail', failure(error));
      skipRest('permissions');
      return 1;
    }
    const listPages = pages.filter((p) => p.path.includes('target-audiences'));
    const first = listPages[0];
    const envelope = first?.envelope ? ENVELOPES[first.envelope] : 'an unrecognised envelope';
    report(
      'list',
      'pass',
      `GET ${first?.path ?? 'the audience list'} answered with ${envelope}: ` +
        `${plural(audiences.length, 'audience')} in ${plural(listPages.length, 'page')}`,
    );

    const verdict = permissionVerdict(audiences);
    report('permissions', verdict.verdict, verdict.text);
    return failed ? 1 : 0;
  } finally {
    await api.close();
  }
}

/** ", list envelope: …" for the workspace list, when it was read. */
function envelopeNote(pages: ListPageEvent[], kind: 'workspace'): string {
  const page = pages.find((p) => p.path.includes(`${kind}-service`));
  return page?.envelope ? `\n(the workspace list came in ${ENVELOPES[page.envelope]})` : '';
}

/**
 * Whether the audiences say ahead of time what the caller may change. Without the flags
 * the plan cannot foresee a refusal: each change counts as allowed, and a refusal shows
 * only as the API's 403 during an apply.
 */
function permissionVerdict(audiences: RemoteAudience[]): { verdict: Verdict; text: string } {
  if (audiences.length === 0) {
    return { verdict: 'skip', text: 'no audiences to check in this workspace' };
  }
  const flagged = audiences.filter(
    (a) => isRecord(a.raw.permissions) || isRecord(a.raw.newPermissions),
  );
  const names = new Set<string>();
  for (const a of flagged) {
    if (isRecord(a.raw.permissions)) names.add('permissions');
    if (isRecord(a.raw.newPermissions)) names.add('newPermissions');
  }
  if (flagged.length === audiences.length) {
    return {
      verdict: 'pass',
      text: `all ${audiences.length} carry ${[...names].join(' and ')}: blocked changes show in the plan`,
    };
  }
  return {
    verdict: 'fail',
    text:
      `${audiences.length - flagged.length} of ${audiences.length} audiences carry neither permissions nor newPermissions: ` +
      'the plan counts changes to them as allowed, and a refusal shows only as the API’s 403 during apply',
  };
}
