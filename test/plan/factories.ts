/**
 * Short-hand builders for the planner's and the applier's tests: a complete valid profile
 * by default, so each test spells out only the fields it is about.
 */
import type {
  DesiredAudience,
  PlanOptions,
  Profile,
  ProfileField,
  RemoteAudience,
  SourceLocation,
} from '../../src/model.js';

/** A complete, valid profile (minus the name). */
export function baseProfile(): Omit<Profile, 'name'> {
  return {
    residence: 'Berlin',
    country: 'DE',
    nativeLanguage: 'de',
    minAge: 25,
    maxAge: 45,
    genderDistribution: { female: 0.5, male: 0.4, nonBinary: 0.07, preferNotToSay: 0.03 },
    interests: ['AI', 'content marketing'],
    needs: ['scale content production'],
    painPoints: ['manual workflows'],
    shared: true,
  };
}

export interface DesiredExtras {
  previousNames?: string[];
  /** Fields the document leaves out (unmanaged). */
  omit?: ProfileField[];
  source?: SourceLocation;
}

/** A present audience declaring the base profile, with `fields` on top. */
export function desired(
  name: string,
  fields: Partial<Profile> = {},
  extras: DesiredExtras = {},
): DesiredAudience {
  const all: Record<string, unknown> = { name, ...baseProfile(), ...fields };
  for (const field of extras.omit ?? []) delete all[field];
  return {
    name,
    state: 'present',
    fields: all as Partial<Profile>,
    previousNames: extras.previousNames ?? [],
    source: extras.source ?? { file: `audiences/${name}.yml`, line: 1, column: 1 },
  };
}

/** A document with `state: absent`. */
export function absent(name: string, source?: SourceLocation): DesiredAudience {
  return {
    name,
    state: 'absent',
    fields: { name },
    previousNames: [],
    source: source ?? { file: 'audiences/gone.yml', line: 1, column: 1 },
  };
}

export interface RemoteExtras {
  id?: string;
  canUpdate?: boolean;
  canDelete?: boolean;
  updatedAt?: string;
}

/** A remote audience with the base profile, `fields` on top, and read-only fields around it. */
export function remote(
  name: string,
  fields: Record<string, unknown> = {},
  extras: RemoteExtras = {},
): RemoteAudience {
  const id = extras.id ?? `id-${name}`;
  const updatedAt = extras.updatedAt ?? '2025-01-14T16:20:59Z';
  const permissions = { canUpdate: extras.canUpdate ?? true, canDelete: extras.canDelete ?? true };
  return {
    id,
    name,
    permissions,
    updatedAt,
    raw: {
      id,
      workspaceId: 'ws-1',
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt,
      createdByUserId: 'user-1',
      ownerCustomerId: 7,
      permissions: { canView: true, ...permissions, canDuplicate: true },
      name,
      ...baseProfile(),
      ...fields,
    },
  };
}

/** Plan options: no prune, no ignore, max-deletes 10, unless overridden. */
export function options(overrides: Partial<PlanOptions> = {}): PlanOptions {
  return { prune: false, ignore: [], maxDeletes: 10, ...overrides };
}

/** A seeded Fisher-Yates shuffle, so a shuffled test is the same on every run. */
export function shuffled<T>(items: readonly T[], seed = 1): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
