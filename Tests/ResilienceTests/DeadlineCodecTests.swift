import Resilience
import ResilienceTesting
import Testing

@Suite("Deadline headers")
struct DeadlineHeaderTests {
    @Test(
        arguments: [
            (Duration.milliseconds(1_500), "1500"),
            (.seconds(2.5), "2500"),
            (.nanoseconds(1_999_999), "1"),
            (.milliseconds(1), "1"),
            (.nanoseconds(999_999), nil),
            (.zero, nil),
            (.milliseconds(-5), nil),
        ] as [(Duration, String?)]
    )
    func millisecondsAreRoundedDownAndUnderOneAreNotSent(remaining: Duration, value: String?) {
        #expect(DeadlineHeader.envoyExpectedTimeout.value(forRemaining: remaining) == value)
        #expect(DeadlineHeader.milliseconds(name: "x-deadline-ms").value(forRemaining: remaining) == value)
    }

    @Test(
        arguments: [
            (Duration.milliseconds(1), "1000000n"),
            (.milliseconds(1_500), "1500000u"),
            (.seconds(100), "100000m"),
            (.nanoseconds(200_000_000_001), "200001m"),
            (.nanoseconds(1_000_001), "1000001n"),
            (.seconds(864_000), "864000S"),
            (.seconds(99_999_999 * 60 + 1), "1666667H"),
            (.nanoseconds(999_999), nil),
        ] as [(Duration, String?)]
    )
    func grpcTimeoutsUseTheFinestUnitThatFitsInEightDigitsRoundedUp(remaining: Duration, value: String?) {
        #expect(DeadlineHeader.grpcTimeout.value(forRemaining: remaining) == value)
    }

    @Test(
        arguments: [
            ("1500", Duration.milliseconds(1_500)),
            ("007", .milliseconds(7)),
            ("0", nil),
            ("-5", nil),
            ("+5", nil),
            (" 5", nil),
            ("5 ", nil),
            ("1.5", nil),
            ("", nil),
            ("abc", nil),
            ("99999999999999999999", nil),
        ] as [(String, Duration?)]
    )
    func millisecondValuesAreReadStrictly(value: String, remaining: Duration?) {
        #expect(DeadlineHeader.envoyExpectedTimeout.remaining(fromValue: value) == remaining)
    }

    @Test(
        arguments: [
            ("1500m", Duration.milliseconds(1_500)),
            ("1H", .seconds(3_600)),
            ("2M", .seconds(120)),
            ("3S", .seconds(3)),
            ("4u", .microseconds(4)),
            ("5n", .nanoseconds(5)),
            ("99999999S", .seconds(99_999_999)),
            ("0m", nil),
            ("123456789m", nil),
            ("m", nil),
            ("15", nil),
            ("1.5S", nil),
            ("-1S", nil),
            (" 1S", nil),
            ("1x", nil),
        ] as [(String, Duration?)]
    )
    func grpcValuesAreReadStrictly(value: String, remaining: Duration?) {
        #expect(DeadlineHeader.grpcTimeout.remaining(fromValue: value) == remaining)
    }

    @Test func aValueIsWrittenForWhatADeadlineHasLeftAndNotOnceItIsUnderAMillisecond() async {
        let clock = ManualClock()
        let deadline = Deadline.after(.milliseconds(1_500), clock: clock)
        #expect(DeadlineHeader.envoyExpectedTimeout.value(for: deadline) == "1500")
        #expect(DeadlineHeader.grpcTimeout.value(for: deadline) == "1500000u")
        await clock.advance(by: .microseconds(1_499_500))
        #expect(DeadlineHeader.envoyExpectedTimeout.value(for: deadline) == nil)
        #expect(!deadline.hasPassed)
    }

    @Test func theHeadersHaveTheirNames() {
        #expect(DeadlineHeader.envoyExpectedTimeout.name == "x-envoy-expected-rq-timeout-ms")
        #expect(DeadlineHeader.grpcTimeout.name == "grpc-timeout")
        #expect(DeadlineHeader.milliseconds(name: "x-budget").name == "x-budget")
    }

    @Test func theEarlierDeadlineWinsOnOneClockOrAcrossClocks() async {
        let clock = ManualClock()
        let soon = Deadline.after(.seconds(1), clock: clock)
        let later = Deadline.after(.seconds(2), clock: clock)
        #expect(soon.earlier(than: later).remaining == .seconds(1))
        #expect(later.earlier(than: soon).remaining == .seconds(1))
        #expect(later.earlier(than: nil).remaining == .seconds(2))
        let elsewhere = Deadline.after(.seconds(30), clock: ContinuousClock())
        #expect(soon.earlier(than: elsewhere).remaining == .seconds(1))
        #expect(elsewhere.earlier(than: soon).remaining == .seconds(1))
    }
}

@Suite("Inbound deadlines")
struct InboundDeadlineTests {
    @Test func aRequestWithoutTheHeaderHasNoDeadlineUnlessOneIsConfigured() {
        var inbound = InboundDeadline()
        #expect(inbound.budget(fromHeaderValue: nil) == nil)
        inbound.whenAbsent = .seconds(5)
        #expect(inbound.budget(fromHeaderValue: nil) == .seconds(5))
        #expect(inbound.budget(fromHeaderValue: "soon") == .seconds(5), "malformed counts as absent")
        #expect(inbound.budget(fromHeaderValue: "0") == .seconds(5), "zero counts as absent")
    }

    @Test func theMaximumCapsWhatACallerAsksForAndTheReserveIsKeptBack() {
        var inbound = InboundDeadline()
        inbound.maximum = .seconds(1)
        #expect(inbound.budget(fromHeaderValue: "1500") == .seconds(1))
        #expect(inbound.budget(fromHeaderValue: "500") == .milliseconds(500))
        inbound.reserve = .milliseconds(20)
        #expect(inbound.budget(fromHeaderValue: "500") == .milliseconds(480))
        #expect(inbound.budget(fromHeaderValue: "10") == .milliseconds(-10), "nothing left: answer 504")
    }

    @Test func grpcReadsGrpcTimeout() {
        #expect(InboundDeadline.grpc.header == .grpcTimeout)
        #expect(InboundDeadline.grpc.budget(fromHeaderValue: "2S") == .seconds(2))
        #expect(InboundDeadline().budget(fromHeaderValue: "2S") == nil)
    }
}

@Suite("Retry-After")
struct RetryAfterTests {
    static let now: Int64 = 784_111_777 - 10  // ten seconds before Sun, 06 Nov 1994 08:49:37 GMT

    @Test(
        arguments: [
            ("120", Duration.seconds(120)),
            ("0", .zero),
            (" 30\t", .seconds(30)),
            ("Sun, 06 Nov 1994 08:49:37 GMT", .seconds(10)),
            ("Sunday, 06-Nov-94 08:49:37 GMT", .seconds(10)),
            ("Sun Nov  6 08:49:37 1994", .seconds(10)),
            ("Sun, 06 Nov 1994 08:49:27 GMT", .zero),
            ("Sat, 05 Nov 1994 08:49:37 GMT", .zero),
            ("Thu, 29 Feb 2024 12:00:00 GMT", .seconds(1_709_208_000 - now)),
            ("-1", nil),
            ("1.5", nil),
            ("", nil),
            ("soon", nil),
            ("9999999999999", nil),
            ("Sun, 32 Nov 1994 08:49:37 GMT", nil),
            ("Wed, 29 Feb 2023 12:00:00 GMT", nil),
            ("Sun, 06 Foo 1994 08:49:37 GMT", nil),
            ("Sun, 06 Nov 1994 25:00:00 GMT", nil),
            ("Sun, 06 Nov 1994 08:49:37 UTC", nil),
            ("Sun, 06 Nov 1994 8:49:37 GMT", nil),
        ] as [(String, Duration?)]
    )
    func delaysAreReadFromSecondsAndFromEachFormOfHTTPDate(value: String, delay: Duration?) {
        #expect(RetryAfter.delay(fromHeaderValue: value, now: Self.now) == delay)
    }

    @Test(
        arguments: [
            (Duration.zero, "0"),
            (.seconds(-1), "0"),
            (.nanoseconds(1), "1"),
            (.milliseconds(1_500), "2"),
            (.seconds(2), "2"),
            // Beyond the 292 years a count of nanoseconds holds: still exact (the fuzzer's property).
            (.seconds(999_999_999_999), "999999999999"),
        ] as [(Duration, String)]
    )
    func headerValuesAreWholeSecondsRoundedUp(delay: Duration, value: String) {
        #expect(RetryAfter.headerValue(for: delay) == value)
    }

    @Test func theWallClockIsAfter2026() {
        #expect(RetryAfter.secondsSinceEpoch() > 1_767_225_600)
    }
}
