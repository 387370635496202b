// The image's HEALTHCHECK: the service's readiness endpoint (database reachable; for the gateway, serving), on the
// port the service listens on (<SERVICE>_PORT, else the image's default). Node only: the slim image has no curl.
const service = process.env.CRM_SERVICE ?? 'gateway';
const port = process.env[`${service.toUpperCase()}_PORT`] || process.env.CRM_DEFAULT_PORT || '4000';
fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(2500) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
