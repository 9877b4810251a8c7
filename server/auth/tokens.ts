// Write tokens: kept in a small JSON file beside the database as SHA-256 hashes only, so the file
// (or a backup of it) never reveals a token. A separate file lets an operator create or revoke a
// token while the server runs (the database file is locked by the server process).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface StoredToken {
  name: string;
  sha256: string;
  createdAt: string;
  revokedAt: string | null;
}

interface TokenFile {
  version: 1;
  tokens: StoredToken[];
}

const TOKEN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export class TokenError extends Error {
  override readonly name = 'TokenError';
}

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function readTokenFile(path: string): TokenFile {
  if (!existsSync(path)) return { version: 1, tokens: [] };
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<TokenFile>;
  if (parsed.version !== 1 || !Array.isArray(parsed.tokens)) {
    throw new TokenError(`${path} is not a token file this server understands`);
  }
  return { version: 1, tokens: parsed.tokens };
}

function writeTokenFile(path: string, file: TokenFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** Creates a token and returns it; only its hash is kept, so this is the one time it is seen. */
export function createToken(path: string, name: string, now = new Date()): string {
  if (!TOKEN_NAME.test(name)) {
    throw new TokenError(
      'A token name is 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit',
    );
  }
  const file = readTokenFile(path);
  if (file.tokens.some((t) => t.name === name && t.revokedAt === null)) {
    throw new TokenError(`A token named "${name}" exists; revoke it first or choose another name`);
  }
  const token = `ap_${randomBytes(32).toString('base64url')}`;
  file.tokens.push({
    name,
    sha256: hashToken(token).toString('hex'),
    createdAt: now.toISOString(),
    revokedAt: null,
  });
  writeTokenFile(path, file);
  return token;
}

export function revokeToken(path: string, name: string, now = new Date()): void {
  const file = readTokenFile(path);
  const active = file.tokens.filter((t) => t.name === name && t.revokedAt === null);
  if (active.length === 0) throw new TokenError(`No active token named "${name}"`);
  for (const token of active) token.revokedAt = now.toISOString();
  writeTokenFile(path, file);
}

export function listTokens(path: string): { name: string; createdAt: string; revokedAt: string | null }[] {
  return readTokenFile(path).tokens.map(({ name, createdAt, revokedAt }) => ({ name, createdAt, revokedAt }));
}

/** Checks presented tokens against the file, re-read whenever it changes on disk. */
export function createTokenVerifier(path: string) {
  let cache: { mtimeMs: number; size: number; file: TokenFile } | null = null;
  const current = (): TokenFile => {
    if (!existsSync(path)) return { version: 1, tokens: [] };
    const stat = statSync(path);
    if (!cache || cache.mtimeMs !== stat.mtimeMs || cache.size !== stat.size) {
      cache = { mtimeMs: stat.mtimeMs, size: stat.size, file: readTokenFile(path) };
    }
    return cache.file;
  };
  return {
    /** The name of the active token, or null. Every stored hash is compared, in constant time. */
    verify(presented: string): string | null {
      const digest = hashToken(presented);
      let match: string | null = null;
      for (const token of current().tokens) {
        const stored = Buffer.from(token.sha256, 'hex');
        if (stored.length === digest.length && timingSafeEqual(stored, digest) && token.revokedAt === null) {
          match = token.name;
        }
      }
      return match;
    },
  };
}
