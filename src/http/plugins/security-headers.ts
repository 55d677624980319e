// Security headers on every answer (helmet's), with a content security policy that Swagger UI
// (/docs: its own scripts and styles, "Try it out" requests to this origin) still works under.
// The headers are the same for every answer, so helmet computes them once, at start-up; each
// answer then gets the finished list (running helmet per request cost more than a cached answer).
import type { ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/** https://www.w3.org/TR/CSP3/ directives; each names only this origin, or nothing. */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // Swagger UI's components set inline styles.
  styleSrc: ["'self'", "'unsafe-inline'"],
  // Helmet's default would upgrade Swagger UI's requests to https, which a server on plain http
  // (docker run -p 3000:3000) does not answer.
  upgradeInsecureRequests: null,
};

const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  // A public data API: pages of other origins may read it (CORS decides), and embed nothing of it.
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  // Only a TLS-terminating proxy in front knows whether HTTPS is the only way in; it sets HSTS.
  strictTransportSecurity: false,
};

/** The headers helmet sets with these options, as name and value pairs. */
export function securityHeaders(options: HelmetOptions = HELMET_OPTIONS): Record<string, string> {
  const set: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => void (set[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete set[name.toLowerCase()],
  } as unknown as ServerResponse;
  let failure: unknown;
  helmet(options)({} as never, recorder, (error?: unknown) => (failure = error));
  if (failure) throw failure;
  return set;
}

async function securityHeadersPlugin(app: FastifyInstance) {
  const headers = securityHeaders();
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

export default fp(securityHeadersPlugin, { name: 'security-headers' });
