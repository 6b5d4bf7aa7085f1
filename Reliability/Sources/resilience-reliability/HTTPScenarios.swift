import AsyncHTTPClient
import NIOCore
import NIOPosix
import Resilience
import ResilienceChaos
import ResilienceHTTPClient
import Synchronization

/// An HTTP dependency made to fail: AsyncHTTPClient through `ResilientHTTPClient`, our fault proxy, and a
/// `FaultyHTTPServer` behind it. Server faults are set on the server, network faults on the proxy.
final class HTTPDependency: Sendable {
    typealias Policies = ComposedPolicy<CircuitBreaker, Bulkhead>

    /// Each attempt's deadline: AsyncHTTPClient's own, enforced on its event loop.
    static let deadline: Duration = .milliseconds(300)

    let http: HTTPClient
    let client: ResilientHTTPClient<Policies>
    let server: FaultyHTTPServer
    let proxy: FaultProxy
    let url: String
    let view: IntegrationPointView
    let flapping = Mutex<Task<Void, Never>?>(nil)

    /// The AsyncHTTPClient every HTTP dependency is called with: a refused connection fails at once (AsyncHTTPClient
    /// would retry it until the deadline), a connection attempt gives up after a second.
    static func client(on group: any EventLoopGroup) -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout.connect = .seconds(1)
        return HTTPClient(eventLoopGroup: group, configuration: configuration)
    }

    /// Starts a server and a proxy in front of it, with a point (breaker, bulkhead of 8) for the proxy's host.
    init(http: HTTPClient, registry: ResilienceRegistry, name: String) async throws {
        self.http = http
        self.server = try await FaultyHTTPServer.start(mode: .healthy(latency: .milliseconds(1)))
        self.proxy = try await FaultProxy.start(upstreamPort: self.server.port)
        self.client = try ResilientHTTPClient(client: http, registry: registry, name: name) { key in
            try ResiliencePipeline {
                try CircuitBreaker(name: "\(name) \(key)", configuration: .matrix)
                try Bulkhead(name: "\(name) \(key).bulkhead", maxConcurrentCalls: 8)
            }
        }
        let key = "http://127.0.0.1:\(self.proxy.port)"
        self.url = key + "/orders"
        let point = try self.client.integrationPoints.integrationPoint(for: key)
        self.view = IntegrationPointView(
            point,
            breaker: point.pipeline.policies.outer,
            bulkhead: point.pipeline.policies.inner,
            timeout: nil
        )
    }

    /// One GET, classified by the caller from its status (RFC 9110's meaning, as the adapter's defaults read it).
    @Sendable func call() async -> CallerOutcome {
        do {
            let response = try await self.client.execute(
                HTTPClientRequest(url: self.url),
                collectingUpTo: 1 << 16,
                timeout: Self.deadline
            )
            switch response.status.code {
            case 200..<400: return .success
            case 408, 429, 500...: return .failure
            default: return .violation
            }
        } catch {
            return CallerOutcome(error: error)
        }
    }

    func stop() async {
        try? await self.proxy.stop()
        try? await self.server.stop()
    }
}

extension CircuitBreaker.Configuration {
    /// The matrix's breaker: a count window of 10, open from 5 calls at 50 % failures, 500 ms open, 2 trial calls.
    static var matrix: Self {
        var configuration = Self()
        configuration.slidingWindow = .countBased(size: 10)
        configuration.minimumNumberOfCalls = 5
        configuration.failureRateThreshold = 0.5
        configuration.waitDurationInOpenState = .milliseconds(500)
        configuration.permittedCallsInHalfOpenState = 2
        return configuration
    }
}

/// The HTTP rows of the matrix, each on a dependency of its own.
enum HTTPScenarios {
    static func all(http: HTTPClient, registry: ResilienceRegistry) -> [(String, () async throws -> RunnableScenario)] {
        func make(
            _ name: String,
            _ fault: String,
            _ expectation: Expectation = .opens,
            hold: Duration = .seconds(1),
            inject: @escaping @Sendable (HTTPDependency) async throws -> Void,
            heal: @escaping @Sendable (HTTPDependency) async throws -> Void = { $0.heal() }
        ) -> (String, () async throws -> RunnableScenario) {
            (
                name,
                {
                    let dependency = try await HTTPDependency(http: http, registry: registry, name: name)
                    let scenario = Scenario(
                        name: name,
                        fault: fault,
                        expectation: expectation,
                        deadline: HTTPDependency.deadline,
                        holdAfterOpen: hold,
                        point: dependency.view,
                        call: dependency.call,
                        inject: { try await inject(dependency) },
                        heal: { try await heal(dependency) }
                    )
                    return RunnableScenario(scenario: scenario, cleanUp: { await dependency.stop() })
                }
            )
        }
        return [
            make("connection refused", "HTTP: the port refuses connections (proxy)") { $0.proxy.set(.refuse) },
            make("reset mid-response", "HTTP: the server resets the connection mid-body") {
                $0.server.set(.resetMidBody)
            },
            make("black hole", "HTTP: bytes go in, nothing comes back (proxy)") { $0.proxy.set(.blackHole) },
            make("slow drip", "HTTP: the answer arrives at 20 bytes/s") { $0.server.set(.drip(bytesPerSecond: 20)) },
            make("5xx storm", "HTTP: every answer is a 500") { $0.server.set(.errors(status: 500)) },
            make("flapping", "HTTP: down and up every second for 5 s (proxy refuses)", hold: .seconds(5)) {
                dependency in
                dependency.startFlapping()
            },
            make(
                "contract change",
                "HTTP: every answer is a 422 (the API changed under us)",
                .staysClosedCountingViolations
            ) { $0.server.set(.contractChange(status: 422)) },
        ]
    }
}

extension HTTPDependency {
    /// Ends every fault.
    func heal() {
        self.flapping.withLock { task in
            task?.cancel()
            task = nil
        }
        self.proxy.set(.none)
        self.server.set(.healthy(latency: .milliseconds(1)))
    }

    /// The proxy refuses and accepts in turn, a second each, until ``heal()``.
    func startFlapping() {
        self.proxy.set(.refuse)
        let task = Task { [proxy] in
            var down = true
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                guard !Task.isCancelled else { return }
                down.toggle()
                proxy.set(down ? .refuse : .none)
            }
        }
        self.flapping.withLock { $0 = task }
    }
}
