import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command that did not start or did not succeed, with its output.
public struct CommandFailure: Error, CustomStringConvertible {
    public var description: String
}

/// Runs `command` (the executable's path first) to its end with `posix_spawn` and `waitpid` (Foundation's `Process` does
/// not reap a child whose own child lives on, as `pg_ctl start`'s server does); its output goes to a file, read when
/// it failed.
///
/// The command starts with no descriptor of this process but its standard ones: a server it leaves running (`pg_ctl
/// start`'s) must not hold this process's pipes open, or whoever reads them (`swift test`, the benchmark plugin) waits
/// for the server to end.
public func runCommand(_ command: [String]) throws(CommandFailure) {
    let closingDescriptors =
        "for fd in $(ls /proc/$$/fd); do [ \"$fd\" -gt 2 ] && eval \"exec $fd>&-\"; done; exec \"$@\""
    let argv = ["/bin/bash", "-c", closingDescriptors, "bash"] + command
    let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("pg-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    var cArguments = argv.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
    guard spawned == 0 else { throw CommandFailure(description: "\(command[0]) could not start: errno \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    guard status == 0 else {
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        throw CommandFailure(description: "\(command.joined(separator: " ")) failed (\(status)): \(text)")
    }
}
