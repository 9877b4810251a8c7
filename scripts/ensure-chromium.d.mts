export const DEFAULT_CHROMIUM_PATHS: readonly string[];
export function chromiumCandidates(env?: NodeJS.ProcessEnv): string[];
export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export function missingChromiumMessage(env?: NodeJS.ProcessEnv): string;
export function ensureChromium(options?: { log?: (line: string) => void; install?: boolean }): string;
export const CHROMIUM_ARGS: readonly string[];
