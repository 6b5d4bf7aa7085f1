// Built only with the package trait `FileSystem` (its dependencies are fetched only then).
#if FileSystem

public import NIOCore
public import Resilience
public import _NIOFileSystem

/// The disk as an integration point: NIOFileSystem's calls, and your own blocking file code, through one pipeline.
///
/// ```swift
/// let threads = NIOThreadPool(numberOfThreads: 4)   // the disk's own: a hung disk stalls nothing else
/// threads.start()
/// let uploads = ResilientFileSystem(
///     fileSystem: FileSystem(threadPool: threads),
///     integrationPoint: try registry.register("uploads-disk", pipeline: ResiliencePipeline { breaker; Timeout(.seconds(2)) })
/// )
/// try await uploads.write(ByteBuffer(bytes: data), to: "/var/uploads/\(id)")
/// ```
///
/// - **Outcomes.** Errors count by their errno (``Resilience/ErrorClassification/fileSystem``): a full disk
///   (`ENOSPC`), a quota, an I/O error or a read-only file system is a failure and opens the breaker; a missing file or
///   a permission denied is a contract violation (the path is wrong, not the disk); an existing file is an answer.
///   The caller gets NIOFileSystem's `FileSystemError` itself, or a policy's refusal, or `TimeoutError`.
/// - **Hung system calls.** A system call cannot be cancelled: on a hung disk (a dead NFS server, a failing drive) it
///   holds its thread. A `Timeout` in the pipeline answers the caller at the deadline and counts the call as
///   abandoned work; ``runBlocking(on:timeout:_:)`` runs synchronous code on a `BlockingBulkhead`, which counts the
///   thread as stuck. Give the file system a `NIOThreadPool` of its own, so that a hung disk never stalls SwiftNIO's
///   shared blocking pool.
public final class ResilientFileSystem<Policies: ResiliencePolicy>: Sendable {
    /// NIOFileSystem's file system; on a thread pool of its own, preferably (`FileSystem(threadPool:)`).
    public let fileSystem: FileSystem

    /// The integration point every call runs through.
    public let integrationPoint: IntegrationPoint<Policies>

    @usableFromInline
    let classification: ErrorClassification

    /// Guards `fileSystem` with `integrationPoint`.
    ///
    /// - Parameters:
    ///   - fileSystem: The file system the calls use.
    ///   - integrationPoint: The point whose pipeline guards them.
    ///   - errorClassification: How errors count. Default ``Resilience/ErrorClassification/fileSystem``.
    public init(
        fileSystem: FileSystem,
        integrationPoint: IntegrationPoint<Policies>,
        errorClassification: ErrorClassification = .fileSystem
    ) {
        self.fileSystem = fileSystem
        self.integrationPoint = integrationPoint
        self.classification = errorClassification
    }

    /// Reads the whole file at `path` through the pipeline.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - maximumSizeAllowed: The most bytes read; a larger file throws `FileSystemError` (`.resourceExhausted`).
    /// - Returns: The file's bytes.
    /// - Throws: `FileSystemError`, a policy's refusal, or `TimeoutError`.
    @inlinable
    public func readAll(at path: FilePath, maximumSizeAllowed: ByteCount) async throws -> ByteBuffer {
        try await self.run { fileSystem in
            try await ByteBuffer(contentsOf: path, maximumSizeAllowed: maximumSizeAllowed, fileSystem: fileSystem)
        }
    }

    /// Writes `bytes` to the file at `path` through the pipeline.
    ///
    /// - Parameters:
    ///   - bytes: The bytes, from their reader index.
    ///   - path: The file.
    ///   - options: How the file is opened. By default a new file, replacing one that exists.
    /// - Throws: `FileSystemError` (a full disk: `ENOSPC` in its cause), a policy's refusal, or `TimeoutError`.
    @inlinable
    public func write(
        _ bytes: ByteBuffer,
        to path: FilePath,
        options: OpenOptions.Write = .newFile(replaceExisting: true)
    ) async throws {
        try await self.run { fileSystem in
            _ = try await bytes.write(toFileAt: path, options: options, fileSystem: fileSystem)
        }
    }

    /// Runs `body` with the file system through the pipeline: any of NIOFileSystem's calls, as one call of the point.
    ///
    /// - Parameter body: The work.
    /// - Returns: What `body` returned.
    /// - Throws: What `body` threw, a policy's refusal, or `TimeoutError`.
    @inlinable
    public func run<Result: Sendable>(
        _ body: @escaping @Sendable (FileSystem) async throws -> Result
    ) async throws -> Result {
        let fileSystem = self.fileSystem
        let classification = self.classification
        do {
            return try await self.integrationPoint.run {
                do {
                    return try await body(fileSystem)
                } catch {
                    throw FileSystemCalls.classified(error, by: classification)
                }
            }
        } catch let failure as ClassifiedFailure {
            throw failure.underlying
        }
    }

    /// Runs synchronous file code on one of `bulkhead`'s threads, through the pipeline: code that calls `fwrite`,
    /// `FileManager` or a C library, which must never block one of Swift's cooperative threads.
    ///
    /// ```swift
    /// let disk = try BlockingBulkhead(name: "uploads-disk.threads", maxThreads: 4)
    /// let size = try await uploads.runBlocking(on: disk, timeout: .seconds(2)) {
    ///     try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
    /// }
    /// ```
    ///
    /// - Parameters:
    ///   - bulkhead: The threads to run it on.
    ///   - timeout: When the caller is answered at the latest; the thread then counts as stuck until the work returns.
    ///     `nil` waits for the work.
    ///   - work: The blocking work. An `Errno` it throws counts as ``Resilience/ErrorClassification/fileSystem`` says.
    /// - Returns: What `work` returned.
    /// - Throws: What `work` threw, a policy's or the bulkhead's refusal, or `TimeoutError`.
    @inlinable
    public func runBlocking<Result: Sendable>(
        on bulkhead: BlockingBulkhead,
        timeout: Duration? = nil,
        _ work: @escaping @Sendable () throws -> Result
    ) async throws -> Result {
        let classification = self.classification
        do {
            return try await self.integrationPoint.run {
                do {
                    return try await bulkhead.run(timeout: timeout, work)
                } catch {
                    throw FileSystemCalls.classified(error, by: classification)
                }
            }
        } catch let failure as ClassifiedFailure {
            throw failure.underlying
        }
    }
}

/// How an error travels through the pipeline: with its outcome, unwrapped after it.
@usableFromInline
enum FileSystemCalls {
    @usableFromInline
    static func classified(_ error: any Error, by classification: ErrorClassification) -> any Error {
        if error is CancellationError || ErrorFilter.rejections.matches(error) {
            // The bulkhead's refusal is counted as a refusal, by its own type.
            return error
        }
        if let error = error as? any ClassifiedError {
            // Kept whole (a `ClassifiedFailure` of the caller's too), so that it comes out as itself.
            return ClassifiedFailure(carrying: error)
        }
        return ClassifiedFailure(error, outcome: classification.outcome(for: error))
    }
}

#endif
