// Runs one guarded path N times, for `instruction-counts.sh` to count its instructions under valgrind's callgrind.
// Instruction counts do not depend on what else the machine is doing, unlike wall-clock time on this VM, so they give a
// stable same-build comparison of the guard's own cost. The paths are synchronous (the two-step API around no call):
// valgrind crashes on programs that hop between Swift concurrency's threads, and the guard's cost does not depend on
// the call it guards.

import Resilience

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@inline(never)
func consume(_ value: Int) {
    if value == -1 { print("unreachable") }
}

func makeBreaker(_ window: CircuitBreaker.SlidingWindow, detectsSlowCalls: Bool = true) -> CircuitBreaker {
    var configuration = CircuitBreaker.Configuration()
    configuration.slidingWindow = window
    configuration.detectsSlowCalls = detectsSlowCalls
    configuration.minimumNumberOfCalls = 100
    return try! CircuitBreaker(name: "count", configuration: configuration)
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let calls = Int(arguments[2]) else {
    print("usage: instruction-counts PATH CALLS")
    exit(1)
}

switch arguments[1] {
case "empty-loop":
    for index in 0..<calls { consume(index) }
case "breaker-closed-count-window":
    let breaker = makeBreaker(.countBased(size: 100))
    for index in 0..<calls {
        guard case .success(let permit) = breaker.acquirePermission() else { fatalError("rejected") }
        consume(index)
        breaker.record(permit, outcome: .success)
    }
case "breaker-closed-time-window":
    let breaker = makeBreaker(.timeBased(duration: .seconds(60)))
    for index in 0..<calls {
        guard case .success(let permit) = breaker.acquirePermission() else { fatalError("rejected") }
        consume(index)
        breaker.record(permit, outcome: .success)
    }
case "breaker-closed-count-window-untimed":
    let breaker = makeBreaker(.countBased(size: 100), detectsSlowCalls: false)
    for index in 0..<calls {
        guard case .success(let permit) = breaker.acquirePermission() else { fatalError("rejected") }
        consume(index)
        breaker.record(permit, outcome: .success)
    }
case "breaker-closed-time-window-untimed":
    let breaker = makeBreaker(.timeBased(duration: .seconds(60)), detectsSlowCalls: false)
    for index in 0..<calls {
        guard case .success(let permit) = breaker.acquirePermission() else { fatalError("rejected") }
        consume(index)
        breaker.record(permit, outcome: .success)
    }
case "breaker-open-rejection-non-throwing":
    let breaker = makeBreaker(.countBased(size: 100))
    breaker.transition(to: .open)
    for index in 0..<calls {
        if case .failure(let rejection) = breaker.acquirePermission(), rejection.retryAfter != nil { consume(index) }
    }
case "breaker-open-rejection-throwing":
    // As `run` rejects: the error is thrown untyped, boxed as `any Error`.
    let breaker = makeBreaker(.countBased(size: 100))
    breaker.transition(to: .open)
    func acquire() throws -> CircuitBreaker.Permit { try breaker.acquirePermission().get() }
    for index in 0..<calls {
        do {
            breaker.record(try acquire(), outcome: .success)
        } catch {
            consume(index)
        }
    }
default:
    print("unknown path \(arguments[1])")
    exit(1)
}
