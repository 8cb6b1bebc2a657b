/**
 * `npm run render:comment`: renders the PR comment the way a reviewer sees it, from a real
 * plan against the built-in emulator, so the README's picture can be regenerated and
 * every case can be looked at before a change ships.
 *
 * For each case (a small plan of `audiences/`, 300+ changes, no changes, an invalid file,
 * a tripped delete guard, a blocked change, a fork's pull request, and the comment after
 * the apply) it writes `<case>.md` (the comment body), `<case>.html` and
 * `<case>-dark.html` (the body as HTML in a GitHub-like page, light and dark), and, when
 * Chromium is installed, `<case>.png` and `<case>-dark.png`.
 *
 *     npm run render:comment -- [--out DIR] [--readme] [--no-screenshot]
 *
 * The markdown goes through `cmark-gfm` when it is installed (GitHub's own parser), else
 * through `micromark` with its GFM extension. Screenshots need `chromium` and, for the
 * emoji, `fonts-noto-color-emoji` (Debian packages). `--readme` also copies the small
 * plan's light screenshot to `docs/images/pr-comment.png`. Nothing leaves 127.0.0.1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { applyPlan } from '../src/apply/apply.js';
import { loadAudiences } from '../src/config/load.js';
import { connect, planAgainst } from '../src/engine.js';
import { formatCommentHead, markerKey } from '../src/github/marker.js';
import type { DesiredAudience, LoadResult, PlanOptions } from '../src/model.js';
import { planLines } from '../src/plan/index.js';
import { type RunReport, renderAppliedComment, renderMarkdown } from '../src/report/index.js';
import { type Emulator, startEmulator } from '../test/emulator/index.js';
import type { SeedAudience } from '../test/emulator/types.js';

const AUDIENCES = 'audiences';
const SOMEONE_ELSE = '9d1e4b7a-2c3f-4e8d-b6a5-0f7c1e2d3b4a';
const REPO_URL = 'https://github.com/acme/audiences';
const HEAD_SHA = '4f9c2d1e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d';
const MERGE_SHA = '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b';
const RUN_URL = 'https://github.com/acme/audiences/actions/runs/4242';
const WIDTH = 900;

interface Case {
  name: string;
  markdown: string;
}

/** The seeds that make `audiences/` a small plan with every kind of change worth showing. */
function driftedSeeds(desired: DesiredAudience[]): SeedAudience[] {
  const byName = new Map(desired.map((a) => [a.name, a]));
  const take = (name: string): SeedAudience => {
    const audience = byName.get(name);
    if (!audience) throw new Error(`render-comment: ${AUDIENCES}/ has no audience "${name}"`);
    return structuredClone(audience.fields) as SeedAudience;
  };
  const leaders = take('Marketing leaders');
  const hr = take('HR managers in DACH');
  return [
    {
      ...leaders,
      name: 'Marketing managers',
      maxAge: 50,
      additionalInformation:
        'Heads of marketing and CMOs at B2B companies with 20 to 200 employees.',
    },
    {
      ...hr,
      maxAge: 65,
      genderDistribution: { female: 0.6, male: 0.36, nonBinary: 0.025, preferNotToSay: 0.015 },
      interests: ['employer branding', 'HR tech', 'payroll software', 'remote work'],
    },
    take('E-commerce founders'),
    take('Talent acquisition leads in DACH'),
    {
      ...take('SaaS product marketers'),
      name: 'Summer campaign 2024',
      residence: 'Hamburg',
      minAge: 25,
      maxAge: 45,
      interests: ['events & "trade fairs"', 'giveaways'],
    },
  ];
}

async function planCase(
  emulator: Emulator,
  load: LoadResult,
  options: PlanOptions,
  report: Partial<RunReport> = {},
): Promise<RunReport> {
  const connection = await connect({
    apiUrl: emulator.apiUrl,
    tokenUrl: emulator.tokenUrl,
    clientId: emulator.clientId,
    clientSecret: emulator.clientSecret,
  });
  try {
    const { plan } = await planAgainst(load.audiences, connection.audiences, options);
    return { ...base(load), workspace: connection.workspace, plan, ...report };
  } finally {
    await connection.api.close();
  }
}

function base(load: LoadResult): RunReport {
  return {
    mode: 'plan',
    dryRun: true,
    paths: [AUDIENCES],
    files: load.files,
    audienceCount: load.audiences.length,
    problems: load.problems,
    commitSha: HEAD_SHA,
    repoUrl: REPO_URL,
    runUrl: RUN_URL,
  };
}

function comment(report: RunReport): string {
  const head = formatCommentHead(
    {
      key: markerKey('Acme Marketing', report.paths),
      fingerprint: report.plan?.fingerprint,
      sha: HEAD_SHA,
    },
    report.plan ? planLines(report.plan) : undefined,
  );
  return renderMarkdown(report, { marker: head });
}

/** Writes audience files into a fresh folder under `dir` and loads them. */
async function filesCase(dir: string, files: Record<string, string>): Promise<LoadResult> {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, AUDIENCES), { recursive: true });
    writeFileSync(join(dir, AUDIENCES, name), text);
  }
  return loadAudiences([AUDIENCES], { cwd: dir });
}

function audienceYaml(name: string, extra = ''): string {
  return [
    `name: ${name}`,
    'residence: Berlin',
    'minAge: 30',
    'maxAge: 50',
    'genderDistribution: { female: 0.5, male: 0.46, nonBinary: 0.03, preferNotToSay: 0.01 }',
    'interests: [newsletters]',
    'needs: [more time]',
    'painPoints: [too many tools]',
    extra,
  ].join('\n');
}

async function cases(work: string): Promise<Case[]> {
  const out: Case[] = [];
  const options: PlanOptions = { prune: true, ignore: [], maxDeletes: 10 };
  const repo = await loadAudiences([AUDIENCES], { cwd: process.cwd() });

  // The small plan of this repository's audiences/ (the README's picture), then its apply.
  let emulator = await startEmulator();
  try {
    emulator.seed([
      ...driftedSeeds(repo.audiences),
      {
        ...(structuredClone(repo.audiences[0]?.fields) as SeedAudience),
        name: 'Partner agencies',
        createdByUserId: SOMEONE_ELSE,
      },
    ]);
    const small = await planCase(emulator, repo, options);
    out.push({ name: 'small', markdown: comment(small) });
    const plan = small.plan;
    if (plan) {
      const connection = await connect({
        apiUrl: emulator.apiUrl,
        tokenUrl: emulator.tokenUrl,
        clientId: emulator.clientId,
        clientSecret: emulator.clientSecret,
      });
      try {
        const apply = await applyPlan(plan, connection.audiences, { concurrency: 4 });
        const applied: RunReport = {
          ...small,
          mode: 'apply',
          dryRun: false,
          apply,
          commitSha: MERGE_SHA,
          ...(apply.ok
            ? {}
            : { failure: { reason: 'apply-failed', message: 'Some changes failed.' } }),
        };
        const head = formatCommentHead(
          {
            key: markerKey('Acme Marketing', [AUDIENCES]),
            fingerprint: plan.fingerprint,
            sha: HEAD_SHA,
          },
          planLines(plan),
        );
        out.push({ name: 'applied', markdown: renderAppliedComment(applied, { marker: head }) });
      } finally {
        await connection.api.close();
      }
      out.push({ name: 'empty', markdown: comment(await planCase(emulator, repo, options)) });
    }
  } finally {
    await emulator.close();
  }

  // 300+ changes: 300 audiences whose maxAge moves together, 20 edits of their own, 8 prunes.
  emulator = await startEmulator();
  try {
    const many: Record<string, string> = {};
    const seeds: SeedAudience[] = [];
    for (let i = 1; i <= 320; i++) {
      const name = i <= 300 ? `Newsletter list ${i}` : `Region ${i - 300}`;
      many[`list-${i}.yml`] = audienceYaml(name);
      seeds.push({
        name,
        residence: i <= 300 ? 'Berlin' : `Town ${i}`,
        minAge: 30,
        maxAge: i <= 300 ? 45 : 50,
        genderDistribution: { female: 0.5, male: 0.46, nonBinary: 0.03, preferNotToSay: 0.01 },
        interests: ['newsletters'],
        needs: ['more time'],
        painPoints: ['too many tools'],
      });
    }
    for (let i = 1; i <= 8; i++) {
      seeds.push({
        ...(seeds[0] as SeedAudience),
        name: `Old list ${i * 3}`,
        residence: 'Hamburg',
      });
    }
    emulator.seed(seeds);
    const load = await filesCase(mkdtempSync(join(work, 'large-')), many);
    out.push({ name: 'large', markdown: comment(await planCase(emulator, load, options)) });
  } finally {
    await emulator.close();
  }

  // A tripped delete guard and a blocked change, against the repository's audiences/.
  emulator = await startEmulator();
  try {
    const extra = Array.from({ length: 12 }, (_, i) => ({
      ...(structuredClone(repo.audiences[0]?.fields) as SeedAudience),
      name: `Old list ${i + 1}`,
    }));
    emulator.seed([...driftedSeeds(repo.audiences).slice(2, 4), ...extra]);
    const guarded = await planCase(emulator, repo, options);
    out.push({
      name: 'guard',
      markdown: comment({
        ...guarded,
        failure: {
          reason: 'guard-tripped',
          message: 'The plan deletes more audiences than max-deletes allows.',
        },
        guardAllow: [
          'set `max-deletes: 13` in the workflow',
          'add the label `audience-sync/allow-deletes` to the pull request',
        ],
        allowDeletesLabel: { name: 'audience-sync/allow-deletes', present: false },
      }),
    });
  } finally {
    await emulator.close();
  }
  emulator = await startEmulator();
  try {
    const seeds = driftedSeeds(repo.audiences).slice(0, 4);
    const owned = seeds[1];
    if (owned) owned.createdByUserId = SOMEONE_ELSE;
    emulator.seed(seeds);
    const blocked = await planCase(emulator, repo, { ...options, prune: false });
    out.push({
      name: 'blocked',
      markdown: comment({
        ...blocked,
        failure: {
          reason: 'blocked',
          message:
            '1 change blocked: the files ask for something that cannot be done. The report says why.',
        },
      }),
    });
  } finally {
    await emulator.close();
  }

  // An invalid file, and a fork's pull request (no credentials: validation only).
  const invalid = await filesCase(mkdtempSync(join(work, 'invalid-')), {
    'good.yml': audienceYaml('Good audience'),
    'bad.yml': audienceYaml('Bad audience', 'intrests: [typo]').replace('maxAge: 50', 'maxAge: 15'),
    'worse.yml': audienceYaml('Worse audience').replace('female: 0.5', 'female: 0.9'),
  });
  out.push({
    name: 'invalid',
    markdown: comment({
      ...base(invalid),
      mode: 'validate',
      workspaceInput: 'Acme Marketing',
      failure: {
        reason: 'invalid',
        message: 'The audience files have errors: nothing was sent to neuroflash.',
      },
    }),
  });
  out.push({
    name: 'fork',
    markdown: comment({
      ...base(repo),
      mode: 'validate',
      workspaceInput: 'Acme Marketing',
      notices: [
        'No neuroflash credentials (a pull request from a fork gets no secrets): validated the files only.',
      ],
    }),
  });
  return out;
}

/** The markdown as HTML: GitHub's own parser when installed, else micromark with GFM. */
function toHtml(markdown: string): { html: string; parser: string } {
  const cmark = spawnSync(
    'cmark-gfm',
    [
      '--unsafe',
      '--github-pre-lang',
      '-e',
      'table',
      '-e',
      'strikethrough',
      '-e',
      'autolink',
      '-e',
      'tagfilter',
    ],
    { input: markdown, encoding: 'utf8' },
  );
  if (cmark.status === 0 && !cmark.error) return { html: cmark.stdout, parser: 'cmark-gfm' };
  const html = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  return { html, parser: 'micromark' };
}

/** What GitHub adds after parsing: alert boxes and coloured diff lines. */
function githubTouches(html: string): string {
  return html
    .replace(
      /<blockquote>\s*<p>\[!(NOTE|WARNING|CAUTION)\]\s*/g,
      (_, kind: string) =>
        `<blockquote class="alert alert-${kind.toLowerCase()}"><p class="alert-title">${kind[0]}${kind.slice(1).toLowerCase()}</p><p>`,
    )
    .replace(
      /(<pre lang="diff"><code>|<pre><code class="language-diff">)([\s\S]*?)(<\/code><\/pre>)/g,
      (_, open: string, body: string, close: string) =>
        open +
        body
          .split('\n')
          .map((line) => {
            const kind = line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : 'ctx';
            return line === '' ? line : `<span class="${kind}">${line}</span>`;
          })
          .join('\n') +
        close,
    );
}

/** A small stylesheet in the spirit of GitHub's comment view, for either theme. */
function stylesheet(theme: 'light' | 'dark'): string {
  const c =
    theme === 'light'
      ? {
          bg: '#ffffff',
          fg: '#1f2430',
          muted: '#5b636e',
          border: '#d4dae0',
          soft: '#f5f7f9',
          add: '#e3f7e8',
          addFg: '#135c2a',
          del: '#fdeceb',
          delFg: '#8a1c24',
          link: '#0a63d1',
          note: '#0a63d1',
          warn: '#9a6700',
          caution: '#c5222f',
          head: '#f5f7f9',
        }
      : {
          bg: '#0e1218',
          fg: '#e4e9ef',
          muted: '#959eaa',
          border: '#343b45',
          soft: '#161c24',
          add: '#143321',
          addFg: '#7ee093',
          del: '#3d1619',
          delFg: '#ff9b95',
          link: '#4c9cf5',
          note: '#4c9cf5',
          warn: '#d6a01e',
          caution: '#f5544b',
          head: '#161c24',
        };
  return `
  :root { color-scheme: ${theme}; }
  body { margin: 0; padding: 16px; background: ${c.bg}; color: ${c.fg};
    font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; }
  .comment { border: 1px solid ${c.border}; border-radius: 6px; max-width: ${WIDTH - 34}px; }
  .comment-head { background: ${c.head}; border-bottom: 1px solid ${c.border}; padding: 8px 16px; color: ${c.muted}; border-radius: 6px 6px 0 0; }
  .comment-head b { color: ${c.fg}; }
  .body { padding: 16px; overflow-wrap: break-word; }
  .body > :first-child { margin-top: 0; }
  h3 { font-size: 1.25em; margin: 0 0 12px; padding-bottom: 6px; border-bottom: 1px solid ${c.border}; }
  p, ul, table, pre, blockquote, details { margin: 0 0 12px; }
  a { color: ${c.link}; text-decoration: none; }
  code { font: 12px/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; background: ${c.soft}; padding: 0.2em 0.4em; border-radius: 6px; }
  pre { background: ${c.soft}; border-radius: 6px; padding: 12px 16px; overflow: auto; }
  pre code { padding: 0; background: none; }
  pre .add { background: ${c.add}; color: ${c.addFg}; }
  pre .del { background: ${c.del}; color: ${c.delFg}; }
  table { border-collapse: collapse; display: block; overflow: auto; }
  th, td { border: 1px solid ${c.border}; padding: 6px 13px; }
  tr:nth-child(2n) td { background: ${c.soft}; }
  th { font-weight: 600; }
  hr { border: 0; border-top: 1px solid ${c.border}; margin: 16px 0; }
  details summary { cursor: pointer; }
  details[open] > summary { margin-bottom: 8px; }
  blockquote { margin-left: 0; padding: 0 1em; color: ${c.muted}; border-left: 0.25em solid ${c.border}; }
  blockquote.alert { color: ${c.fg}; }
  .alert-title { font-weight: 600; margin-bottom: 4px; }
  .alert-note { border-left-color: ${c.note}; } .alert-note .alert-title { color: ${c.note}; }
  .alert-warning { border-left-color: ${c.warn}; } .alert-warning .alert-title { color: ${c.warn}; }
  .alert-caution { border-left-color: ${c.caution}; } .alert-caution .alert-title { color: ${c.caution}; }
  `;
}

function page(body: string, theme: 'light' | 'dark'): string {
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>audience-sync comment</title><style>${stylesheet(theme)}</style></head>
<body><div class="comment"><div class="comment-head"><b>github-actions</b> bot commented</div>
<div class="body">${body}</div></div>
<script>document.body.dataset.height = String(Math.ceil(document.querySelector('.comment').getBoundingClientRect().bottom) + 16);</script>
</body></html>
`;
}

function chromiumArgs(profile: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    `--user-data-dir=${profile}`,
  ];
}

/** Screenshots a page at its full height; false when Chromium is not installed. */
function screenshot(htmlPath: string, pngPath: string): boolean {
  const profile = mkdtempSync(join(tmpdir(), 'render-comment-chromium-'));
  try {
    const url = pathToFileURL(htmlPath).href;
    const measured = spawnSync(
      'chromium',
      [...chromiumArgs(profile), `--window-size=${WIDTH},800`, '--dump-dom', url],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (measured.error || measured.status !== 0) return false;
    const height = Number(/data-height="(\d+)"/.exec(measured.stdout)?.[1] ?? 2000);
    execFileSync(
      'chromium',
      [
        ...chromiumArgs(profile),
        `--window-size=${WIDTH},${height}`,
        `--screenshot=${pngPath}`,
        url,
      ],
      { stdio: 'ignore' },
    );
    return true;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(tmpdir(), 'audience-sync-comments') },
      readme: { type: 'boolean', default: false },
      'no-screenshot': { type: 'boolean', default: false },
    },
  });
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'render-comment-'));
  try {
    for (const c of await cases(work)) {
      const { html, parser } = toHtml(c.markdown);
      writeFileSync(join(out, `${c.name}.md`), c.markdown);
      // Folded parts are looked at too: the `-open` page opens every <details>.
      const variants: { theme: 'light' | 'dark'; suffix: string; body: string }[] = [
        { theme: 'light', suffix: '', body: html },
        { theme: 'dark', suffix: '-dark', body: html },
      ];
      if (html.includes('<details')) {
        const opened = html.replace(/<details(?: open)?>/g, '<details open>');
        variants.push({ theme: 'light', suffix: '-open', body: opened });
      }
      for (const { theme, suffix, body } of variants) {
        const htmlPath = join(out, `${c.name}${suffix}.html`);
        writeFileSync(htmlPath, page(githubTouches(body), theme));
        const png = join(out, `${c.name}${suffix}.png`);
        const shot = !values['no-screenshot'] && screenshot(htmlPath, png);
        process.stdout.write(`${c.name} (${theme}, ${parser}): ${shot ? png : htmlPath}\n`);
        if (shot && values.readme && c.name === 'small' && theme === 'light') {
          mkdirSync('docs/images', { recursive: true });
          copyFileSync(png, 'docs/images/pr-comment.png');
          process.stdout.write('README picture: docs/images/pr-comment.png\n');
        }
      }
    }
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `render-comment: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
