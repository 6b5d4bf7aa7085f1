// Built only with the package trait `FileSystem` (its dependencies are fetched only then).
#if FileSystem

import Foundation
import NIOCore
import NIOPosix
import Resilience
import ResilienceFileSystem
import ResilienceTestSupport
import ResilienceTesting
import Testing
import _NIOFileSystem

#if canImport(Glibc)
import Glibc
#endif

/// A real disk made to fail: filled up, made read-only, and a system call that hangs (the open of a FIFO no one
/// writes to, which blocks in the kernel as a dead NFS server's would).
@Suite("The disk as an integration point", .serialized)
struct DiskScenarioTests {
    /// A breaker that opens after 5 calls at 50 % failures and waits 300 ms, around a timeout (2 s, or what the test
    /// of hung calls gives: a call the timeout abandons must end before the test shuts the threads down, since
    /// NIOFileSystem can close a file only on a running thread pool).
    static func disk(
        _ name: String,
        threads: NIOThreadPool,
        callTimeout: Duration = .seconds(2)
    ) throws -> (
        ResilientFileSystem<ComposedPolicy<CircuitBreaker, Timeout>>, CircuitBreaker, Timeout
    ) {
        var configuration = CircuitBreaker.Configuration()
        configuration.slidingWindow = .countBased(size: 10)
        configuration.minimumNumberOfCalls = 5
        configuration.failureRateThreshold = 0.5
        // Long enough that the checks right after the breaker opens (a rejected call among them) run before it
        // half-opens, even under ThreadSanitizer on two busy cores (300 ms was not).
        configuration.waitDurationInOpenState = .seconds(2)
        configuration.permittedCallsInHalfOpenState = 2
        let breaker = try CircuitBreaker(name: name, configuration: configuration)
        let timeout = Timeout(callTimeout, name: "\(name).timeout")
        let point = try ResilienceRegistry().register(
            name,
            pipeline: ResiliencePipeline {
                breaker
                timeout
            }
        )
        return (
            ResilientFileSystem(fileSystem: FileSystem(threadPool: threads), integrationPoint: point), breaker, timeout
        )
    }

    static func withThreads(_ body: (NIOThreadPool) async throws -> Void) async throws {
        let threads = NIOThreadPool(numberOfThreads: 2)
        threads.start()
        do {
            try await body(threads)
        } catch {
            try await threads.shutdownGracefully()
            throw error
        }
        try await threads.shutdownGracefully()
    }

    @Test func aFullDiskOpensTheBreakerAndFreedSpaceClosesIt() async throws {
        let small: SmallDisk
        do {
            small = try await offThePool { try SmallDisk.make(size: 64 * 1024) }
        } catch {
            // Neither a tmpfs nor /dev/full: said, and the test records nothing it could not check.
            print("disk scenario skipped: \(error)")
            withKnownIssue("no small disk could be made on this machine: \(error)") { throw error }
            return
        }
        defer { small.remove() }
        print("disk scenario: \(small.kind)")
        try await Self.withThreads { threads in
            let (disk, breaker, _) = try Self.disk("uploads-disk", threads: threads)
            let chunk = ByteBuffer(repeating: 0x2A, count: 16 * 1024)
            var written: [FilePath] = []
            var sawNoSpace = false
            let clock = ContinuousClock()
            let start = clock.now
            for index in 0..<40 where breaker.state == .closed {
                let path: FilePath
                let options: OpenOptions.Write
                switch small.kind {
                case .tmpfs(let folder, _):
                    path = FilePath("\(folder)/upload-\(index)")
                    options = .newFile(replaceExisting: true)
                case .devFull:
                    path = "/dev/full"
                    options = .modifyFile(createIfNecessary: false)
                }
                do {
                    try await disk.write(chunk, to: path, options: options)
                    written.append(path)
                } catch let error as FileSystemError {
                    // The caller gets NIOFileSystem's error, ENOSPC in its cause.
                    sawNoSpace = sawNoSpace || "\(error.cause.map { "\($0)" } ?? "")".contains("\(Errno.noSpace)")
                }
            }
            #expect(sawNoSpace, "writes failed with ENOSPC")
            #expect(breaker.state == .open, "the disk's breaker opened")
            #expect(disk.integrationPoint.statistics.failedCalls >= 3)
            print(
                "disk scenario: breaker opened after \(start.duration(to: clock.now)), \(written.count) files written"
            )
            await #expect(throws: CircuitBreakerOpenError.self) {
                try await disk.write(chunk, to: "/dev/null", options: .modifyFile(createIfNecessary: false))
            }

            // Space is freed (the fallback writes elsewhere): the breaker closes.
            let target: FilePath
            switch small.kind {
            case .tmpfs(let folder, _):
                for path in written { try await disk.fileSystem.removeItem(at: path) }
                target = FilePath("\(folder)/after")
            case .devFull:
                target = FilePath(FileManager.default.temporaryDirectory.appendingPathComponent("after-\(UUID())").path)
            }
            let healed = clock.now
            for _ in 0..<250 where breaker.state != .closed {
                try await Task.sleep(for: .milliseconds(20))
                _ = try? await disk.write(chunk, to: target)
            }
            #expect(breaker.state == .closed, "the breaker closed once space was free")
            print("disk scenario: breaker closed \(healed.duration(to: clock.now)) after space was freed")
            if case .devFull = small.kind { try? FileManager.default.removeItem(atPath: target.string) }
        }
    }

    @Test func aReadOnlyDiskIsAFailureAndAWrongPathAContractViolation() async throws {
        let small: SmallDisk
        do {
            small = try await offThePool { try SmallDisk.make(size: 64 * 1024) }
        } catch {
            print("read-only scenario skipped: \(error)")
            withKnownIssue("no small disk could be made on this machine: \(error)") { throw error }
            return
        }
        defer { small.remove() }
        guard case .tmpfs(let folder, _) = small.kind else {
            print("read-only scenario skipped: \(small.kind) cannot be made read-only")
            return
        }
        try await Self.withThreads { threads in
            let (disk, _, _) = try Self.disk("disk", threads: threads)
            let statistics = { disk.integrationPoint.statistics }
            try await disk.write(ByteBuffer(string: "kept"), to: FilePath("\(folder)/kept"))
            // An existing file where a new one was asked for: the disk answered.
            await #expect(throws: FileSystemError.self) {
                try await disk.write(
                    ByteBuffer(string: "again"),
                    to: FilePath("\(folder)/kept"),
                    options: .newFile(replaceExisting: false)
                )
            }
            #expect(statistics().successfulCalls == 2)

            try small.setReadOnly(true)
            defer { try? small.setReadOnly(false) }
            let readOnly = await #expect(throws: FileSystemError.self) {
                try await disk.write(ByteBuffer(string: "new"), to: FilePath("\(folder)/new"))
            }
            #expect("\(readOnly?.cause.map { "\($0)" } ?? "")".contains("\(Errno.readOnlyFileSystem)"))
            #expect(statistics().failedCalls == 1, "EROFS: the disk cannot take writes")
            // Reads still work.
            let kept = try await disk.readAll(at: FilePath("\(folder)/kept"), maximumSizeAllowed: .bytes(1024))
            #expect(String(buffer: kept) == "kept")

            await #expect(throws: FileSystemError.self) {
                try await disk.readAll(at: FilePath("\(folder)/missing"), maximumSizeAllowed: .bytes(1024))
            }
            #expect(statistics().contractViolations == 1)
            #expect(statistics().lastContractViolation?.reason == "errno_ENOENT")
            #expect(statistics().failedCalls == 1)
        }
    }

    @Test func aHungSystemCallIsAnsweredAtTheDeadlineAndCountedAsAbandoned() async throws {
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("hung-\(UUID())").path
        #expect(mkfifo(fifo, 0o600) == 0)
        defer { unlink(fifo) }
        try await Self.withThreads { threads in
            let (disk, _, timeout) = try Self.disk("nfs", threads: threads, callTimeout: .milliseconds(300))
            let clock = ContinuousClock()

            // NIOFileSystem's open of a FIFO no one writes to blocks its thread in the kernel.
            var start = clock.now
            await #expect(throws: TimeoutError.self) {
                try await disk.readAll(at: FilePath(fifo), maximumSizeAllowed: .bytes(1024))
            }
            #expect(start.duration(to: clock.now) <= .milliseconds(400), "answered at the deadline")
            #expect(timeout.abandonedWork.numberOfRunningOperations == 1, "the hung call is counted as abandoned work")

            // Blocking code of one's own, on a BlockingBulkhead: the thread is counted as stuck.
            let bulkhead = try BlockingBulkhead(name: "nfs.threads", maxThreads: 2)
            start = clock.now
            await #expect(throws: TimeoutError.self) {
                try await disk.runBlocking(on: bulkhead, timeout: .milliseconds(200)) {
                    let descriptor = open(fifo, O_RDONLY)
                    if descriptor >= 0 { close(descriptor) }
                    return descriptor
                }
            }
            #expect(start.duration(to: clock.now) <= .milliseconds(200) + deadlineSlack, "answered at its timeout")
            #expect(bulkhead.metrics.stuckThreads == 1)
            #expect(disk.integrationPoint.statistics.timedOutCalls == 2)

            // A writer arrives: both opens return, the threads come back.
            let writer = open(fifo, O_WRONLY)
            #expect(writer >= 0)
            close(writer)
            for _ in 0..<200
            where bulkhead.metrics.stuckThreads > 0 || timeout.abandonedWork.numberOfRunningOperations > 0 {
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(bulkhead.metrics.stuckThreads == 0)
            #expect(timeout.abandonedWork.numberOfRunningOperations == 0)
        }
    }
}

#endif
