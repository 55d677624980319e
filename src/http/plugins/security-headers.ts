// Security headers on every answer (@fastify/helmet), with a content security policy that Swagger UI
// (/docs: its own scripts and styles, "Try it out" requests to this origin) still works under.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

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

async function securityHeadersPlugin(app: FastifyInstance) {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    // A public data API: pages of other origins may read it (CORS decides), and embed nothing of it.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // Only a TLS-terminating proxy in front knows whether HTTPS is the only way in; it sets HSTS.
    strictTransportSecurity: false,
  });
}

export default fp(securityHeadersPlugin, { name: 'security-headers' });
