// The complete example of the ResilienceFileSystem guide ("Protecting the disk"), built with `-c release` and run. A
// test of the library checks that the article shows it line for line.

import Foundation
import NIOCore
import NIOPosix
import Resilience
import ResilienceFileSystem
import _NIOFileSystem

// guide-example-begin
/// Uploads kept on a disk of their own, through one integration point.
func runUploadsExample(folder: String) async throws {
    // The disk's own threads: a hung disk (a dead NFS server) blocks them, and nothing else.
    let threads = NIOThreadPool(numberOfThreads: 4)
    threads.start()
    defer { threads.shutdownGracefully { _ in } }

    // A breaker that opens when writes fail (a full disk, a read-only file system), and a deadline per call.
    var breaker = CircuitBreaker.Configuration()
    breaker.slidingWindow = .countBased(size: 20)
    breaker.minimumNumberOfCalls = 5
    breaker.waitDurationInOpenState = .seconds(10)
    let registry = ResilienceRegistry()
    let point = try registry.register(
        "uploads-disk",
        pipeline: ResiliencePipeline {
            try CircuitBreaker(name: "uploads-disk", configuration: breaker)
            Timeout(.seconds(2), name: "uploads-disk.timeout")
        }
    )
    let uploads = ResilientFileSystem(fileSystem: FileSystem(threadPool: threads), integrationPoint: point)

    // Writes and reads through the pipeline; an ENOSPC counts against the disk, a missing file is the caller's mistake.
    try await uploads.write(ByteBuffer(string: "receipt 42"), to: FilePath("\(folder)/receipt-42.txt"))
    let receipt = try await uploads.readAll(
        at: FilePath("\(folder)/receipt-42.txt"),
        maximumSizeAllowed: .kilobytes(64)
    )
    do {
        _ = try await uploads.readAll(at: FilePath("\(folder)/receipt-43.txt"), maximumSizeAllowed: .kilobytes(64))
    } catch let error as FileSystemError where error.code == .notFound {
        // A contract violation (errno_ENOENT): shown on the dashboard, never opening the breaker.
    }

    // Any of NIOFileSystem's calls, as one call of the point.
    let size = try await uploads.run { fileSystem in
        try await fileSystem.info(forFileAt: FilePath("\(folder)/receipt-42.txt"))?.size ?? 0
    }

    // Synchronous file code (FileManager, a C library) on threads of its own, never on Swift's cooperative ones:
    // answered at its timeout, its thread counted as stuck while the call hangs.
    let blocking = try BlockingBulkhead(name: "uploads-disk.threads", maxThreads: 4)
    let names = try await uploads.runBlocking(on: blocking, timeout: .seconds(2)) {
        try FileManager.default.contentsOfDirectory(atPath: folder)
    }

    let statistics = point.statistics
    guard String(buffer: receipt) == "receipt 42", size == 10, names == ["receipt-42.txt"],
        statistics.successfulCalls == 4, statistics.contractViolations == 1
    else { throw UploadsError.unexpectedAnswer }
}

enum UploadsError: Error {
    case unexpectedAnswer
}
// guide-example-end
