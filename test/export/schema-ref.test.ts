import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SCHEMA_URL,
  resolveSchemaRef,
  schemaUrlForAction,
} from '../../src/export/schema-ref.js';
import { makeTempDir } from '../support/cli.js';

let cwd: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir: cwd, cleanup } = await makeTempDir());
});
afterEach(() => cleanup());

describe('resolveSchemaRef', () => {
  it('points at the published URL in a repository without the schema', async () => {
    expect(await resolveSchemaRef(undefined, cwd, 'audiences')).toBe(DEFAULT_SCHEMA_URL);
    expect(DEFAULT_SCHEMA_URL).toBe(
      'https://raw.githubusercontent.com/audience-sync/audience-sync/v1/src/schema/audience.schema.json',
    );
  });

  it('points at the local schema, relative to the output folder, when the repository has it', async () => {
    await mkdir(path.join(cwd, 'src/schema'), { recursive: true });
    await writeFile(path.join(cwd, 'src/schema/audience.schema.json'), '{}');
    expect(await resolveSchemaRef(undefined, cwd, 'audiences')).toBe(
      '../src/schema/audience.schema.json',
    );
    expect(await resolveSchemaRef(undefined, cwd, 'teams/emea/audiences')).toBe(
      '../../../src/schema/audience.schema.json',
    );
  });

  it('uses a given URL as is, and makes a given path relative to the output folder', async () => {
    const url = 'https://example.test/v2/audience.schema.json';
    expect(await resolveSchemaRef(url, cwd, 'audiences')).toBe(url);
    expect(await resolveSchemaRef('schemas/a.json', cwd, 'audiences')).toBe('../schemas/a.json');
    expect(await resolveSchemaRef('audiences/a.json', cwd, 'audiences')).toBe('./a.json');
  });
});

describe('schemaUrlForAction', () => {
  it('pins the schema to the running action’s repository and ref', () => {
    expect(
      schemaUrlForAction({
        GITHUB_ACTION_REPOSITORY: 'acme/audience-sync',
        GITHUB_ACTION_REF: 'v1.2.0',
      }),
    ).toBe(
      'https://raw.githubusercontent.com/acme/audience-sync/v1.2.0/src/schema/audience.schema.json',
    );
  });

  it('has no answer outside an action step', () => {
    expect(schemaUrlForAction({})).toBeUndefined();
    expect(
      schemaUrlForAction({ GITHUB_ACTION_REPOSITORY: 'acme/audience-sync', GITHUB_ACTION_REF: '' }),
    ).toBeUndefined();
  });
});
