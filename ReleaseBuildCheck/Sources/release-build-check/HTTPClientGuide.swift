// The complete example of the ResilienceHTTPClient guide ("Protecting HTTP calls"), built with `-c release` and run
// against a real server on loopback. A test of the library checks that the article shows it line for line.

import AsyncHTTPClient
import Foundation
import Resilience
import ResilienceChaos
import ResilienceHTTPClient

// guide-example-begin
struct Item: Decodable, Sendable {
    var status: String
    var request: Int
}

/// Looks items up in the catalog service, through one integration point per host.
func runCatalogExample() async throws {
    // An upstream to talk to: a real HTTP server on loopback (in production, the catalog service).
    let catalog = try await FaultyHTTPServer.start(mode: .healthy(latency: .milliseconds(1)))
    let url = "http://127.0.0.1:\(catalog.port)/items/7"

    // The client: a refused connection fails at once (the pipeline has its own retry), and a stalled body is
    // ended by the read timeout, which the resilient client is told about.
    var http = HTTPClient.Configuration()
    http.connectionPool.retryConnectionEstablishment = false
    http.timeout.connect = .seconds(1)
    http.timeout.read = .seconds(2)
    let httpClient = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: http)

    var configuration = ResilientHTTPClientConfiguration()
    configuration.clientReadTimeout = .seconds(2)
    configuration.statusClassification = .default.treating([404], as: .success)  // "no such item" is an answer

    // Every host gets the HTTP preset: total timeout, retry, breaker, attempt timeout, rate limiter.
    let registry = ResilienceRegistry()
    var settings = HTTPDependencySettings()
    settings.totalTimeout = .seconds(3)
    settings.attemptTimeout = .seconds(1)
    settings.retryBackoff = .exponential(initial: .milliseconds(50), multiplier: 2, maximum: .seconds(1))
    let catalogClient = try ResilientHTTPClient(
        client: httpClient,
        registry: registry,
        name: "catalog",
        settings: settings,
        configuration: configuration
    )

    // A lookup: decoded inside the pipeline, so a body that no longer decodes counts as a contract violation.
    let item = try await catalogClient.execute(HTTPClientRequest(url: url), timeout: .milliseconds(500)) { response in
        guard response.status == .ok else { return nil as Item? }
        let body = try await response.body.collect(upTo: 1 << 16)
        return try JSONDecoder().decode(Item.self, from: Data(body.readableBytesView))
    }
    guard item?.status == "ok" else { throw CatalogError.unexpectedAnswer }

    // The service fails: 503s with Retry-After. The caller gets the last response, within the total timeout.
    catalog.set(.retryAfter(status: 503, after: .seconds(1)))
    let unavailable = try await catalogClient.execute(HTTPClientRequest(url: url), collectingUpTo: 1 << 16)
    guard unavailable.status == .serviceUnavailable else { throw CatalogError.unexpectedAnswer }

    // What the dashboard shows: the host's point, its breaker and its calls.
    let host = "http://127.0.0.1:\(catalog.port)"
    let point = try catalogClient.integrationPoints.integrationPoint(for: host)
    guard let statistics = point.snapshot.statistics, statistics.failedCalls == 1 else {
        throw CatalogError.unexpectedAnswer
    }

    try await httpClient.shutdown()
    try await catalog.stop()
}

enum CatalogError: Error {
    case unexpectedAnswer
}
// guide-example-end
