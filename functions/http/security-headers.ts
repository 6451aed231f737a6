/**
 * The security headers of every response of the portal (pages, API, release files and the 404
 * page), defined once: CloudFront sends them in production (cdk/lib/security-headers-policy.ts
 * builds its response headers policy from these values) and `npm start` sends them itself
 * (functions/local/local-server.ts), so that pages are tried locally under the policy they get in
 * production. This module imports nothing, so the local server does not load the CDK.
 */

/**
 * What the portal's pages may load: only their own files. Search runs Pagefind's WebAssembly
 * ('wasm-unsafe-eval') and fetches its index from the same origin; nothing is inline, nothing is
 * framed, forms only submit to the portal.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  'upgrade-insecure-requests',
].join('; ');

/** HTTPS only, for two years, subdomains included, and eligible for the browsers' preload lists. */
export const STRICT_TRANSPORT_SECURITY = { maxAgeDays: 730, includeSubdomains: true, preload: true } as const;

/** No page may be framed, by anyone. */
export const FRAME_OPTIONS = 'DENY';

/** Other sites learn only the portal's origin, and only over HTTPS. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The headers themselves, names and values, written as CloudFront writes them from the values above. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Strict-Transport-Security': [
    `max-age=${STRICT_TRANSPORT_SECURITY.maxAgeDays * 24 * 60 * 60}`,
    ...(STRICT_TRANSPORT_SECURITY.includeSubdomains ? ['includeSubDomains'] : []),
    ...(STRICT_TRANSPORT_SECURITY.preload ? ['preload'] : []),
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': FRAME_OPTIONS,
  'Referrer-Policy': REFERRER_POLICY,
};
