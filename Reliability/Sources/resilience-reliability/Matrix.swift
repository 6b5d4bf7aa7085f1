import AsyncHTTPClient
import Foundation
import NIOCore
import NIOPosix
import Resilience
import Synchronization

/// A scenario ready to run, and what to stop after it.
struct RunnableScenario: Sendable {
    var scenario: Scenario
    var cleanUp: @Sendable () async -> Void
}

/// A scenario that cannot run on this machine, with the reason (the table says so).
struct ScenarioSkipped: Error, CustomStringConvertible {
    var reason: String
    var description: String { self.reason }
}

/// What the matrix wrote: every row, and when.
struct MatrixReport: Codable {
    var date: String
    var machine: String
    var results: [ScenarioResult]
    var skipped: [String: String]
}

/// The fault matrix: every fault against a real dependency, one after the other.
enum Matrix {
    /// Runs the scenarios whose names contain `only` (all when `nil`), prints each row, writes the report to
    /// `jsonPath`, and returns whether every row passed.
    static func run(only: String?, jsonPath: String?) async throws -> Bool {
        let registry = ResilienceRegistry()
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let http = HTTPDependency.client(on: group)
        let database = SharedDatabase(eventLoopGroup: group)

        let scenarios =
            HTTPScenarios.all(http: http, registry: registry)
            + PostgresScenarios.all(database: { try await database.get() }, registry: registry)
            + [LocalScenarios.diskFull(registry: registry), LocalScenarios.blockedPool(registry: registry)]
        var results: [ScenarioResult] = []
        var skipped: [String: String] = [:]
        let hangGuard = HangGuard()
        for (name, make) in scenarios where only.map({ name.contains($0) }) ?? true {
            print("scenario \(name) …")
            do {
                // Starting PostgreSQL (initdb) is the slowest set-up.
                hangGuard.enter("setting up", bound: .seconds(120))
                let runnable = try await make()
                let result = await runnable.scenario.run(hangGuard: hangGuard)
                hangGuard.enter("cleaning up", bound: .seconds(60))
                await runnable.cleanUp()
                hangGuard.leave()
                print(result.summary)
                results.append(result)
            } catch let skip as ScenarioSkipped {
                hangGuard.leave()
                print("SKIP \(name): \(skip.reason)")
                skipped[name] = skip.reason
            } catch {
                hangGuard.leave()
                var result = ScenarioResult(
                    name: name,
                    fault: "",
                    expectation: .opens,
                    deadlineMilliseconds: 0
                )
                result.problems.append("could not be set up: \(error)")
                print(result.summary)
                results.append(result)
            }
        }
        hangGuard.enter("stopping PostgreSQL and the HTTP client", bound: .seconds(60))
        await database.stop()
        try await http.shutdown()
        try await group.shutdownGracefully()
        hangGuard.leave()

        if let jsonPath {
            let report = MatrixReport(
                date: ISO8601DateFormatter().string(from: Date()),
                machine: machineDescription(),
                results: results,
                skipped: skipped
            )
            try writeJSON(report, to: jsonPath)
        }
        let failed = results.filter { !$0.passed }
        print("matrix: \(results.count - failed.count) of \(results.count) scenarios passed, \(skipped.count) skipped")
        return failed.isEmpty
    }
}

/// The PostgreSQL server the database rows share, started on first use.
final class SharedDatabase: Sendable {
    private let eventLoopGroup: any EventLoopGroup
    private let started = Mutex<Task<PostgresDependency, any Error>?>(nil)

    init(eventLoopGroup: any EventLoopGroup) {
        self.eventLoopGroup = eventLoopGroup
    }

    func get() async throws -> PostgresDependency {
        let task = self.started.withLock { task in
            if let task { return task }
            let new = Task { [eventLoopGroup] in try await PostgresDependency(eventLoopGroup: eventLoopGroup) }
            task = new
            return new
        }
        return try await task.value
    }

    func stop() async {
        guard let task = self.started.withLock({ $0 }) else { return }
        try? await task.value.stop()
    }
}

/// Writes `report` to `path` as readable JSON, its keys sorted, for `Reliability/report`.
func writeJSON(_ report: some Encodable, to path: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(report).write(to: URL(fileURLWithPath: path))
}

/// The processor and the number of cores, for the report.
func machineDescription() -> String {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model =
        cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
        .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
        ?? "unknown processor"
    return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(model)"
}

/// Why the reliability run could not do what it set out to.
struct ReliabilityFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
