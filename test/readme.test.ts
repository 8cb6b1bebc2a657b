/**
 * The README's workflows are what users copy: each must be valid YAML, and each use of
 * the action may only pass inputs that action.yml declares.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};
const declared = new Set(Object.keys(action.inputs));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  name?: string;
  on?: unknown;
  permissions?: Record<string, string>;
  concurrency?: unknown;
  jobs?: Record<string, { steps?: Step[] }>;
}

/** Every ```yaml block of the README that is a workflow (it has `jobs`). */
function workflows(): Workflow[] {
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks
    .flatMap((text) => {
      const docs = parseAllDocuments(text);
      for (const doc of docs) expect(doc.errors, text).toEqual([]);
      return docs.map((d) => d.toJS() as Workflow);
    })
    .filter((w) => w && typeof w === 'object' && 'jobs' in w);
}

function actionSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs ?? {})
    .flatMap((job) => job.steps ?? [])
    .filter((step) => step.uses?.startsWith('audience-sync/audience-sync@'));
}

describe('the README workflows', () => {
  const all = workflows();

  it('are there: plan, apply, drift, a matrix and export', () => {
    expect(all.map((w) => w.name)).toEqual([
      'audiences-plan',
      'audiences-apply',
      'audiences-drift',
      'audiences-plan-all',
      'audiences-export',
    ]);
  });

  it('use only inputs that action.yml declares', () => {
    for (const workflow of all) {
      const steps = actionSteps(workflow);
      expect(steps.length, workflow.name).toBeGreaterThan(0);
      for (const step of steps) {
        const unknown = Object.keys(step.with ?? {}).filter((key) => !declared.has(key));
        expect(unknown, `${workflow.name} passes undeclared inputs`).toEqual([]);
      }
    }
  });

  it('grant what each needs: a comment (the apply rewrites one) needs pull-requests: write, an apply never races', () => {
    const byName = new Map(all.map((w) => [w.name, w]));
    expect(byName.get('audiences-plan')?.permissions?.['pull-requests']).toBe('write');
    expect(byName.get('audiences-plan-all')?.permissions?.['pull-requests']).toBe('write');
    expect(byName.get('audiences-apply')?.concurrency).toMatchObject({ group: expect.any(String) });
    // The apply rewrites the merged pull request's comment with the outcome of each change.
    expect(byName.get('audiences-apply')?.permissions?.['pull-requests']).toBe('write');
    expect(byName.get('audiences-drift')?.permissions?.issues).toBe('write');
  });

  it('document every input and output of action.yml', () => {
    const outputs = Object.keys(
      (parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { outputs: object }).outputs,
    );
    for (const name of [...declared, ...outputs]) {
      expect(readme, `README lacks ${name}`).toContain(`\`${name}\``);
    }
  });
});
