// Runs every shape of Shapes.swift twice: with inputs that succeed (the sum must come back) and with one that fails
// (the failure must reach the caller, or a fallback's 0 take its place). Exits 1 on the first wrong answer.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let succeeding = [1, 2, 3, 4]
let failing = [1, -2, 3]
var wrong: [String] = []

let clock = ContinuousClock()
for shape in shapes {
    let started = clock.now
    defer {
        // Every shape answers at once: no operation sleeps, and no policy waits in these shapes.
        if clock.now - started > .seconds(5) {
            wrong.append("\(shape.name): took \(clock.now - started)")
        }
    }
    let sum = try await shape.body(succeeding)
    if sum != succeeding.reduce(0, +) {
        wrong.append("\(shape.name): \(sum) for \(succeeding)")
    }
    let expected: String
    switch shape.errors {
    case .propagate: expected = "Failure"
    case .absorb: expected = "\(failing.filter { $0 >= 0 }.reduce(0, +))"
    case .none: expected = "\(failing.reduce(0, +))"
    }
    let answer: String
    do {
        answer = "\(try await shape.body(failing))"
    } catch is Failure {
        answer = "Failure"
    } catch {
        answer = "\(error)"
    }
    if answer != expected {
        wrong.append("\(shape.name): \(answer) for \(failing), expected \(expected)")
    }
}

try await runServices()
try await runOutcomes()
try await runTestDoubles()
try await runChaos()
try await runHTTPClient()
try await runPostgres()
try await runFileSystem()
try await runWatchdog()
try await runCatalogExample()

if wrong.isEmpty {
    print("release build check: \(shapes.count) shapes, every answer right")
} else {
    print("release build check: \(wrong.count) wrong answers:")
    for line in wrong { print("  \(line)") }
    await PostgresCheck.shared.stop()
    exit(1)
}
