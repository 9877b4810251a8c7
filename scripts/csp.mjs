// One Content-Security-Policy for every way the build is served: the meta tag baked into
// index.html (static hosting) and the header sent by `npm start`. Extra API origins come from
// ARUS_CONNECT_SRC (space-separated) because a policy in a meta tag cannot be changed at run time.
export function contentSecurityPolicy(extraConnectSrc = process.env.ARUS_CONNECT_SRC ?? '') {
  const connect = ["'self'", ...extraConnectSrc.split(/\s+/).filter(Boolean)].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
