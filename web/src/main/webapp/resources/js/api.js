// The Swagger UI of api.html, reading the OpenAPI document that WildFly generates from the JAX-RS resources.
window.ui = SwaggerUIBundle({ url: "/openapi", dom_id: "#swagger-ui" });
