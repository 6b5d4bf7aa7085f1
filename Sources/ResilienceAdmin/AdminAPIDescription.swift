// Built only with the package trait `Admin` (its dependencies are fetched only then).
#if Admin

/// The admin API's OpenAPI 3.1 description, served at `GET /api/v1/openapi.yaml`. A test checks that it lists exactly
/// the router's routes, and another sends each route the requests it describes.
enum AdminAPIDescription {
    static let yaml = #"""
        openapi: 3.1.0
        info:
          title: swift-resilience admin API
          version: 1.0.0
          description: >-
            The state of a service's integration points, Prometheus metrics, health checks, operator control of
            circuit breakers and, when the service gives it chaos targets, of faults. Reads need no token; writes need
            `Authorization: Bearer <token>` (403 when the server has no token, 401 when it is missing or wrong). A
            refused request changes nothing.
        servers:
          - url: http://127.0.0.1:9090
        components:
          securitySchemes:
            bearer:
              type: http
              scheme: bearer
          responses:
            BadRequest:
              description: A malformed body, or a value the route does not take.
            Unauthorized:
              description: The bearer token is missing or wrong.
            Forbidden:
              description: The server has no token, so it refuses every write.
            NotFound:
              description: No such circuit breaker or chaos target.
            TooLarge:
              description: The body is larger than the server accepts.
          schemas:
            Health:
              type: object
              required: [status, failing]
              properties:
                status: {type: string, enum: [live, ready, not_ready]}
                failing: {type: array, items: {type: string}}
            OperatorReport:
              type: object
              required: [circuitBreaker, action, state]
              properties:
                circuitBreaker: {type: string}
                action: {type: string}
                state: {type: string}
            ChaosTarget:
              type: object
              required: [name, mode, latency_ms, rate]
              properties:
                name: {type: string}
                mode: {$ref: '#/components/schemas/ChaosMode'}
                latency_ms:
                  type: [number, 'null']
                  description: How long a slow answer waits, or a dripping answer takes; null for other modes.
                rate:
                  type: [number, 'null']
                  description: The share of calls that fail in errors and flaky; null for other modes.
            ChaosMode:
              type: string
              enum: [healthy, slow, errors, flaky, hang, down, reset, drip, contract_change]
            ChaosChange:
              type: object
              required: [mode]
              properties:
                mode: {$ref: '#/components/schemas/ChaosMode'}
                latency_ms:
                  type: number
                  minimum: 0
                  maximum: 600000
                  description: For slow (default 2000) and drip (default 3000) only.
                rate:
                  type: number
                  minimum: 0
                  maximum: 1
                  description: For errors (default 1) and flaky (default 0.5) only.
          parameters:
            breaker:
              name: name
              in: path
              required: true
              schema: {type: string}
            target:
              name: target
              in: path
              required: true
              schema: {type: string}
        paths:
          /:
            get:
              summary: The dashboard, one HTML page that loads nothing from elsewhere.
              responses:
                '200': {description: The page, content: {text/html: {}}}
          /health/live:
            get:
              summary: 200 while the server answers.
              responses:
                '200': {description: Live, content: {application/json: {schema: {$ref: '#/components/schemas/Health'}}}}
          /health/ready:
            get:
              summary: 200, or 503 while a breaker marked critical is open or forced open.
              responses:
                '200': {description: Ready, content: {application/json: {schema: {$ref: '#/components/schemas/Health'}}}}
                '503': {description: Not ready, content: {application/json: {schema: {$ref: '#/components/schemas/Health'}}}}
          /api/v1/integration-points:
            get:
              summary: Every integration point, its calls (totals, rates, latency percentiles) and its policies.
              responses:
                '200': {description: The points, content: {application/json: {schema: {type: object, required: [integrationPoints]}}}}
          /api/v1/watchdogs:
            get:
              summary: Every registered starvation watchdog, its probe's lateness and its stalls.
              responses:
                '200': {description: The watchdogs, content: {application/json: {schema: {type: object, required: [watchdogs]}}}}
          /api/v1/stream:
            get:
              summary: Server-sent events, a snapshot event at once and every stream interval, and an event for each registry event.
              responses:
                '200': {description: The stream, content: {text/event-stream: {}}}
          /metrics:
            get:
              summary: Prometheus text exposition.
              responses:
                '200': {description: The metrics, content: {text/plain: {}}}
                '404': {description: The server was given no Prometheus registry.}
          /api/v1/circuit-breakers/{name}/state:
            post:
              summary: Puts a circuit breaker into a state.
              security: [{bearer: []}]
              parameters: [{$ref: '#/components/parameters/breaker'}]
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      required: [state]
                      properties:
                        state: {type: string, enum: [forced_open, closed, disabled, metrics_only]}
              responses:
                '200': {description: Done, content: {application/json: {schema: {$ref: '#/components/schemas/OperatorReport'}}}}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
                '413': {$ref: '#/components/responses/TooLarge'}
          /api/v1/circuit-breakers/{name}/reset:
            post:
              summary: Closes a circuit breaker and empties its window.
              security: [{bearer: []}]
              parameters: [{$ref: '#/components/parameters/breaker'}]
              responses:
                '200': {description: Done, content: {application/json: {schema: {$ref: '#/components/schemas/OperatorReport'}}}}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
                '413': {$ref: '#/components/responses/TooLarge'}
          /api/v1/chaos:
            get:
              summary: Each chaos target's setting; an empty list when the server was given none.
              responses:
                '200':
                  description: The targets
                  content:
                    application/json:
                      schema:
                        type: object
                        required: [targets]
                        properties:
                          targets: {type: array, items: {$ref: '#/components/schemas/ChaosTarget'}}
          /api/v1/chaos/{target}:
            put:
              summary: Puts a chaos target into a mode, for calls that start from now on.
              security: [{bearer: []}]
              parameters: [{$ref: '#/components/parameters/target'}]
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/ChaosChange'}
              responses:
                '200': {description: The target's new setting, content: {application/json: {schema: {$ref: '#/components/schemas/ChaosTarget'}}}}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '404': {$ref: '#/components/responses/NotFound'}
                '413': {$ref: '#/components/responses/TooLarge'}
          /api/v1/openapi.yaml:
            get:
              summary: This description.
              responses:
                '200': {description: The description, content: {application/yaml: {}}}
        """#
}

#endif
