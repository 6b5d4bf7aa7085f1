import Resilience
import ResilienceConfiguration

// libFuzzer calls `LLVMFuzzerTestOneInput` with each input it makes; the first byte chooses what reads the rest:
//
// 0. the configuration parser, YAML, applied to configured integration points;
// 1. the same, JSON;
// 2. `DeadlineHeader.envoyExpectedTimeout` and `.milliseconds(name:)`;
// 3. `DeadlineHeader.grpcTimeout`;
// 4. `RetryAfter`;
// 5. `InboundDeadline` with a maximum and a reserve.
//
// Whatever the input, nothing may crash, a document may only be refused with a `ConfigurationDocumentError` (the
// typed `throws` says so) that changes nothing, and a header may only read as a valid value or as `nil`. A broken
// property stops the run with `fatalError`, which libFuzzer reports with the input that broke it.

/// The points every document is applied to, with the base document applied.
private let registry = ResilienceRegistry()
private let configured = ConfiguredIntegrationPoints(registry: registry)
private let baseDocument = """
    configs:
      default:
        circuitBreaker: { slidingWindow: { type: count, size: 20 }, minimumNumberOfCalls: 10 }
        timeout: 2s
    instances:
      payments: { retry: { maxAttempts: 3 } }
      inventory: { bulkhead: { maxConcurrentCalls: 8 } }
    """

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: start + 1, count: count - 1), as: UTF8.self)
    switch start[0] % 6 {
    case 0: fuzzDocument { () throws(ConfigurationDocumentError) in try ResilienceDocument(yaml: text) }
    case 1: fuzzDocument { () throws(ConfigurationDocumentError) in try ResilienceDocument(json: text) }
    case 2:
        fuzzMilliseconds(.envoyExpectedTimeout, text)
        fuzzMilliseconds(.milliseconds(name: "x-request-budget-ms"), text)
    case 3: fuzzGRPCTimeout(text)
    case 4: fuzzRetryAfter(text)
    default: fuzzInboundDeadline(text)
    }
    return 0
}

/// A document either applies, and then the points are exactly its instances, or is refused and nothing changed.
private func fuzzDocument(_ read: () throws(ConfigurationDocumentError) -> ResilienceDocument) {
    apply(baseDocument)
    let before = configured.names
    do {
        let document = try read()
        do {
            try configured.apply(document)
            check(configured.names == document.instances.keys.sorted(), "the points are the document's instances")
        } catch {
            check(!error.problems.isEmpty, "a refusal names its problems")
            check(configured.names == before, "a refused document changes nothing")
        }
    } catch {
        check(!error.problems.isEmpty, "a refusal names its problems")
    }
}

/// Whole milliseconds: a positive budget or `nil`; written back, never more than was read.
private func fuzzMilliseconds(_ header: DeadlineHeader, _ text: String) {
    guard let remaining = header.remaining(fromValue: text) else { return }
    check(remaining > .zero, "a budget is positive")
    guard let value = header.value(forRemaining: remaining) else {
        return check(false, "a budget of a millisecond or more is written")
    }
    guard let again = header.remaining(fromValue: value) else { return check(false, "what is written reads back") }
    check(again <= remaining, "written back, never more time than was read")
    if remaining <= .seconds(9_000_000_000) {
        check(again == remaining, "read back exactly below the 292-year saturation")
    }
}

/// `grpc-timeout`: a positive budget or `nil`; written back, at least what was read, within one unit.
private func fuzzGRPCTimeout(_ text: String) {
    guard let remaining = DeadlineHeader.grpcTimeout.remaining(fromValue: text) else { return }
    check(remaining > .zero, "a budget is positive")
    guard remaining >= .milliseconds(1), remaining <= .seconds(9_000_000_000) else { return }
    guard let value = DeadlineHeader.grpcTimeout.value(forRemaining: remaining),
        let again = DeadlineHeader.grpcTimeout.remaining(fromValue: value)
    else { return check(false, "a budget of a millisecond or more is written and reads back") }
    check(again >= remaining && again - remaining <= .seconds(3_600), "rounded up by less than its unit")
}

/// `Retry-After`: a delay of zero or more, or `nil`.
private func fuzzRetryAfter(_ text: String) {
    guard let delay = RetryAfter.delay(fromHeaderValue: text, now: 1_700_000_000) else { return }
    check(delay >= .zero, "a delay is never negative")
    let value = RetryAfter.headerValue(for: delay)
    guard let again = RetryAfter.delay(fromHeaderValue: value, now: 1_700_000_000) else {
        return check(false, "what is written reads back")
    }
    check(again >= delay, "written back, at least the delay read")
}

/// An inbound budget is capped at the maximum and less the reserve.
private func fuzzInboundDeadline(_ text: String) {
    var inbound = InboundDeadline()
    inbound.maximum = .seconds(30)
    inbound.reserve = .milliseconds(5)
    guard let budget = inbound.budget(fromHeaderValue: text) else {
        return check(DeadlineHeader.envoyExpectedTimeout.remaining(fromValue: text) == nil, "a budget read is used")
    }
    check(budget <= .seconds(30) - .milliseconds(5), "capped at the maximum, less the reserve")
}

private func apply(_ document: String) {
    do {
        try configured.apply(ResilienceDocument(yaml: document))
    } catch {
        fatalError("the base document is valid: \(error)")
    }
}

private func check(_ condition: Bool, _ property: @autoclosure () -> String) {
    if !condition { fatalError("broken: \(property())") }
}
