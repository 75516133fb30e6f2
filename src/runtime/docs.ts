/**
 * The interactive docs page: Swagger UI served from the installed swagger-ui-dist package
 * (no CDN), listing each platform's bundle of every service: what that platform really sends
 * (its URLs, its credentials), not the source spec's alternatives.
 */
import express, { type Router } from 'express';
// The path helper alone: the package's index loads the whole Swagger UI bundle into the server
// process (~100 ms of every start-up) only to serve it as files.
import swaggerUiPath from 'swagger-ui-dist/absolute-path.js';

/** `platformSpecs`: `<platform>/<service>` of each per-platform bundle, in the order to list them. */
export function docsRouter(platformSpecs: readonly string[]): Router {
  const router = express.Router();
  const urls = platformSpecs.map((name) => ({
    name: `${name.replace('/', ': ')} service`,
    url: `/spec/${name}.yaml`,
  }));
  const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Delivery platform API</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="docs"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>`;
  const init = `window.ui = SwaggerUIBundle({
  urls: ${JSON.stringify(urls)},
  dom_id: '#docs',
  deepLinking: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout'
});`;
  router.get('/', (request, response, next) => {
    if (!request.originalUrl.endsWith('/')) {
      response.redirect(301, '/docs/');
      return;
    }
    next();
  });
  router.get('/', (_request, response) => {
    response.type('html').send(page);
  });
  router.get('/init.js', (_request, response) => {
    response.type('application/javascript').send(init);
  });
  router.use('/assets', express.static(swaggerUiPath(), { index: false }));
  return router;
}
