import Resilience
import Testing

@Suite("Circuit breaker configuration")
struct ConfigurationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var field: String
        var value: String
        var rule: String
        var adjust: @Sendable (inout CircuitBreaker.Configuration) -> Void
        var testDescription: String { "\(self.field) = \(self.value)" }
    }

    static let invalid: [Case] = [
        Case(field: "slidingWindow", value: "countBased(size: 0)", rule: "size must be at least 1") {
            $0.slidingWindow = .countBased(size: 0)
        },
        Case(field: "slidingWindow", value: "countBased(size: -5)", rule: "size must be at least 1") {
            $0.slidingWindow = .countBased(size: -5)
        },
        Case(field: "slidingWindow", value: "countBased(size: 1000001)", rule: "size must be at most 1000000") {
            $0.slidingWindow = .countBased(size: 1_000_001)
        },
        Case(
            field: "slidingWindow",
            value: "timeBased(duration: 3600.0 seconds, bucketDuration: 0.001 seconds)",
            rule: "duration / bucketDuration must be at most 100000 buckets"
        ) { $0.slidingWindow = .timeBased(duration: .seconds(3_600), bucketDuration: .milliseconds(1)) },
        Case(
            field: "slidingWindow",
            value: "timeBased(duration: 0.5 seconds, bucketDuration: 1.0 seconds)",
            rule: "duration must be at least one bucketDuration"
        ) { $0.slidingWindow = .timeBased(duration: .milliseconds(500)) },
        Case(
            field: "slidingWindow",
            value: "timeBased(duration: 10.0 seconds, bucketDuration: 0.0 seconds)",
            rule: "bucketDuration must be greater than zero"
        ) { $0.slidingWindow = .timeBased(duration: .seconds(10), bucketDuration: .zero) },
        Case(
            field: "slidingWindow",
            value: "timeBased(duration: 10.0 seconds, bucketDuration: 3.0 seconds)",
            rule: "duration must be a whole multiple of bucketDuration"
        ) { $0.slidingWindow = .timeBased(duration: .seconds(10), bucketDuration: .seconds(3)) },
        Case(field: "failureRateThreshold", value: "0.0", rule: "must be greater than 0 and at most 1") {
            $0.failureRateThreshold = 0
        },
        Case(field: "failureRateThreshold", value: "1.5", rule: "must be greater than 0 and at most 1") {
            $0.failureRateThreshold = 1.5
        },
        Case(field: "failureRateThreshold", value: "nan", rule: "must be greater than 0 and at most 1") {
            $0.failureRateThreshold = .nan
        },
        Case(field: "slowCallRateThreshold", value: "-0.1", rule: "must be greater than 0 and at most 1") {
            $0.slowCallRateThreshold = -0.1
        },
        Case(field: "slowCallDurationThreshold", value: "0.0 seconds", rule: "must be greater than zero") {
            $0.slowCallDurationThreshold = .zero
        },
        Case(field: "minimumNumberOfCalls", value: "0", rule: "must be at least 1") { $0.minimumNumberOfCalls = 0 },
        Case(field: "consecutiveFailureThreshold", value: "0", rule: "must be at least 1 or nil") {
            $0.consecutiveFailureThreshold = 0
        },
        Case(field: "permittedCallsInHalfOpenState", value: "0", rule: "must be at least 1") {
            $0.permittedCallsInHalfOpenState = 0
        },
        Case(field: "waitDurationInOpenState", value: "-1.0 seconds", rule: "must not be negative") {
            $0.waitDurationInOpenState = .seconds(-1)
        },
        Case(field: "maxWaitDurationInHalfOpenState", value: "0.0 seconds", rule: "must be greater than zero or nil") {
            $0.maxWaitDurationInHalfOpenState = .zero
        },
        Case(field: "waitDurationInOpenStateBackoff.multiplier", value: "0.5", rule: "must be finite and at least 1") {
            $0.waitDurationInOpenStateBackoff = .exponential(multiplier: 0.5, maximum: .seconds(600))
        },
        Case(
            field: "waitDurationInOpenStateBackoff.multiplier",
            value: "inf",
            rule: "must be finite and at least 1"
        ) { $0.waitDurationInOpenStateBackoff = .exponential(multiplier: .infinity, maximum: .seconds(600)) },
        Case(
            field: "waitDurationInOpenStateBackoff.maximum",
            value: "30.0 seconds",
            rule: "must not be shorter than waitDurationInOpenState (60.0 seconds)"
        ) { $0.waitDurationInOpenStateBackoff = .exponential(maximum: .seconds(30)) },
    ]

    @Test(arguments: Self.invalid)
    func anInvalidFieldThrowsAnErrorNamingTheFieldTheValueAndTheRule(_ invalid: Case) {
        var configuration = CircuitBreaker.Configuration()
        invalid.adjust(&configuration)
        let error = #expect(throws: ConfigurationError.self) {
            try CircuitBreaker(name: "payments", configuration: configuration)
        }
        #expect(error?.policy == "circuit breaker \"payments\"")
        #expect(error?.field == invalid.field)
        #expect(error?.value == invalid.value)
        #expect(error?.rule == invalid.rule)
        #expect(
            error?.description
                == "circuit breaker \"payments\": \(invalid.field) is \(invalid.value), but \(invalid.rule)"
        )
    }

    @Test func anEmptyNameIsRejected() {
        let error = #expect(throws: ConfigurationError.self) { try CircuitBreaker(name: "") }
        #expect(error?.field == "name")
    }

    @Test func theDefaultsAreResilience4jsAndValid() throws {
        let configuration = CircuitBreaker.Configuration()
        #expect(configuration.slidingWindow == .countBased(size: 100))
        #expect(configuration.failureRateThreshold == 0.5)
        #expect(configuration.slowCallRateThreshold == 1.0)
        #expect(configuration.slowCallDurationThreshold == .seconds(60))
        #expect(configuration.minimumNumberOfCalls == 100)
        #expect(configuration.consecutiveFailureThreshold == nil)
        #expect(configuration.permittedCallsInHalfOpenState == 10)
        #expect(configuration.waitDurationInOpenState == .seconds(60))
        #expect(configuration.waitDurationInOpenStateBackoff == nil)
        #expect(configuration.maxWaitDurationInHalfOpenState == nil)
        #expect(configuration.automaticTransitionFromOpenToHalfOpen == false)
        #expect(configuration.recordError(DependencyError()))
        #expect(!configuration.recordError(CancellationError()))
        _ = try CircuitBreaker(name: "defaults", configuration: configuration)
    }

    @Test func boundaryValuesAreAccepted() throws {
        var configuration = CircuitBreaker.Configuration()
        configuration.failureRateThreshold = 1
        configuration.slowCallRateThreshold = 1
        configuration.waitDurationInOpenState = .zero
        configuration.slidingWindow = .timeBased(duration: .seconds(1), bucketDuration: .seconds(1))
        configuration.minimumNumberOfCalls = 1
        configuration.permittedCallsInHalfOpenState = 1
        configuration.consecutiveFailureThreshold = 1
        configuration.waitDurationInOpenStateBackoff = .exponential(multiplier: 1, maximum: .zero)
        _ = try CircuitBreaker(name: "edges", configuration: configuration)
        configuration.slidingWindow = .countBased(size: CircuitBreaker.SlidingWindow.maximumSize)
        configuration.permittedCallsInHalfOpenState = .max
        configuration.minimumNumberOfCalls = .max
        configuration.waitDurationInOpenState = .seconds(Int64.max)
        configuration.maxWaitDurationInHalfOpenState = .seconds(Int64.max)
        configuration.waitDurationInOpenStateBackoff = .exponential(multiplier: 1e300, maximum: .seconds(Int64.max))
        let extreme = try CircuitBreaker(name: "extremes", configuration: configuration)
        extreme.transition(to: .open)
        extreme.transition(to: .halfOpen)
        #expect(extreme.state == .halfOpen)
    }
}
