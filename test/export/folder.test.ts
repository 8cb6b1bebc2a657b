import { describe, expect, it } from 'vitest';
import {
  classifyText,
  ForeignFilesError,
  OverwriteRefusedError,
  planFolderChanges,
  RemovalRefusedError,
  type SurveyedFile,
} from '../../src/export/index.js';

describe('classifyText', () => {
  it('takes a multi-document file of schema keys, each with a name, for audience files', () => {
    const text = `# comment
name: HR managers in DACH
residence: Vienna
previousNames: [HR in DACH]
---
name: " Retired "
state: absent
---
`;
    expect(classifyText(text)).toEqual({
      kind: 'audience',
      names: ['HR managers in DACH', 'Retired'],
      reason: '',
    });
  });

  it('never takes a workflow for an audience, though it has a name', () => {
    expect(classifyText('name: ci\non: push\njobs: {}\n')).toEqual({
      kind: 'foreign',
      names: [],
      reason: 'it has keys no audience has (on, jobs)',
    });
  });

  it('needs every document to be an audience', () => {
    expect(classifyText('name: Good one\n---\nresidence: Berlin\n')).toEqual({
      kind: 'foreign',
      names: [],
      reason: 'a document has no name',
    });
    expect(classifyText('name: Good one\n---\n- a list\n')).toEqual({
      kind: 'foreign',
      names: [],
      reason: 'a document is not a mapping',
    });
    expect(classifyText('name: 42\n').kind).toBe('foreign');
    expect(classifyText('name: "  "\n').kind).toBe('foreign');
  });

  it('tells broken YAML and files without a document apart', () => {
    expect(classifyText('name: [unclosed\n')).toEqual({
      kind: 'unreadable',
      names: [],
      reason: 'it is not valid YAML',
    });
    expect(classifyText('name: a\nname: b\n').kind).toBe('unreadable');
    expect(classifyText('# only a comment\n')).toEqual({
      kind: 'blank',
      names: [],
      reason: 'it holds no YAML document',
    });
    expect(classifyText('').kind).toBe('blank');
  });
});

/** What `run` threw (the test fails if it threw nothing). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, none was thrown');
}

const audienceFile = (file: string): SurveyedFile => ({
  file,
  kind: 'audience',
  names: [file],
  reason: '',
});
const base = {
  outDir: 'adopt',
  cwd: '/repo',
  force: true,
  existingTargets: [] as string[],
  repositoryRoot: false,
};

describe('planFolderChanges', () => {
  it('with force overwrites the existing targets and removes the other audience files', () => {
    const survey = [
      audienceFile('adopt/a.yml'),
      audienceFile('adopt/team/old.yml'),
      { file: 'adopt/b.yml', kind: 'unreadable', names: [], reason: 'it is not valid YAML' },
      audienceFile('adopt/hand.yml'),
    ] satisfies SurveyedFile[];
    expect(
      planFolderChanges(['adopt/a.yml', 'adopt/b.yml', 'adopt/c.yml'], survey, {
        ...base,
        existingTargets: ['adopt/b.yml', 'adopt/a.yml'],
      }),
    ).toEqual({
      overwrite: ['adopt/a.yml', 'adopt/b.yml'],
      remove: ['adopt/hand.yml', 'adopt/team/old.yml'],
    });
  });

  it('matches targets and surveyed files by where they are, not how they are spelled', () => {
    expect(
      planFolderChanges(['/repo/adopt/a.yml'], [audienceFile('adopt/a.yml')], {
        ...base,
        existingTargets: ['/repo/adopt/a.yml'],
      }),
    ).toEqual({ overwrite: ['/repo/adopt/a.yml'], remove: [] });
  });

  it('without force refuses for other audience files alone', () => {
    const error = thrown(() =>
      planFolderChanges(['adopt/a.yml'], [audienceFile('adopt/hand.yml')], {
        ...base,
        force: false,
      }),
    );
    expect(error).toBeInstanceOf(OverwriteRefusedError);
    expect((error as OverwriteRefusedError).files).toEqual([]);
    expect((error as OverwriteRefusedError).others).toEqual(['adopt/hand.yml']);
    expect((error as Error).message).toBe(
      'refusing to leave 1 other audience file beside the export, which would then not be exact: adopt/hand.yml (nothing was written)',
    );
  });

  it('without force and with an empty folder changes nothing', () => {
    expect(planFolderChanges(['adopt/a.yml'], [], { ...base, force: false })).toEqual({
      overwrite: [],
      remove: [],
    });
  });

  it('refuses a target path that holds something else, and any other non-audience file', () => {
    const survey: SurveyedFile[] = [
      {
        file: 'adopt/a.yml',
        kind: 'foreign',
        names: [],
        reason: 'it has keys no audience has (services)',
      },
      { file: 'adopt/empty.yml', kind: 'blank', names: [], reason: 'it holds no YAML document' },
      { file: 'adopt/link.yml', kind: 'special', names: [], reason: 'it is not a regular file' },
    ];
    expect(() =>
      planFolderChanges(['adopt/a.yml'], survey, { ...base, existingTargets: ['adopt/a.yml'] }),
    ).toThrow(
      new ForeignFilesError('adopt', [
        { file: 'adopt/a.yml', reason: 'it has keys no audience has (services)' },
        { file: 'adopt/empty.yml', reason: 'it holds no YAML document' },
        { file: 'adopt/link.yml', reason: 'it is not a regular file' },
      ]),
    );
  });

  it('overwrites a blank file at a target path', () => {
    const survey: SurveyedFile[] = [
      { file: 'adopt/a.yml', kind: 'blank', names: [], reason: 'it holds no YAML document' },
    ];
    expect(
      planFolderChanges(['adopt/a.yml'], survey, { ...base, existingTargets: ['adopt/a.yml'] }),
    ).toEqual({ overwrite: ['adopt/a.yml'], remove: [] });
  });

  it('never removes from a repository root, but may write there', () => {
    const root = { ...base, outDir: '.', repositoryRoot: true };
    expect(() => planFolderChanges(['a.yml'], [audienceFile('old.yml')], root)).toThrow(
      RemovalRefusedError,
    );
    expect(
      planFolderChanges(['a.yml'], [audienceFile('a.yml')], {
        ...root,
        existingTargets: ['a.yml'],
      }),
    ).toEqual({ overwrite: ['a.yml'], remove: [] });
  });

  it('never empties a folder when the workspace exported nothing', () => {
    const error = thrown(() =>
      planFolderChanges([], [audienceFile('adopt/a.yml'), audienceFile('adopt/b.yml')], base),
    );
    expect(error).toBeInstanceOf(RemovalRefusedError);
    expect((error as RemovalRefusedError).why).toBe('nothing-exported');
    expect((error as Error).message).toBe(
      'the workspace has no audience to export, and refusing to empty adopt of its 2 audience files (nothing was written or removed): adopt/a.yml, adopt/b.yml',
    );
    expect(planFolderChanges([], [], base)).toEqual({ overwrite: [], remove: [] });
  });
});
