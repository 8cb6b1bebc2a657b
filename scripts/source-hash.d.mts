/** Where the build writes the fingerprint of its sources, relative to the repository root. */
export declare const SOURCE_HASH_FILE: string;
/** The sha256 of the sources `dist/` is built from (`src/` and the lock file). */
export declare function sourceHash(root: string): string;
