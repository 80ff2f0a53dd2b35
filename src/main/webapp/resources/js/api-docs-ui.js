/* /api/docs: Swagger UI over the API's contract. Nothing is fetched from outside this server: the
   online validator badge is off, and "Try it out" sends requests to this server only. */
(function () {
  'use strict';
  window.addEventListener('load', function () {
    var main = document.getElementById('swagger-ui');
    window.SwaggerUIBundle({
      url: main.getAttribute('data-contract'),
      domNode: main,
      deepLinking: true,
      validatorUrl: null,
      docExpansion: 'list',
      defaultModelsExpandDepth: 0,
      displayOperationId: true,
      presets: [window.SwaggerUIBundle.presets.apis],
      layout: 'BaseLayout'
    });
  });
}());
