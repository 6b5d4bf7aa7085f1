import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real disk that fills up: a tmpfs of `size` bytes mounted in a temporary folder when this process may mount one
/// (root with `CAP_SYS_ADMIN`, as CI's containers and this project's machines are), else `/dev/full` (every write
/// fails with `ENOSPC`; space cannot be freed), else nothing, with the reasons.
public final class SmallDisk: Sendable {
    /// What the test writes to.
    public enum Kind: Sendable, Equatable, CustomStringConvertible {
        /// A tmpfs mounted at `path`: fills up, frees space, can be remounted read-only.
        case tmpfs(path: String, size: Int)
        /// `/dev/full`: every write fails with `ENOSPC`.
        case devFull

        public var description: String {
            switch self {
            case .tmpfs(let path, let size): "a tmpfs of \(size) bytes mounted at \(path)"
            case .devFull: "/dev/full (no tmpfs could be mounted)"
            }
        }
    }

    public let kind: Kind

    private init(kind: Kind) {
        self.kind = kind
    }

    /// Mounts a tmpfs of `size` bytes, or falls back to `/dev/full`; throws, with every reason, when neither exists.
    public static func make(size: Int) throws -> SmallDisk {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("resilience-disk-\(UUID().uuidString.prefix(8))").path
        var reasons: [String] = []
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try runCommand(["/bin/mount", "-t", "tmpfs", "-o", "size=\(size)", "tmpfs", path])
            return SmallDisk(kind: .tmpfs(path: path, size: size))
        } catch {
            reasons.append("tmpfs: \(error)")
            try? FileManager.default.removeItem(atPath: path)
        }
        if access("/dev/full", W_OK) == 0 {
            return SmallDisk(kind: .devFull)
        }
        reasons.append("/dev/full: not writable")
        throw CommandFailure(description: "no small disk: " + reasons.joined(separator: "; "))
    }

    /// Makes the tmpfs read-only (`true`) or writable again.
    public func setReadOnly(_ readOnly: Bool) throws {
        guard case .tmpfs(let path, _) = self.kind else {
            throw CommandFailure(description: "/dev/full cannot be remounted")
        }
        try runCommand(["/bin/mount", "-o", readOnly ? "remount,ro" : "remount,rw", path])
    }

    /// Unmounts the tmpfs and removes its folder.
    public func remove() {
        guard case .tmpfs(let path, _) = self.kind else { return }
        try? runCommand(["/bin/umount", path])
        try? FileManager.default.removeItem(atPath: path)
    }
}
