import Foundation
import Logging

/// `resilience-reliability matrix [--only NAME] [--json PATH]` runs the fault matrix;
/// `resilience-reliability soak [--seconds N] [--csv PATH] [--json PATH] [--memory-check off] [--faults off]
/// [--dependencies catalog,orders,…] [--postgres raw]` runs the soak (see `Soak.Options`). Each exits 1 when a
/// property broke.
@main
enum ReliabilityCommand {
    static func main() async {
        // Warnings and errors only: every breaker's transitions would drown the results.
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .warning
            return handler
        }
        var arguments = Array(CommandLine.arguments.dropFirst())
        guard let command = arguments.first else { usage() }
        arguments.removeFirst()
        var options: [String: String] = [:]
        while let key = arguments.first, key.hasPrefix("--"), arguments.count >= 2 {
            options[String(key.dropFirst(2))] = arguments[1]
            arguments.removeFirst(2)
        }
        guard arguments.isEmpty else { usage() }
        do {
            let passed: Bool
            switch command {
            case "matrix":
                passed = try await Matrix.run(only: options["only"], jsonPath: options["json"])
            case "soak":
                guard let seconds = Int(options["seconds"] ?? "60"), seconds >= 10, seconds <= 7 * 86_400 else {
                    print("--seconds: a whole number from 10 to 604800")
                    exit(2)
                }
                var soak = Soak.Options()
                soak.checkMemory = options["memory-check"] != "off"
                soak.faults = options["faults"] != "off"
                soak.dependencies = options["dependencies"].map { $0.split(separator: ",").map(String.init) }
                soak.rawPostgres = options["postgres"] == "raw"
                passed = try await Soak.run(
                    duration: .seconds(seconds),
                    csvPath: options["csv"],
                    jsonPath: options["json"],
                    options: soak
                )
            default:
                usage()
            }
            // Every stream flushed before `exit`: LeakSanitizer's report at exit ends the process without flushing standard output.
            fflush(nil)
            exit(passed ? 0 : 1)
        } catch {
            print("error: \(error)")
            fflush(nil)
            exit(1)
        }
    }

    static func usage() -> Never {
        print(
            """
            usage: resilience-reliability matrix [--only NAME] [--json PATH]
                   resilience-reliability soak [--seconds 60] [--csv PATH] [--json PATH] [--memory-check off]
                                               [--faults off] [--dependencies catalog,payments,orders,in-process]
                                               [--postgres raw]
            """
        )
        exit(2)
    }
}
