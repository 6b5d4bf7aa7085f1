// A read of a small file through ResilientFileSystem beside the same read through a bare NIOFileSystem, in the same
// run (issue 15). The file (4 KiB) is in the temporary folder; both read it on one thread pool of two threads.

import Benchmark
import BenchmarkSupport
import Foundation
import NIOCore
import NIOPosix
import Resilience
import ResilienceFileSystem
import _NIOFileSystem

let benchmarks: @Sendable () -> Void = {
    let threads = NIOThreadPool(numberOfThreads: 2)
    threads.start()
    let fileSystem = FileSystem(threadPool: threads)
    let path = FilePath(FileManager.default.temporaryDirectory.appendingPathComponent("benchmark-\(getpid())").path)
    blocking {
        _ = try await ByteBuffer(repeating: 0x2A, count: 4_096).write(
            toFileAt: path,
            options: .newFile(replaceExisting: true),
            fileSystem: fileSystem
        )
    }
    Benchmark.shutdownHook = {
        try? FileManager.default.removeItem(atPath: path.string)
    }
    let registry = ResilienceRegistry()
    let point = try! registry.register("disk", pipeline: ResiliencePipeline { try CircuitBreaker(name: "disk") })
    let disk = ResilientFileSystem(fileSystem: fileSystem, integrationPoint: point)

    let bare: @Sendable () async throws -> Void = {
        let bytes = try await ByteBuffer(contentsOf: path, maximumSizeAllowed: .kilobytes(64), fileSystem: fileSystem)
        precondition(bytes.readableBytes == 4_096)
    }
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal],
        timeUnits: .microseconds,
        warmupIterations: 500,
        scalingFactor: .one,
        maxDuration: .seconds(8),
        maxIterations: 40_000
    )
    Benchmark("bare NIOFileSystem: 4 KiB file read (baseline)", configuration: configuration) { _ in
        try await bare()
    }
    Benchmark("ResilientFileSystem, breaker: 4 KiB file read", configuration: configuration) { _ in
        let bytes = try await disk.readAll(at: path, maximumSizeAllowed: .kilobytes(64))
        precondition(bytes.readableBytes == 4_096)
    }
    pairedBenchmark("marginal, paired with the bare read: breaker, readAll", bare: bare) {
        let bytes = try await disk.readAll(at: path, maximumSizeAllowed: .kilobytes(64))
        precondition(bytes.readableBytes == 4_096)
    }
}
