// Built only with the package traits `Hummingbird` and `AsyncHTTPClient` (their dependencies are fetched only then).
#if Hummingbird && AsyncHTTPClient

import AsyncHTTPClient
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import Resilience
import ServiceLifecycle
import Synchronization

/// Runs a real Hummingbird server for each router on a free loopback port, hands `body` their ports, then shuts them
/// down.
func withServers<Result: Sendable>(
    _ routers: [Router<BasicRequestContext>],
    _ body: ([Int]) async throws -> Result
) async throws -> Result {
    let (ports, port) = AsyncStream.makeStream(of: (Int, Int).self)
    let services = routers.enumerated().map { index, router in
        Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { port.yield((index, $0.localAddress?.port ?? 0)) },
            logger: Logger(label: "server-\(index)", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }
    let group = ServiceGroup(
        services: services,
        gracefulShutdownSignals: [],
        logger: Logger(label: "servers", factory: { _ in SwiftLogNoOpLogHandler() })
    )
    return try await withThrowingTaskGroup(of: Void.self) { tasks in
        tasks.addTask { try await group.run() }
        var found = [Int](repeating: 0, count: routers.count)
        var iterator = ports.makeAsyncIterator()
        for _ in routers {
            guard let (index, number) = await iterator.next() else { throw CancellationError() }
            found[index] = number
        }
        do {
            let result = try await body(found)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            return result
        } catch {
            await group.triggerGracefulShutdown()
            throw error
        }
    }
}

/// A number that tasks add to.
final class Counter: Sendable {
    private let atomic = Atomic(0)

    func increment() { self.atomic.add(1, ordering: .relaxed) }
    var value: Int { self.atomic.load(ordering: .relaxed) }
}

/// A response's status, headers and whole body.
struct Answer: Sendable {
    var status: Int
    var headers: HTTPHeaders
    var body: String
}

extension HTTPClient {
    /// GETs `path` on a loopback port with `headers`; reads the whole body.
    func get(port: Int, _ path: String, headers: [(String, String)] = []) async throws -> Answer {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await self.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        return Answer(status: Int(response.status.code), headers: response.headers, body: String(buffer: body))
    }
}

#endif
