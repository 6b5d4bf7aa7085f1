import Foundation

/// Runs blocking work on one of Dispatch's threads, off Swift's cooperative pool: on 2 cores, a test blocked in a read
/// on a cooperative thread would starve the tests that need one (a timeout answering its caller while the operation
/// hogs the other thread).
public func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result(catching: body)) }
    }
}
