import Testing

/// Runs each test of a suite (or one test) inside ``exclusively(_:)``: for the tests that measure time on real
/// sockets or flood the cooperative pool, so that they never run beside one another.
///
/// ```swift
/// @Suite("Hummingbird deadline middleware", .serialized, .exclusive)
/// ```
///
/// A test under it must not call ``exclusively(_:)`` itself: the section is not reentrant.
public struct ExclusiveTrait: SuiteTrait, TestTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(
        for test: Test,
        testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void
    ) async throws {
        // A suite's own scope is entered once around its tests: only the test cases take the section.
        guard testCase != nil else {
            try await function()
            return
        }
        try await exclusively { try await function() }
    }
}

extension Trait where Self == ExclusiveTrait {
    /// Each test runs while no other exclusive test (or ``exclusively(_:)`` caller) runs.
    public static var exclusive: Self { ExclusiveTrait() }
}
