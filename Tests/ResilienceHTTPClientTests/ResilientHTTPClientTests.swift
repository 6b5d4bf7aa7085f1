// Built only with the package traits `AsyncHTTPClient` and `Chaos`.
#if AsyncHTTPClient && Chaos

import AsyncHTTPClient
import Foundation
import NIOCore
import Resilience
import ResilienceChaos
import ResilienceHTTPClient
import ResilienceTestSupport
import Testing

extension HTTPClientNetworkTests {
    @Suite("ResilientHTTPClient", .serialized)
    struct ResilientHTTPClientTests {
        @Test func eachHostGetsItsOwnPointKeyedBySchemeHostAndPort() async throws {
            try await withHTTPFixture { fixture in
                _ = try await fixture.get(fixture.upstreamURL)
                _ = try await fixture.get("http://127.0.0.1:\(fixture.upstream.port)/other?x=1")
                _ = try await fixture.get(fixture.otherURL)
                let keys = Set(fixture.client.integrationPoints.integrationPoints.map(\.key))
                #expect(keys == [fixture.upstreamKey, fixture.otherKey])
                let statistics = try #require(try fixture.point(fixture.upstreamKey).snapshot.statistics)
                #expect(statistics.successfulCalls == 2 && statistics.failedCalls == 0)
                let names = fixture.registry.integrationPoints.map(\.name)
                #expect(names.allSatisfy { $0 == "upstream" })
            }
        }

        @Test func theAttemptsBudgetArrivesAsAHeaderBelowTheCallers() async throws {
            try await withHTTPFixture { fixture in
                _ = try await fixture.get(fixture.upstreamURL, timeout: .milliseconds(800))
                let sent = try #require(fixture.upstream.lastDeadlineHeader.flatMap { Int($0) })
                #expect(sent < 800 && sent > 500, "sent \(sent) ms")

                // Under a caller's deadline, the earlier one wins.
                _ = try await withTimeout(.milliseconds(400)) { try await fixture.get(fixture.upstreamURL) }
                let capped = try #require(fixture.upstream.lastDeadlineHeader.flatMap { Int($0) })
                #expect(capped < 400 && capped > 100, "sent \(capped) ms")

                // A smaller value the caller set is kept; a larger one is replaced.
                var request = HTTPClientRequest(url: fixture.upstreamURL)
                request.headers.add(name: "x-envoy-expected-rq-timeout-ms", value: "120")
                _ = try await fixture.client.execute(request, collectingUpTo: 4096, timeout: .seconds(5))
                #expect(fixture.upstream.lastDeadlineHeader == "120")
                request.headers.replaceOrAdd(name: "x-envoy-expected-rq-timeout-ms", value: "60000")
                _ = try await fixture.client.execute(request, collectingUpTo: 4096, timeout: .seconds(5))
                let replaced = try #require(fixture.upstream.lastDeadlineHeader.flatMap { Int($0) })
                #expect(replaced <= 5_000 && replaced > 4_000)
            }
        }

        @Test func noHeaderIsSentWhenTheConfigurationSaysNone() async throws {
            var configuration = ResilientHTTPClientConfiguration()
            configuration.deadlineHeader = nil
            try await withHTTPFixture(configuration: configuration) { fixture in
                _ = try await fixture.get(fixture.upstreamURL, timeout: .seconds(1))
                #expect(fixture.upstream.requestCount == 1 && fixture.upstream.lastDeadlineHeader == nil)
            }
        }

        @Test func aSpentBudgetThrowsTimeoutErrorWithoutSending() async throws {
            try await withHTTPFixture { fixture in
                await #expect(throws: TimeoutError.self) {
                    try await fixture.get(fixture.upstreamURL, timeout: .microseconds(500))
                }
                #expect(fixture.upstream.requestCount == 0)
                let statistics = try #require(try fixture.point(fixture.upstreamKey).snapshot.statistics)
                #expect(statistics.failedCalls == 0, "nothing is known of the host")
            }
        }

        @Test func aPassedDeadlineIsATimeoutErrorCountedAsTimedOut() async throws {
            try await withHTTPFixture(maxAttempts: 1, upstreamMode: .hang) { fixture in
                let error = await #expect(throws: TimeoutError.self) {
                    try await fixture.get(fixture.upstreamURL, timeout: .milliseconds(100))
                }
                #expect(error?.name == "upstream \(fixture.upstreamKey)")
                let statistics = try #require(try fixture.point(fixture.upstreamKey).snapshot.statistics)
                #expect(statistics.failedCalls == 1 && statistics.timedOutCalls == 1)
            }
        }

        @Test func retryAfterIsHonouredByTheRetry() async throws {
            try await withHTTPFixture(upstreamMode: .retryAfter(status: 503, after: .seconds(1))) { fixture in
                let clock = ContinuousClock()
                let start = clock.now
                let response = try await withTimeout(.seconds(5)) { try await fixture.get(fixture.upstreamURL) }
                let waited = start.duration(to: clock.now)
                #expect(response.status == .serviceUnavailable, "the caller gets the last response")
                #expect(fixture.upstream.requestCount == 2)
                #expect(waited >= .seconds(1), "waited \(waited)")
                #expect(String(buffer: try await response.body.collect(upTo: 4096)).contains("error"))
            }
        }

        @Test func aRetryAfterBeyondTheMaximumEndsTheRetries() async throws {
            var configuration = ResilientHTTPClientConfiguration()
            configuration.maximumRetryAfter = .milliseconds(500)
            try await withHTTPFixture(
                configuration: configuration,
                upstreamMode: .retryAfter(status: 503, after: .seconds(1))
            ) { fixture in
                let clock = ContinuousClock()
                let start = clock.now
                let response = try await fixture.get(fixture.upstreamURL, timeout: .seconds(5))
                #expect(response.status == .serviceUnavailable && response.headers["retry-after"] == ["1"])
                #expect(fixture.upstream.requestCount == 1)
                #expect(start.duration(to: clock.now) < .milliseconds(500))
            }
        }

        @Test func aPostIsNeverRetriedWithoutTheCallersOptIn() async throws {
            try await withHTTPFixture(upstreamMode: .errors(status: 500)) { fixture in
                var post = HTTPClientRequest(url: fixture.upstreamURL)
                post.method = .POST
                post.body = .bytes(ByteBuffer(string: #"{"product":1}"#))
                let response = try await fixture.client.execute(post, collectingUpTo: 4096, timeout: .seconds(1))
                #expect(response.status == .internalServerError && fixture.upstream.requestCount == 1)

                // Idempotent, but a body AsyncHTTPClient may not be able to send twice: not retried either.
                var put = post
                put.method = .PUT
                _ = try await fixture.client.execute(put, collectingUpTo: 4096, timeout: .seconds(1))
                #expect(fixture.upstream.requestCount == 2)

                // A GET is.
                _ = try await fixture.get(fixture.upstreamURL, timeout: .seconds(1))
                #expect(fixture.upstream.requestCount == 4)

                // The caller knows better (the breaker, full of failures now, starts afresh).
                try fixture.breaker(fixture.upstreamKey).reset()
                _ = try await fixture.client.execute(post, collectingUpTo: 4096, timeout: .seconds(1), retry: .always)
                #expect(fixture.upstream.requestCount == 6)
                _ = try await fixture.client.execute(
                    HTTPClientRequest(url: fixture.upstreamURL),
                    collectingUpTo: 4096,
                    timeout: .seconds(1),
                    retry: .never
                )
                #expect(fixture.upstream.requestCount == 7)
            }
        }

        @Test func aLookupsNotFoundCanCountAsASuccess() async throws {
            var configuration = ResilientHTTPClientConfiguration()
            configuration.statusClassification = .default.treating([422], as: .success)
            try await withHTTPFixture(configuration: configuration, upstreamMode: .contractChange(status: 422)) {
                fixture in
                let response = try await fixture.get(fixture.upstreamURL, timeout: .seconds(1))
                #expect(response.status == .unprocessableEntity)
                let statistics = try #require(try fixture.point(fixture.upstreamKey).snapshot.statistics)
                #expect(statistics.successfulCalls == 1 && statistics.contractViolations == 0)
            }
        }

        @Test func aBodyThatBreaksOffAfterTheHeadIsALateFailure() async throws {
            try await withHTTPFixture(upstreamMode: .resetMidBody) { fixture in
                let response = try await fixture.client.execute(
                    HTTPClientRequest(url: fixture.upstreamURL),
                    timeout: .seconds(1)
                )
                #expect(response.status == .ok)
                let point = try fixture.point(fixture.upstreamKey)
                #expect(point.snapshot.statistics?.successfulCalls == 1, "counted at the head")
                await #expect(throws: (any Error).self) { _ = try await response.body.collect(upTo: 1 << 20) }
                let statistics = try #require(point.snapshot.statistics)
                #expect(statistics.successfulCalls == 0 && statistics.failedCalls == 1)
                #expect(try fixture.breaker(fixture.upstreamKey).metrics.numberOfFailedCalls == 1)
            }
        }

        @Test func aStreamedBodyEndsAtTheDeadline() async throws {
            try await withHTTPFixture(upstreamMode: .drip(bytesPerSecond: 20)) { fixture in
                let clock = ContinuousClock()
                let start = clock.now
                let response = try await fixture.client.execute(
                    HTTPClientRequest(url: fixture.upstreamURL),
                    timeout: .milliseconds(300)
                )
                var received = 0
                let error = await #expect(throws: TimeoutError.self) {
                    for try await chunk in response.body { received += chunk.readableBytes }
                }
                let waited = start.duration(to: clock.now)
                #expect(waited >= .milliseconds(290) && waited <= .milliseconds(400), "waited \(waited)")
                #expect(received > 0, "the first bytes arrived")
                #expect(error?.name == "upstream \(fixture.upstreamKey)")
                let statistics = try #require(try fixture.point(fixture.upstreamKey).snapshot.statistics)
                #expect(statistics.failedCalls == 1 && statistics.timedOutCalls == 1)
            }
        }

        /// With the client's read timeout declared, reads early in the budget are not raced; the deadline still ends a
        /// body that keeps flowing, checked before each read and raced in the last stretch.
        @Test(arguments: [nil, Duration.milliseconds(100)])
        func aCollectedBodyEndsAtTheDeadlineWithOrWithoutAReadTimeout(readTimeout: Duration?) async throws {
            try await withHTTPFixture(maxAttempts: 1, upstreamMode: .drip(bytesPerSecond: 20), readTimeout: readTimeout)
            {
                fixture in
                let clock = ContinuousClock()
                let start = clock.now
                await #expect(throws: TimeoutError.self) {
                    try await fixture.get(fixture.upstreamURL, timeout: .milliseconds(400))
                }
                let waited = start.duration(to: clock.now)
                #expect(waited >= .milliseconds(390) && waited <= .milliseconds(500), "waited \(waited)")
                let statistics = try #require(try fixture.point(fixture.upstreamKey).snapshot.statistics)
                #expect(statistics.failedCalls == 1 && statistics.timedOutCalls == 1)
            }
        }

        @Test func aDecodingHandlerRunsInsideThePipeline() async throws {
            try await withHTTPFixture { fixture in
                let value = try await fixture.client.execute(
                    HTTPClientRequest(url: fixture.upstreamURL),
                    timeout: .seconds(1)
                ) { response in
                    String(buffer: try await response.body.collect(upTo: 4096))
                }
                #expect(value.contains(#""status":"ok""#))
                // A failing status is handed over after the pipeline.
                fixture.upstream.set(.errors(status: 503))
                let status = try await fixture.client.execute(
                    HTTPClientRequest(url: fixture.upstreamURL),
                    timeout: .seconds(1)
                ) { response in response.status }
                #expect(status == .serviceUnavailable && fixture.upstream.requestCount == 3)
            }
        }

        @Test func theBreakersRejectionReachesTheCallerAsItself() async throws {
            try await withHTTPFixture(upstreamMode: .errors(status: 500)) { fixture in
                // Two attempts per call: the third call's second attempt is refused already.
                for _ in 0..<3 { _ = try? await fixture.get(fixture.upstreamURL, timeout: .seconds(1)) }
                #expect(try fixture.breaker(fixture.upstreamKey).state == .open)
                let sent = fixture.upstream.requestCount
                await #expect(throws: CircuitBreakerOpenError.self) {
                    try await fixture.get(fixture.upstreamURL, timeout: .seconds(1))
                }
                #expect(fixture.upstream.requestCount == sent)
                let statistics = try #require(try fixture.point(fixture.upstreamKey).snapshot.statistics)
                // The third call's retry was refused too (the breaker opened on its first attempt), and this one.
                #expect(statistics.rejectedCalls == 2)
            }
        }

        @Test func theHTTPPresetNamesEachHostsBreakerAfterItsKey() async throws {
            try await withHTTPFixture { fixture in
                let registry = ResilienceRegistry()
                let client = try ResilientHTTPClient(client: fixture.http, registry: registry, name: "catalog")
                let response = try await client.execute(
                    HTTPClientRequest(url: fixture.upstreamURL),
                    collectingUpTo: 4096
                )
                #expect(response.status == .ok)
                let point = try client.integrationPoints.integrationPoint(for: fixture.upstreamKey)
                #expect(point.circuitBreakers.map(\.name) == ["catalog \(fixture.upstreamKey)"])
                var settings = HTTPDependencySettings()
                settings.maxAttempts = 0
                #expect(throws: ConfigurationError.self) {
                    try ResilientHTTPClient(client: fixture.http, registry: registry, name: "bad", settings: settings)
                }
            }
        }
    }
}

@Suite("HTTP integration point keys")
struct HTTPIntegrationPointKeyTests {
    @Test(arguments: [
        ("http://example.com/a", "http://example.com:80"),
        ("HTTPS://Example.COM/a?b#c", "https://example.com:443"),
        ("http://user:secret@example.com:8080/", "http://example.com:8080"),
        ("http://[::1]:9000/x", "http://[::1]:9000"),
        ("https://[FE80::1]/", "https://[fe80::1]:443"),
        ("http://127.0.0.1:7/p", "http://127.0.0.1:7"),
        ("http+unix://%2Ftmp%2Fapi.sock/items", "http+unix://%2Ftmp%2Fapi.sock"),
        ("HTTPS+UNIX://%2Fs.sock", "https+unix://%2Fs.sock"),
        ("unix:///tmp/api.sock", "unix:///tmp/api.sock"),
        ("http://a", "http://a:80"),
        ("http://h:", "http://h:80"),
        ("http://H:65535?q", "http://h:65535"),
        ("http://h:0/", "http://h:0"),
    ])
    func aRequestsHostIsKeyedBySchemeHostAndPort(url: String, key: String) async throws {
        let registry = ResilienceRegistry()
        let points = try registry.registerKeyed("keys", maxInstances: 4) { _ in
            try ResiliencePipeline { try Bulkhead(name: "b", maxConcurrentCalls: 1) }
        }
        let client = ResilientHTTPClient(client: .shared, integrationPoints: points)
        // The key is made before anything is sent: a refused URL fails with AsyncHTTPClient's error, nothing counted.
        var configuration = client.configuration
        configuration.defaultTimeout = .zero
        let offline = ResilientHTTPClient(client: .shared, integrationPoints: points, configuration: configuration)
        await #expect(throws: TimeoutError.self) { try await offline.execute(HTTPClientRequest(url: url)) }
        #expect(points.integrationPoints.map(\.key) == [key])
    }

    @Test(arguments: ["example.com/a", "ftp://example.com/", "http:///a", "http://example.com:99999/", "http://[::1/"])
    func aURLAsyncHTTPClientWouldRefuseThrowsItsErrorAndCountsNothing(url: String) async throws {
        let registry = ResilienceRegistry()
        let points = try registry.registerKeyed("keys", maxInstances: 4) { _ in
            try ResiliencePipeline { try Bulkhead(name: "b", maxConcurrentCalls: 1) }
        }
        let client = ResilientHTTPClient(client: .shared, integrationPoints: points)
        await #expect(throws: HTTPClientError.self) { try await client.execute(HTTPClientRequest(url: url)) }
        #expect(points.integrationPoints.isEmpty)
    }
}

@Suite("Protecting HTTP calls guide")
struct HTTPClientGuideTests {
    /// The article shows the example the release-build check builds and runs, line for line.
    @Test func theArticleShowsTheExampleTheReleaseBuildCheckRuns() throws {
        #expect(
            try GuideExample.articleShowsExample(
                article: "Sources/ResilienceHTTPClient/ResilienceHTTPClient.docc/ProtectingHTTPCalls.md",
                source: "ReleaseBuildCheck/Sources/release-build-check/HTTPClientGuide.swift"
            )
        )
    }
}

@Suite("AsyncHTTPClient's errors classified")
struct AsyncHTTPClientClassificationTests {
    @Test(arguments: [
        (HTTPClientError.connectTimeout, CallOutcome.failure),
        (.readTimeout, .failure),
        (.remoteConnectionClosed, .failure),
        (.deadlineExceeded, .failure),
        (.getConnectionFromPoolTimeout, .failure),
        (.tlsHandshakeTimeout, .failure),
        (.cancelled, .ignored),
        (.invalidURL, .ignored),
        (.bodyLengthMismatch, .ignored),
        (.redirectCycleDetected, .contractViolation(reason: "http_redirect")),
    ])
    func asyncHTTPClientsErrors(error: HTTPClientError, outcome: CallOutcome) {
        #expect(ErrorClassification.asyncHTTPClient.outcome(for: error) == outcome)
    }

    @Test func transportAndOtherErrors() {
        let classification = ErrorClassification.asyncHTTPClient
        #expect(classification.outcome(for: IOError(errnoCode: ECONNREFUSED, reason: "connect")) == .failure)
        #expect(classification.outcome(for: ChannelError.connectTimeout(.seconds(1))) == .failure)
        #expect(classification.outcome(for: CancellationError()) == .ignored)
        #expect(
            classification.outcome(for: NIOTooManyBytesError(maxBytes: 10))
                == .contractViolation(reason: "body_too_large")
        )
        #expect(classification.outcome(for: TimeoutError(name: "t", timeout: .seconds(1), lateness: .zero)) == .failure)
    }
}

#endif
