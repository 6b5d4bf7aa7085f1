// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import Testing

@testable import ResiliencePostgres

@Suite("statement_timeout under a deadline")
struct StatementTimeoutRuleTests {
    typealias Rule = StatementTimeoutRule

    @Test func withoutADeadlineTheServersDefaultIsKeptOrRestored() {
        #expect(Rule.action(current: .serverDefault, remainingNanoseconds: nil) == .keep)
        #expect(Rule.action(current: .milliseconds(500), remainingNanoseconds: nil) == .reset)
        #expect(Rule.action(current: .unknown, remainingNanoseconds: nil) == .reset)
    }

    @Test func aDeadlineSetsWhatIsLeftRoundedUpAndATenthMore() {
        // 300.2 ms left: 301 ms needed, 331 set.
        #expect(Rule.action(current: .serverDefault, remainingNanoseconds: 300_200_000) == .set(milliseconds: 331))
        #expect(Rule.action(current: .unknown, remainingNanoseconds: 1_000_000) == .set(milliseconds: 1))
        #expect(Rule.action(current: .serverDefault, remainingNanoseconds: 1) == .set(milliseconds: 1))
    }

    @Test func aValueNoShorterAndAtMostAQuarterLongerIsKept() {
        // 5 s left: 5,000 to 6,250 ms fit.
        let fiveSeconds: Int64 = 5_000_000_000
        #expect(Rule.action(current: .milliseconds(5_000), remainingNanoseconds: fiveSeconds) == .keep)
        #expect(Rule.action(current: .milliseconds(6_250), remainingNanoseconds: fiveSeconds) == .keep)
        #expect(
            Rule.action(current: .milliseconds(6_251), remainingNanoseconds: fiveSeconds) == .set(milliseconds: 5_500)
        )
        // Shorter than what is left would stop the statement before the caller's deadline.
        #expect(
            Rule.action(current: .milliseconds(4_999), remainingNanoseconds: fiveSeconds) == .set(milliseconds: 5_500)
        )
        // The next calls of a pipeline with a 5 s timeout find the value set by the first fitting.
        #expect(Rule.action(current: .milliseconds(5_500), remainingNanoseconds: 4_990_000_000) == .keep)
        #expect(Rule.action(current: .milliseconds(5_500), remainingNanoseconds: fiveSeconds) == .keep)
    }

    @Test func postgresLargestValueBoundsIt() {
        #expect(
            Rule.action(current: .serverDefault, remainingNanoseconds: .max)
                == .set(milliseconds: Rule.largestMilliseconds)
        )
    }
}

#endif
