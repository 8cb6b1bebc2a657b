/**
 * Reads audience files as untrusted input: only regular files inside the workspace root,
 * each at most `maxBytes` long, each once, and only valid UTF-8. Everything else is a
 * located problem, and a file that is refused is never opened: a symbolic link to
 * `/proc/self/environ`, `/dev/zero` or a FIFO must not be read, block, or end up quoted
 * in an error message.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import type { Problem } from '../model.js';
import { isInside } from './discover.js';

/** What reading one file gave: its text, a problem, or "already read under another path". */
export type ReadOutcome =
  | { kind: 'text'; text: string }
  | { kind: 'problem'; problem: Problem }
  | { kind: 'duplicate' };

export interface ReadOptions {
  /** The workspace root, already resolved through its own symbolic links. */
  realRoot: string;
  maxBytes: number;
  /** Real paths read so far; a file reached twice (through a link) is read once. */
  seen: Set<string>;
  /**
   * Folders already resolved through their symbolic links, shared by the reads of one
   * load: most files are no link, and their real path is then their folder's real path
   * and their name, one `lstat` instead of a `realpath` each.
   */
  realFolders: Map<string, string>;
}

// O_NOFOLLOW: the path checked is the path opened, even if it is swapped for a link in
// between. O_NONBLOCK: a FIFO swapped in after the check cannot block the open.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);
const CHUNK = 64 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

function problemAt(file: string, rule: string, message: string, line = 1, column = 1): ReadOutcome {
  return { kind: 'problem', problem: { file, line, column, severity: 'error', rule, message } };
}

/** `1 MiB`, `512 KiB` or `300 bytes`, for messages about the cap. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

function tooLarge(file: string, size: number | undefined, maxBytes: number): ReadOutcome {
  const what = size === undefined ? 'more than' : `${size} bytes,`;
  return problemAt(
    file,
    'file-too-large',
    `the file is ${what} over the limit of ${formatBytes(maxBytes)}; split it into smaller files, or raise the limit (Action input \`max-file-size\`, CLI flag \`--max-file-size\`)`,
  );
}

function notRegular(file: string, info: Stats): ReadOutcome {
  const kind = info.isFIFO()
    ? 'a FIFO'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : info.isDirectory()
          ? 'a folder'
          : 'not a regular file';
  return problemAt(
    file,
    'not-a-file',
    `this is ${kind}, not a regular file; only regular files are read as audience files`,
  );
}

/**
 * Reads `file` (relative to `cwd`, as shown in problems). The checks run on the path
 * before anything is opened, and again on the open descriptor, so that a file swapped in
 * between is caught too. The read itself stops after `maxBytes + 1` bytes whatever the
 * size claims to be (`/proc` files claim 0).
 */
export function readAudienceFile(file: string, cwd: string, options: ReadOptions): ReadOutcome {
  const absolute = path.resolve(cwd, file);
  let real: string;
  let info: Stats | undefined;
  try {
    ({ real, info } = resolveReal(absolute, options.realFolders));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') {
      return problemAt(
        file,
        'symlink-loop',
        'this symbolic link leads in a loop; point it at an audience file or remove it',
      );
    }
    return problemAt(
      file,
      'read',
      `the file cannot be read (${code ?? 'unknown error'}); check that it exists and is readable`,
    );
  }
  if (!isInside(options.realRoot, real)) {
    return problemAt(
      file,
      'outside-workspace',
      'this path leads outside the workspace (through a symbolic link); only files inside the workspace are read',
    );
  }
  if (options.seen.has(real)) return { kind: 'duplicate' };
  options.seen.add(real);

  try {
    info ??= lstatSync(real);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return problemAt(file, 'read', `the file cannot be read (${code}); check that it is readable`);
  }
  if (!info.isFile()) return notRegular(file, info);
  if (info.size > options.maxBytes) return tooLarge(file, info.size, options.maxBytes);

  let fd: number;
  try {
    fd = openSync(real, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return problemAt(file, 'read', `the file cannot be read (${code}); check that it is readable`);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return notRegular(file, opened);
    if (opened.size > options.maxBytes) return tooLarge(file, opened.size, options.maxBytes);
    const bytes = readBounded(fd, opened.size, options.maxBytes);
    if (bytes === undefined) return tooLarge(file, undefined, options.maxBytes);
    return decode(file, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return problemAt(file, 'read', `the file cannot be read (${code}); check that it is readable`);
  } finally {
    closeSync(fd);
  }
}

/**
 * The real path of `absolute`, as `realpath` gives it, and its `lstat` when that was
 * taken on the way. An entry that is no symbolic link is its folder's real path and its
 * own name; only a link (or an entry that cannot be looked at) takes a `realpath` of its
 * own. Throws as `realpath` and `lstat` do.
 */
function resolveReal(
  absolute: string,
  folders: Map<string, string>,
): { real: string; info?: Stats } {
  const info = lstatSync(absolute, { throwIfNoEntry: false });
  if (!info || info.isSymbolicLink()) return { real: realpathSync.native(absolute) };
  const folder = path.dirname(absolute);
  let realFolder = folders.get(folder);
  if (realFolder === undefined) {
    realFolder = realpathSync.native(folder);
    folders.set(folder, realFolder);
  }
  return { real: path.join(realFolder, path.basename(absolute)), info };
}

/** At most `maxBytes` bytes of `fd`, or `undefined` when there are more. */
function readBounded(fd: number, sizeHint: number, maxBytes: number): Buffer | undefined {
  // One read for the usual small file; chunks when the size was wrong.
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes, sizeHint) + 1);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) return undefined;
      const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, length + CHUNK));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (length > maxBytes) return undefined;
  }
  return buffer.subarray(0, length);
}

/** The text of `bytes`, or a problem at the first byte that is not UTF-8. */
function decode(file: string, bytes: Buffer): ReadOutcome {
  try {
    return { kind: 'text', text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = countNewlines(bytes, lineStart) + 1;
    // Columns count characters, as the YAML positions do.
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
    return problemAt(
      file,
      'invalid-utf8',
      `byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')} is not valid UTF-8; save the file as UTF-8`,
      line,
      column,
    );
  }
}

function countNewlines(bytes: Buffer, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) n += 1;
  return n;
}

/** The offset of the first byte that starts no valid UTF-8 sequence (RFC 3629). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
