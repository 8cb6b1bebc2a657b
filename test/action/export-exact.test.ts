/**
 * End to end, `command: export` in the built Action: the folder becomes exactly the
 * workspace, so the pull request that a later step opens shows every deletion too, and
 * merging it changes nothing in neuroflash.
 */
import { describe, test } from 'vitest';
import { audience, emulatorWrites, runAction, testWorld, yamlFile } from './harness.js';

const WORKFLOW = 'name: audiences-export\non: workflow_dispatch\njobs: {}\n';
const EXPORT = { command: 'export', path: 'audiences' };

describe.concurrent('export in the Action', () => {
  test('removes the file of an audience deleted in neuroflash, and the next plan is empty', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.emulator.seed([audience('Marketing leaders'), audience('HR managers in DACH')]);
    const files = {
      '.github/workflows/export.yml': WORKFLOW,
      'audiences/team.yml': yamlFile(
        audience('Marketing leaders', { maxAge: 50 }),
        audience('HR managers in DACH'),
      ),
      'audiences/retired.yml': yamlFile(audience('Retired segment')),
    };

    const exported = await runAction(w, { event: 'workflow_dispatch', inputs: EXPORT, files });

    expect(exported.code).toBe(0);
    expect(Object.keys(exported.files).sort()).toEqual([
      '.github/workflows/export.yml',
      'audiences/hr-managers-in-dach.yml',
      'audiences/marketing-leaders.yml',
    ]);
    expect(exported.files['.github/workflows/export.yml']).toBe(WORKFLOW);
    expect(exported.stdout).toContain('removed audiences/retired.yml\n');
    expect(exported.stdout).toContain('removed audiences/team.yml\n');
    expect(exported.summary).toContain(
      '2 files written to `audiences`, 2 other audience files removed.',
    );
    expect(exported.summary).toContain('- `audiences/retired.yml` (removed)\n');
    expect(emulatorWrites(w.emulator)).toEqual([]);

    const planned = await runAction(w, {
      event: 'workflow_dispatch',
      inputs: { prune: 'true' },
      files: exported.files,
    });
    expect(planned.code).toBe(0);
    expect(planned.outputs['has-changes']).toBe('false');
  });

  test('fails and changes no file while the folder holds a file that is not an audience', async (context) => {
    const { expect } = context;
    const w = await testWorld(context);
    w.emulator.seed([audience('Marketing leaders')]);
    const files = {
      'audiences/retired.yml': yamlFile(audience('Retired segment')),
      'audiences/owners.yml': 'owners: [growth-team]\n',
    };

    const refused = await runAction(w, { event: 'workflow_dispatch', inputs: EXPORT, files });

    expect(refused.code).toBe(1);
    expect(refused.files).toEqual(files);
    expect(refused.stdout).toContain(
      '::error::audiences holds 1 file that `plan audiences` would read but that is not an audience file',
    );
    expect(refused.stdout).toContain('audiences/owners.yml (it has keys no audience has (owners))');
    expect(refused.summary).toBe(
      '### ❌ Export failed · audience-sync · Acme Marketing · `audiences`\n\n' +
        '**Export of Acme Marketing failed**: audiences holds 1 file that \\`plan audiences\\` would read but that is not an audience file, ' +
        'so the export could not be exact (nothing was written or removed): audiences/owners.yml (it has keys no audience has (owners))\n',
    );
  });
});
