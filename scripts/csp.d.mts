export function contentSecurityPolicy(extraConnectSrc?: string): string;
