// The inbound side (issue 16): the deadline and load-shedding middlewares beside a bare Hummingbird router in the same
// run (budget ≤ 1 µs per request), their throughput under `wrk` beside bare Hummingbird (≥ 97 %), and the starvation
// watchdog's CPU cost (≤ 0.1 % of one core at 10 ms resolution).
//
// The per-request cost is measured without sockets: the router's responder answers a request built in memory, so
// that nanoseconds are not lost in a loopback round trip's tens of microseconds. Throughput is measured for real: two
// servers on loopback, `wrk` against each in turn.

import Benchmark
import BenchmarkSupport
import Foundation
import Glibc
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import Resilience
import ResilienceHummingbird
import ServiceLifecycle

/// A request context made without a channel, for the responder called in memory.
struct BenchmarkContext: RequestContext {
    struct Source: RequestContextSource {
        var logger: Logger
    }

    var coreContext: CoreRequestContextStorage

    init(source: Source) {
        self.coreContext = .init(source: source)
    }
}

/// A middleware that calls on: what any middleware costs in Hummingbird.
struct EmptyMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    )
        async throws -> Response
    {
        try await next(request, context)
    }
}

@inline(never)
func asyncNoOp() async throws {}

let quietLogger = Logger(label: "benchmark", factory: { _ in SwiftLogNoOpLogHandler() })

/// The route every variant serves: `GET /items/{id}`, a short text.
func addRoute<Context: RequestContext>(_ router: Router<Context>) {
    router.get("items/:id") { _, context -> String in
        try context.parameters.require("id")
    }
}

/// The two middlewares in front of the route: the deadline first, then shedding over `policies`.
func guardedRouter<Context: RequestContext, Policies: CallerTaskResiliencePolicy>(
    _ context: Context.Type,
    _ point: IntegrationPoint<Policies>
) -> Router<Context> {
    var inbound = InboundDeadline()
    inbound.maximum = .seconds(10)
    inbound.whenAbsent = .seconds(5)
    let router = Router(context: Context.self)
    router.add(middleware: DeadlineMiddleware(inbound))
    router.add(middleware: LoadSheddingMiddleware(integrationPoint: point))
    addRoute(router)
    return router
}

func inMemoryBenchmark(_ name: String, _ respond: @escaping @Sendable () async throws -> Void) {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, .instructions],
        timeUnits: .nanoseconds,
        warmupIterations: 1_000,
        scalingFactor: .kilo,
        maxDuration: .seconds(3),
        maxIterations: 1_000_000
    )
    Benchmark(name, configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            try await respond()
        }
    }
}

/// The requests per second `wrk` reports for `port`, over `seconds`, with 16 connections on one thread.
func wrkRequestsPerSecond(port: Int, seconds: Int) -> Double? {
    let outputPath = "/tmp/resilience-wrk-\(getpid())-\(port).txt"
    defer { unlink(outputPath) }
    let command =
        "/usr/bin/wrk -t1 -c16 -d\(seconds)s -H 'x-envoy-expected-rq-timeout-ms: 1500' "
        + "http://127.0.0.1:\(port)/items/42 > \(outputPath) 2>&1"
    do {
        try runCommand(["/bin/bash", "-c", command])
    } catch {
        print("wrk failed: \(error)")
        return nil
    }
    guard let output = try? String(contentsOfFile: outputPath, encoding: .utf8),
        let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Requests/sec:") })
    else {
        print("wrk printed no rate")
        return nil
    }
    return Double(line.split(separator: " ").last ?? "")
}

let throughputShare = BenchmarkMetric.custom(
    "throughput vs bare (0.01 %)",
    polarity: .prefersLarger,
    useScalingFactor: false
)
let cpuPerSecond = BenchmarkMetric.custom(
    "CPU per second of running (ns)",
    polarity: .prefersSmaller,
    useScalingFactor: false
)

let benchmarks: @Sendable () -> Void = {
    let head = HTTPRequest(
        method: .get,
        scheme: "http",
        authority: "bench",
        path: "/items/42",
        headerFields: [HTTPField.Name("x-envoy-expected-rq-timeout-ms")!: "1500"]
    )
    let context: @Sendable () -> BenchmarkContext = { BenchmarkContext(source: .init(logger: quietLogger)) }
    let registry = ResilienceRegistry()

    let bare = Router(context: BenchmarkContext.self)
    addRoute(bare)
    let bareResponder = bare.buildResponder()

    // Hummingbird's own cost of a middleware: one and two that do nothing but call on.
    let oneEmpty = Router(context: BenchmarkContext.self)
    oneEmpty.add(middleware: EmptyMiddleware())
    addRoute(oneEmpty)
    let oneEmptyResponder = oneEmpty.buildResponder()
    let twoEmpty = Router(context: BenchmarkContext.self)
    twoEmpty.add(middleware: EmptyMiddleware())
    twoEmpty.add(middleware: EmptyMiddleware())
    addRoute(twoEmpty)
    let twoEmptyResponder = twoEmpty.buildResponder()

    let deadlineOnly = Router(context: BenchmarkContext.self)
    deadlineOnly.add(middleware: DeadlineMiddleware())
    addRoute(deadlineOnly)
    let deadlineResponder = deadlineOnly.buildResponder()

    let bulkhead = try! registry.register(
        "inbound-bulkhead",
        pipeline: ResiliencePipeline { try Bulkhead(name: "inbound-bulkhead", maxConcurrentCalls: 1_024) }
    )
    let bulkheadResponder = guardedRouter(BenchmarkContext.self, bulkhead).buildResponder()
    let adaptive = try! registry.register(
        "inbound-adaptive",
        pipeline: ResiliencePipeline { try AdaptiveConcurrencyLimiter(name: "inbound-adaptive") }
    )
    let adaptiveResponder = guardedRouter(BenchmarkContext.self, adaptive).buildResponder()

    let bareRequest: @Sendable () async throws -> Void = {
        _ = try await bareResponder.respond(
            to: Request(head: head, body: .init(buffer: ByteBuffer())),
            context: context()
        )
    }
    inMemoryBenchmark("bare Hummingbird router, in memory: GET /items/{id} (baseline)", bareRequest)
    // The deadline middleware's parts, alone.
    let inboundDefault = InboundDeadline()
    inMemoryBenchmark("parts in memory: budget from the header value") {
        blackHole(inboundDefault.budget(fromHeaderValue: "1500"))
    }
    inMemoryBenchmark("parts in memory: Deadline.after and earlier(than: current)") {
        blackHole(Deadline.after(.milliseconds(1_500)).earlier(than: Deadline.current))
    }
    let fixedDeadline = Deadline.after(.seconds(60))
    inMemoryBenchmark("parts in memory: Deadline.$current.withValue around an async call") {
        try await Deadline.$current.withValue(fixedDeadline) { try await asyncNoOp() }
    }
    let headerName = HTTPField.Name("x-envoy-expected-rq-timeout-ms")!
    inMemoryBenchmark("parts in memory: header lookup") {
        blackHole(head.headerFields[headerName])
    }
    inMemoryBenchmark("parts in memory: header lookup, first(where:)") {
        blackHole(head.headerFields.first(where: { $0.name == headerName })?.value)
    }
    inMemoryBenchmark("parts in memory: header lookup in a request's fields") {
        let request = Request(head: head, body: .init(buffer: ByteBuffer()))
        blackHole(request.headers[headerName])
    }
    inMemoryBenchmark("one empty middleware, in memory (Hummingbird's cost of a middleware)") {
        _ = try await oneEmptyResponder.respond(
            to: Request(head: head, body: .init(buffer: ByteBuffer())),
            context: context()
        )
    }
    inMemoryBenchmark("two empty middlewares, in memory") {
        _ = try await twoEmptyResponder.respond(
            to: Request(head: head, body: .init(buffer: ByteBuffer())),
            context: context()
        )
    }
    inMemoryBenchmark("deadline middleware, in memory") {
        _ = try await deadlineResponder.respond(
            to: Request(head: head, body: .init(buffer: ByteBuffer())),
            context: context()
        )
    }
    inMemoryBenchmark("deadline + shedding (bulkhead), in memory") {
        _ = try await bulkheadResponder.respond(
            to: Request(head: head, body: .init(buffer: ByteBuffer())),
            context: context()
        )
    }
    inMemoryBenchmark("deadline + shedding (adaptive concurrency limit), in memory") {
        _ = try await adaptiveResponder.respond(
            to: Request(head: head, body: .init(buffer: ByteBuffer())),
            context: context()
        )
    }

    // Throughput under wrk: the bare server and the guarded one, alternately, three rounds of 3 seconds each.
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/wrk") {
        Benchmark(
            "throughput under wrk (16 connections): deadline + shedding (adaptive) vs bare Hummingbird",
            configuration: .init(
                metrics: [throughputShare],
                scalingFactor: .one,
                maxDuration: .seconds(60),
                maxIterations: 1
            )
        ) { benchmark in
            let bareServer = Router()
            addRoute(bareServer)
            let guardedServer = guardedRouter(BasicRequestContext.self, adaptive)
            let ports = try await startServers([bareServer, guardedServer])
            var bareTotal = 0.0
            var guardedTotal = 0.0
            for round in 0..<3 {
                let order = round % 2 == 0 ? [0, 1] : [1, 0]
                for index in order {
                    // wrk's wait blocks a thread: not one of the cooperative pool's, which serve the requests.
                    let port = ports[index]
                    let rate = try await offThePool { wrkRequestsPerSecond(port: port, seconds: 3) } ?? 0
                    if index == 0 { bareTotal += rate } else { guardedTotal += rate }
                }
            }
            print("wrk: bare \(Int(bareTotal / 3)) requests/s, guarded \(Int(guardedTotal / 3)) requests/s")
            precondition(bareTotal > 0 && guardedTotal > 0, "wrk measured nothing")
            benchmark.measurement(throughputShare, Int((guardedTotal / bareTotal * 10_000).rounded()))
        }
    } else {
        print("wrk is not installed (apt-get install -y wrk): the throughput benchmark is left out")
    }

    // The floor: a task that only sleeps 10 ms again and again, what any probe of the cooperative pool costs.
    Benchmark(
        "a bare 10 ms sleep loop: CPU per second of running, beside an idle second (baseline)",
        configuration: .init(metrics: [cpuPerSecond], scalingFactor: .one, maxDuration: .seconds(60), maxIterations: 10)
    ) { benchmark in
        let idle = try await cpuOver(.seconds(1))
        let running = Task {
            while !Task.isCancelled { try await Task.sleep(for: .milliseconds(10)) }
        }
        try await Task.sleep(for: .milliseconds(50))
        let looping = try await cpuOver(.seconds(1))
        running.cancel()
        _ = await running.result
        benchmark.measurement(cpuPerSecond, Int(max(0, looping - idle)))
    }

    // The watchdog's CPU: the process's CPU time over a second with the watchdog running, less a second without.
    Benchmark(
        "starvation watchdog at 10 ms resolution: CPU per second of running, beside an idle second",
        configuration: .init(metrics: [cpuPerSecond], scalingFactor: .one, maxDuration: .seconds(60), maxIterations: 10)
    ) { benchmark in
        let idle = try await cpuOver(.seconds(1))
        let watchdog = StarvationWatchdog(name: "benchmark", logger: quietLogger)
        let running = Task { try await watchdog.run() }
        try await Task.sleep(for: .milliseconds(50))
        let watched = try await cpuOver(.seconds(1))
        running.cancel()
        _ = await running.result
        benchmark.measurement(cpuPerSecond, Int(max(0, watched - idle)))
    }
}

/// The process's CPU time, every thread, over `duration` of sleeping.
func cpuOver(_ duration: Duration) async throws -> Int64 {
    let start = nanosecondsNow(CLOCK_PROCESS_CPUTIME_ID)
    try await Task.sleep(for: duration)
    return nanosecondsNow(CLOCK_PROCESS_CPUTIME_ID) - start
}

/// Starts a Hummingbird server for each router on a free loopback port, for the rest of the process; their ports.
func startServers(_ routers: [Router<BasicRequestContext>]) async throws -> [Int] {
    var ports: [Int] = []
    for router in routers {
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { continuation.yield($0.localAddress?.port ?? 0) },
            logger: quietLogger
        )
        Task { try await application.runService(gracefulShutdownSignals: []) }
        var iterator = stream.makeAsyncIterator()
        ports.append(await iterator.next() ?? 0)
    }
    return ports
}
