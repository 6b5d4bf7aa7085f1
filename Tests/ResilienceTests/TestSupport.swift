import Synchronization
import Testing

@testable import Resilience

/// The tests that flood the cooperative thread pool (thousands of tasks) and the tests that measure real time.
///
/// They run one after another: on a 2-core machine, and ten times slower under ThreadSanitizer, a test that measures how
/// promptly a timeout answers would otherwise measure how long the other tests kept both threads busy.
@Suite(.serialized, .timeLimit(.minutes(2)))
enum LoadSensitiveTests {}

/// An error for tests to throw.
struct DependencyError: Error, Equatable {}

/// Reads the events of a breaker one by one, for a single test task.
final class EventRecorder {
    private var iterator: AsyncStream<CircuitBreaker.Event>.AsyncIterator

    init(_ breaker: CircuitBreaker, bufferingNewest limit: Int = 1024) {
        self.iterator = breaker.events(bufferingNewest: limit).makeAsyncIterator()
    }

    /// The next transition, skipping other events.
    func nextTransition() async -> CircuitBreaker.StateTransition? {
        while let event = await self.next() {
            if case .stateTransition(let transition) = event { return transition }
        }
        return nil
    }

    /// The next event.
    func next() async -> CircuitBreaker.Event? {
        await self.iterator.next()
    }
}

/// A counter shared between tasks.
final class Counter: Sendable {
    private let value = Atomic<Int>(0)

    /// Adds one and returns the new value.
    @discardableResult
    func increment() -> Int {
        self.value.add(1, ordering: .relaxed).newValue
    }

    var current: Int { self.value.load(ordering: .relaxed) }
}

extension AsyncStream where Element == AbandonedWork.Event {
    /// Suspends until the next abandoned operation has finished.
    func nextFinished() async {
        for await event in self {
            if case .finished = event { return }
        }
    }
}
