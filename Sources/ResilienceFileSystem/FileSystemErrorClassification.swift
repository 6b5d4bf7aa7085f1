// Built only with the package trait `FileSystem` (its dependencies are fetched only then).
#if FileSystem

import _NIOFileSystem
public import Resilience

extension ErrorClassification {
    /// How the disk's errors count, by the errno of the system call that failed (NIOFileSystem's `FileSystemError`
    /// reports it in its cause: its `code` can mislead, an `ENOSPC` on write arrives as `.unknown`).
    ///
    /// | errno | outcome |
    /// |---|---|
    /// | `ENOSPC` (no space), `EDQUOT` (quota), `EIO`, `EROFS` (read-only file system), `ENFILE`, `EMFILE` (no descriptors), `ESTALE`, `ETIMEDOUT`, `EFBIG` (over the file size limit) | failure |
    /// | `EACCES`, `EPERM`, `ENOENT`, `ENOTDIR`, `EISDIR`, `ENAMETOOLONG`, `ELOOP` | contract violation (`errno_EACCES`, …): the path or the rights are wrong, not the disk |
    /// | `EEXIST` | success (the file is there; the error reaches the caller) |
    /// | any other errno | failure |
    ///
    /// Without an errno, NIOFileSystem's code decides: `.notFound` and `.permissionDenied` are contract violations,
    /// `.fileAlreadyExists` a success, the others failures. A `TimeoutError` (a hung system call) is a failure;
    /// errors of your own, thrown by a closure, say nothing about the disk and are ignored.
    public static var fileSystem: ErrorClassification {
        ErrorClassification { error in FileSystemErrorRules.outcome(of: error) }
    }
}

/// The rules of ``Resilience/ErrorClassification/fileSystem``.
enum FileSystemErrorRules {
    static func outcome(of error: any Error) -> CallOutcome {
        if let errno = Self.errno(of: error) {
            return Self.outcome(of: errno)
        }
        switch error {
        case let error as FileSystemError:
            switch error.code {
            case .notFound: return .contractViolation(reason: "not_found")
            case .permissionDenied: return .contractViolation(reason: "permission_denied")
            case .fileAlreadyExists: return .success
            default: return .failure
            }
        case is TimeoutError:
            return .failure
        default:
            return .ignored
        }
    }

    /// The errno of the system call behind `error`: its own, its cause's, or its cause's cause's.
    static func errno(of error: any Error) -> Errno? {
        var current: (any Error)? = error
        for _ in 0..<8 {
            switch current {
            case let errno as Errno:
                return errno
            case let call as FileSystemError.SystemCallError:
                return call.errno
            case let error as FileSystemError:
                current = error.cause
            default:
                return nil
            }
        }
        return nil
    }

    static func outcome(of errno: Errno) -> CallOutcome {
        switch errno {
        case .noSpace, .diskQuotaExceeded, .ioError, .readOnlyFileSystem, .tooManyOpenFilesInSystem,
            .tooManyOpenFiles, .staleNFSFileHandle, .timedOut, .fileTooLarge:
            return .failure
        case .permissionDenied, .notPermitted, .noSuchFileOrDirectory, .notDirectory, .isDirectory,
            .fileNameTooLong, .tooManySymbolicLinkLevels:
            return .contractViolation(reason: "errno_\(Self.name(of: errno))")
        case .fileExists:
            return .success
        default:
            return .failure
        }
    }

    /// The symbolic name of a contract-violating errno, for a low-cardinality reason.
    static func name(of errno: Errno) -> String {
        switch errno {
        case .permissionDenied: "EACCES"
        case .notPermitted: "EPERM"
        case .noSuchFileOrDirectory: "ENOENT"
        case .notDirectory: "ENOTDIR"
        case .isDirectory: "EISDIR"
        case .fileNameTooLong: "ENAMETOOLONG"
        case .tooManySymbolicLinkLevels: "ELOOP"
        default: "\(errno.rawValue)"
        }
    }
}

#endif
