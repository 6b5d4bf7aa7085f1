// Built only with the package trait `FileSystem` (its dependencies are fetched only then).
#if FileSystem

import Resilience
import Testing
import _NIOFileSystem

@testable import ResilienceFileSystem

@Suite("The disk's errors classified")
struct FileSystemClassificationTests {
    @Test(arguments: [
        (Errno.noSpace, CallOutcome.failure),
        (.diskQuotaExceeded, .failure),
        (.ioError, .failure),
        (.readOnlyFileSystem, .failure),
        (.tooManyOpenFilesInSystem, .failure),
        (.tooManyOpenFiles, .failure),
        (.staleNFSFileHandle, .failure),
        (.timedOut, .failure),
        (.permissionDenied, .contractViolation(reason: "errno_EACCES")),
        (.notPermitted, .contractViolation(reason: "errno_EPERM")),
        (.noSuchFileOrDirectory, .contractViolation(reason: "errno_ENOENT")),
        (.notDirectory, .contractViolation(reason: "errno_ENOTDIR")),
        (.isDirectory, .contractViolation(reason: "errno_EISDIR")),
        (.fileExists, .success),
    ])
    func byErrno(errno: Errno, outcome: CallOutcome) {
        #expect(ErrorClassification.fileSystem.outcome(for: errno) == outcome)
        // As NIOFileSystem reports it: the errno in the cause, the code misleading (ENOSPC arrives as `.unknown`).
        let reported = FileSystemError(
            code: .unknown,
            message: "write failed",
            cause: FileSystemError.SystemCallError(systemCall: "write", errno: errno),
            location: .init(function: #function, file: #fileID, line: #line)
        )
        #expect(ErrorClassification.fileSystem.outcome(for: reported) == outcome)
    }

    @Test func withoutAnErrnoTheCodeDecides() {
        func error(_ code: FileSystemError.Code) -> FileSystemError {
            FileSystemError(code: code, message: "", cause: nil, location: .init(function: "", file: "", line: 0))
        }
        #expect(
            ErrorClassification.fileSystem.outcome(for: error(.notFound)) == .contractViolation(reason: "not_found")
        )
        #expect(ErrorClassification.fileSystem.outcome(for: error(.fileAlreadyExists)) == .success)
        #expect(ErrorClassification.fileSystem.outcome(for: error(.io)) == .failure)
        #expect(
            ErrorClassification.fileSystem.outcome(for: TimeoutError(name: "t", timeout: .zero, lateness: .zero))
                == .failure
        )
        struct OwnError: Error {}
        #expect(ErrorClassification.fileSystem.outcome(for: OwnError()) == .ignored)
        #expect(ErrorClassification.fileSystem.outcome(for: CancellationError()) == .ignored)
    }
}

#endif
