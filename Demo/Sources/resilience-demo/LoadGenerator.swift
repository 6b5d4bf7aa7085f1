import AsyncHTTPClient
import Logging
import NIOConcurrencyHelpers
import NIOCore
import ServiceLifecycle

/// Traffic for the storefront: `rate` requests per second, open loop (a slow storefront does not slow the arrivals, as
/// real users do not wait for each other), at most 256 in flight (beyond that a request is dropped and counted). Half
/// are `GET /products`, a third `POST /orders`, the rest `GET /orders/{id}` of a recent order. Stops at graceful
/// shutdown, after the requests in flight have ended.
final class LoadGenerator: Service, Sendable {
    /// What the storefront answered over an interval.
    struct Interval: Sendable {
        var requests = 0
        /// 5xx answers and requests that got no answer.
        var errors = 0
        var dropped = 0
        var latencies: [Duration] = []

        /// The 99th percentile of the latencies, or `nil` without any.
        var p99: Duration? {
            guard !self.latencies.isEmpty else { return nil }
            let sorted = self.latencies.sorted()
            return sorted[min(sorted.count - 1, Int((Double(sorted.count) * 0.99).rounded(.up)) - 1)]
        }
    }

    private struct State {
        var interval = Interval()
        var inFlight = 0
        var recentOrders: [Int] = []
    }

    let target: String
    let rate: Double
    private let logger: Logger
    private let state = NIOLockedValueBox(State())
    static let maximumInFlight = 256

    init(target: String, rate: Double, logger: Logger) {
        self.target = target
        self.rate = rate
        self.logger = logger
    }

    /// What happened since the last call.
    func takeInterval() -> Interval {
        self.state.withLockedValue { state in
            defer { state.interval = Interval() }
            return state.interval
        }
    }

    func run() async throws {
        guard self.rate > 0 else {
            try? await gracefulShutdown()
            return
        }
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
        await withDiscardingTaskGroup { group in
            let start = ContinuousClock.now
            var sent = 0.0
            var random = SystemRandomNumberGenerator()
            // Arrivals every 10 ms, as many as are due; the requests in flight end on their own (5 s at most).
            while !Task.isShuttingDownGracefully && !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(10))
                let due = self.rate * (ContinuousClock.now - start).inSeconds
                while sent + 1 <= due {
                    sent += 1
                    guard self.admit() else { continue }
                    let draw = Double.random(in: 0..<1, using: &random)
                    group.addTask { await self.send(self.request(draw: draw), with: client) }
                }
            }
        }
        try? await client.shutdown()
    }

    /// Takes a place in flight, or counts a drop.
    private func admit() -> Bool {
        self.state.withLockedValue { state in
            guard state.inFlight < Self.maximumInFlight else {
                state.interval.dropped += 1
                return false
            }
            state.inFlight += 1
            return true
        }
    }

    private func request(draw: Double) -> HTTPClientRequest {
        if draw < 0.5 {
            return HTTPClientRequest(url: "\(self.target)/products")
        }
        if draw < 0.85 {
            var request = HTTPClientRequest(url: "\(self.target)/orders")
            request.method = .POST
            request.headers.add(name: "content-type", value: "application/json")
            let product = Int(draw * 1000) % Catalog.products.count + 1
            let quantity = Int(draw * 10_000) % 3 + 1
            request.body = .bytes(ByteBuffer(string: #"{"product":\#(product),"quantity":\#(quantity)}"#))
            return request
        }
        let recent = self.state.withLockedValue { $0.recentOrders }
        let id = recent.isEmpty ? 1 : recent[Int(draw * 1000) % recent.count]
        return HTTPClientRequest(url: "\(self.target)/orders/\(id)")
    }

    private func send(_ request: HTTPClientRequest, with client: HTTPClient) async {
        let start = ContinuousClock.now
        var failed = false
        var created: Int?
        do {
            let response = try await client.execute(request, timeout: .seconds(5))
            let body = try await response.body.collect(upTo: 64 << 10)
            failed = response.status.code >= 500
            if response.status == .created, let location = response.headers.first(name: "location") {
                created = Int(location.split(separator: "/").last ?? "")
            }
            _ = body
        } catch {
            failed = true
        }
        let latency = ContinuousClock.now - start
        self.state.withLockedValue { state in
            state.inFlight -= 1
            state.interval.requests += 1
            state.interval.errors += failed ? 1 : 0
            state.interval.latencies.append(latency)
            if let created {
                state.recentOrders.append(created)
                if state.recentOrders.count > 100 { state.recentOrders.removeFirst() }
            }
        }
    }
}
