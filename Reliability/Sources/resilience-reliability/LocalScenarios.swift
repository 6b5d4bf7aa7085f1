import Foundation
import NIOCore
import NIOPosix
import Resilience
import ResilienceFileSystem
import ResilienceTestSupport
import Synchronization
import _NIOFileSystem

#if canImport(Glibc)
import Glibc
#endif

/// The rows of the matrix on this machine itself: the disk and the cooperative pool.
enum LocalScenarios {
    static let deadline: Duration = .milliseconds(300)

    /// A tmpfs of 256 KiB, written to through `ResilientFileSystem` (4 KiB files, each removed after), filled up by a
    /// file written beside it, and freed by removing that file.
    static func diskFull(registry: ResilienceRegistry) -> (String, () async throws -> RunnableScenario) {
        (
            "disk full",
            {
                let disk = try await offThePool { try SmallDisk.make(size: 256 * 1024) }
                guard case .tmpfs(let folder, _) = disk.kind else {
                    disk.remove()
                    throw ScenarioSkipped(
                        reason: "no tmpfs could be mounted (not root?): only /dev/full, which cannot be freed"
                    )
                }
                let threads = NIOThreadPool(numberOfThreads: 2)
                threads.start()
                let (point, view) = try registerMatrixPoint("disk full", deadline: Self.deadline, registry: registry)
                let files = ResilientFileSystem(fileSystem: FileSystem(threadPool: threads), integrationPoint: point)
                let chunk = ByteBuffer(repeating: 0x2A, count: 4 * 1024)
                let uploads = Shared(Atomic<Int>(0))
                // While the disk is full, uploads keep what they wrote: an upload that unlinked its file would hand its
                // blocks to the next one, and a few blocks would circulate among the callers (a full disk where one
                // write in five fails, as a loaded CI machine once showed), instead of every write failing.
                let full = Shared(Atomic<Bool>(false))
                let filler = "\(folder)/filler"
                let scenario = Scenario(
                    name: "disk full",
                    fault: "disk: a 256 KiB tmpfs filled up by another writer (ENOSPC), then freed",
                    expectation: .opens,
                    deadline: Self.deadline,
                    point: view,
                    call: {
                        let path = FilePath(
                            "\(folder)/upload-\(uploads.value.wrappingAdd(1, ordering: .relaxed).newValue)"
                        )
                        defer { if !full.value.load(ordering: .acquiring) { unlink(path.string) } }
                        do {
                            try await files.write(chunk, to: path)
                            return .success
                        } catch {
                            return CallerOutcome(error: error)
                        }
                    },
                    inject: {
                        full.value.store(true, ordering: .releasing)
                        // Uploads in flight may still unlink theirs: fill again once they are done.
                        try await offThePool { try Self.fill(filler) }
                        try await Task.sleep(for: .milliseconds(50))
                        try await offThePool { try Self.fill("\(filler)-2") }
                    },
                    heal: {
                        full.value.store(false, ordering: .releasing)
                        unlink(filler)
                        unlink("\(filler)-2")
                        Self.removeUploads(in: folder)
                    }
                )
                return RunnableScenario(scenario: scenario) {
                    try? await threads.shutdownGracefully()
                    disk.remove()
                }
            }
        )
    }

    /// Removes the uploads left in `folder`.
    private static func removeUploads(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix("upload-") {
            unlink("\(folder)/\(name)")
        }
    }

    /// Writes `path` until the file system is full.
    private static func fill(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            if errno == ENOSPC { return }  // not even an inode left: full already
            throw ReliabilityFailure("cannot create \(path): errno \(errno)")
        }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x55, count: 4096)
        while true {
            let written = block.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                guard errno == ENOSPC else { throw ReliabilityFailure("write failed: errno \(errno)") }
                return
            }
        }
    }

    /// Every thread of Swift's cooperative pool blocked for 1.5 s by synchronous sleeps, as a C driver or a lock held
    /// across I/O would; the starvation watchdog must count the stall. Callers run a 1 ms asynchronous operation.
    static func blockedPool(registry: ResilienceRegistry) -> (String, () async throws -> RunnableScenario) {
        (
            "blocked cooperative pool",
            {
                let watchdog = StarvationWatchdog(
                    name: "matrix-pool",
                    configuration: .init(resolution: .milliseconds(10), stallThreshold: .milliseconds(200))
                )
                let watching = Task { try await watchdog.run() }
                let (point, view) = try registerMatrixPoint(
                    "blocked cooperative pool",
                    deadline: Self.deadline,
                    registry: registry
                )
                let blockers = Blockers()
                var scenario = Scenario(
                    name: "blocked cooperative pool",
                    fault: "process: every cooperative thread blocked 1.5 s by a synchronous sleep",
                    expectation: .watchdogStall,
                    deadline: Self.deadline,
                    point: view,
                    call: {
                        do {
                            try await point.run { try await Task.sleep(for: .milliseconds(1)) }
                            return .success
                        } catch {
                            return CallerOutcome(error: error)
                        }
                    },
                    inject: { blockers.start(ProcessInfo.processInfo.activeProcessorCount) },
                    heal: { await blockers.wait() }
                )
                scenario.stalls = { watchdog.snapshot.stalls }
                return RunnableScenario(scenario: scenario) {
                    watching.cancel()
                    _ = try? await watching.value
                }
            }
        )
    }
}

/// The tasks that block the cooperative threads.
final class Blockers: Sendable {
    private let tasks = Mutex<[Task<Void, Never>]>([])

    func start(_ count: Int) {
        let started = (0..<count).map { _ in Task.detached { _ = usleep(1_500_000) } }
        self.tasks.withLock { $0 = started }
    }

    func wait() async {
        for task in self.tasks.withLock({ $0 }) { await task.value }
    }
}
