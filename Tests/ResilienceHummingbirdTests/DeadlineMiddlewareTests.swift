// Built only with the package traits `Hummingbird` and `AsyncHTTPClient` (their dependencies are fetched only then).
#if Hummingbird && AsyncHTTPClient

import AsyncHTTPClient
import HTTPTypes
import Hummingbird
import Resilience
import ResilienceHTTPClient
import ResilienceHummingbird
import ResilienceTestSupport
import Synchronization
import Testing

/// `GET /remaining`: what the handler sees of its deadline, in milliseconds ("none" without one), and the header that
/// arrived.
func remainingRoute(_ router: Router<BasicRequestContext>, handlerRuns: Counter? = nil) {
    router.get("remaining") { request, _ -> String in
        handlerRuns?.increment()
        let remaining = Deadline.current.map { "\($0.remainingMilliseconds)" } ?? "none"
        return "\(remaining) \(request.headers[HTTPField.Name("x-envoy-expected-rq-timeout-ms")!] ?? "-")"
    }
}

@Suite("Hummingbird deadline middleware", .serialized, .exclusive)
struct DeadlineMiddlewareTests {
    @Test func aDeadlineSetAtTheFirstServiceArrivesAtTheSecondWithLessBudget() async throws {
        let registry = ResilienceRegistry()
        let downstream = try ResilientHTTPClient(client: .shared, registry: registry, name: "second") { host in
            try ResiliencePipeline { try CircuitBreaker(name: "second \(host)") }
        }
        let second = Router()
        second.add(middleware: DeadlineMiddleware())
        remainingRoute(second)
        let first = Router()
        first.add(middleware: DeadlineMiddleware())
        let secondPort = Mutex(0)
        first.get("chain") { _, _ -> String in
            try await Task.sleep(for: .milliseconds(50))  // work before the outbound call spends budget
            let own = Deadline.current?.remainingMilliseconds ?? -1
            let port = secondPort.withLock { $0 }
            let response = try await downstream.execute(
                HTTPClientRequest(url: "http://127.0.0.1:\(port)/remaining"),
                collectingUpTo: 1_024
            )
            return "\(own) \(String(buffer: try await response.body.collect(upTo: 1_024)))"
        }
        try await withServers([first, second]) { ports in
            secondPort.withLock { $0 = ports[1] }
            let answer = try await HTTPClient.shared.get(
                port: ports[0],
                "/chain",
                headers: [("x-envoy-expected-rq-timeout-ms", "5000")]
            )
            #expect(answer.status == 200)
            let numbers = answer.body.split(separator: " ").compactMap { Int($0) }
            try #require(numbers.count == 3, "\(answer.body)")
            let (atFirst, atSecond, headerAtSecond) = (numbers[0], numbers[1], numbers[2])
            #expect(atFirst < 5_000 - 50 && atFirst > 4_000, "the first service spent 50 ms of its 5000: \(atFirst)")
            #expect(headerAtSecond <= atFirst, "the header carries what the first had left: \(headerAtSecond)")
            #expect(atSecond <= headerAtSecond && atSecond > 0, "the second runs under it: \(atSecond)")
        }
    }

    @Test func aRequestArrivingWithTenMillisecondsLeftIsAnswered504WithoutItsHandlerRunning() async throws {
        var inbound = InboundDeadline()
        inbound.reserve = .milliseconds(20)
        let handlerRuns = Counter()
        let router = Router()
        router.add(middleware: DeadlineMiddleware(inbound))
        remainingRoute(router, handlerRuns: handlerRuns)
        try await withServers([router]) { ports in
            let start = ContinuousClock.now
            let late = try await HTTPClient.shared.get(
                port: ports[0],
                "/remaining",
                headers: [("x-envoy-expected-rq-timeout-ms", "10")]
            )
            #expect(late.status == 504)
            #expect(ContinuousClock.now - start < .seconds(1), "answered at once")
            #expect(handlerRuns.value == 0, "the handler did not run")
            let inTime = try await HTTPClient.shared.get(
                port: ports[0],
                "/remaining",
                headers: [("x-envoy-expected-rq-timeout-ms", "5000")]
            )
            #expect(inTime.status == 200)
            let remaining = Int(inTime.body.split(separator: " ")[0]) ?? -1
            #expect(remaining <= 4_980 && remaining > 4_000, "the reserve is kept back: \(remaining)")
            #expect(handlerRuns.value == 1)
        }
    }

    @Test func aMalformedHeaderCountsAsAbsentAndTheMaximumCapsWhatACallerAsks() async throws {
        var inbound = InboundDeadline()
        inbound.maximum = .seconds(3)
        inbound.whenAbsent = .seconds(2)
        let capped = Router()
        capped.add(middleware: DeadlineMiddleware(inbound))
        remainingRoute(capped)
        let plain = Router()
        plain.add(middleware: DeadlineMiddleware())
        remainingRoute(plain)
        try await withServers([capped, plain]) { ports in
            func remaining(_ port: Int, _ header: String?) async throws -> String {
                let answer = try await HTTPClient.shared.get(
                    port: port,
                    "/remaining",
                    headers: header.map { [("x-envoy-expected-rq-timeout-ms", $0)] } ?? []
                )
                #expect(answer.status == 200)
                return String(answer.body.split(separator: " ")[0])
            }
            for (header, low, high) in [
                (nil, 1_000, 2_000), ("1.5", 1_000, 2_000), ("-5", 1_000, 2_000), ("60000", 2_000, 3_000),
                ("1200", 200, 1_200),
            ] {
                let value = Int(try await remaining(ports[0], header)) ?? -1
                #expect(value > low && value <= high, "header \(header ?? "absent"): \(value) ms")
            }
            let withoutHeader = try await remaining(ports[1], nil)
            let withJunk = try await remaining(ports[1], "junk")
            #expect(withoutHeader == "none" && withJunk == "none", "no header, no default: no deadline")
        }
    }

    @Test func aTimeoutAtTheDeadlineIsAnswered504NotAnError() async throws {
        let router = Router()
        router.add(middleware: DeadlineMiddleware())
        router.get("slow") { _, _ -> String in
            // An outbound call that would take 60 s, under a 30 s timeout of its own: the request's 300 ms come first.
            try await withTimeout(.seconds(30)) { try await Task.sleep(for: .seconds(60)) }
            return "done"
        }
        try await withServers([router]) { ports in
            let start = ContinuousClock.now
            let answer = try await HTTPClient.shared.get(
                port: ports[0],
                "/slow",
                headers: [("x-envoy-expected-rq-timeout-ms", "300")]
            )
            let elapsed = ContinuousClock.now - start
            #expect(answer.status == 504)
            #expect(elapsed >= .milliseconds(300) && elapsed < .seconds(10), "at the request's deadline: \(elapsed)")
        }
    }
}

#endif
