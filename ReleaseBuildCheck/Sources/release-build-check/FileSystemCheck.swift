// The file-system adapter's entry points, on a temporary folder.

import Foundation
import Resilience
import ResilienceFileSystem
import _NIOFileSystem

/// The threads of every shape's blocking work.
let checkThreads = try! BlockingBulkhead(name: "check.threads", maxThreads: 4)

/// A `ResilientFileSystem` of a shape's own, guarded by a breaker.
func checkedFileSystem(_ tag: String) throws -> ResilientFileSystem<CircuitBreaker> {
    let point = try ResilienceRegistry().register(tag, pipeline: ResiliencePipeline { try CircuitBreaker(name: tag) })
    return ResilientFileSystem(fileSystem: .shared, integrationPoint: point, errorClassification: .fileSystem)
}

/// Work with the file system that runs `operation`: the shapes' operation as `run`'s body.
func usingFileSystem<E: Error>(
    _ operation: @escaping @Sendable () async throws(E) -> Int
) -> @Sendable (FileSystem) async throws -> Int {
    { _ in try await operation() }
}

/// The guide's example, in a folder of its own.
func runFileSystem() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID())").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try await runUploadsExample(folder: folder)
}
