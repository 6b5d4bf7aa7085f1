// Built only with the package trait `AsyncHTTPClient` (its dependencies are fetched only then).
#if AsyncHTTPClient

import AsyncHTTPClient
import NIOCore
import Resilience

/// The body of a response that ``ResilientHTTPClient/execute(_:timeout:retry:logger:)`` returned at its head: each read
/// is bounded by the attempt's deadline (`TimeoutError` then, and AsyncHTTPClient's read is cancelled, which closes the
/// connection), and the first error is recorded against the host, late.
struct GuardedResponseBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    let body: HTTPClientResponse.Body
    let deadline: NIODeadline
    let timeoutName: String
    let budget: Duration
    let recordLate: @Sendable (any Error) -> Void

    func makeAsyncIterator() -> Iterator {
        Iterator(
            reader: Reader(iterator: self.body.makeAsyncIterator()),
            attempt: Attempt(deadline: self.deadline, budget: self.budget, timeoutName: self.timeoutName),
            recordLate: self.recordLate
        )
    }

    struct Iterator: AsyncIteratorProtocol {
        /// `nil` once the body ended or failed.
        var reader: Reader?
        let attempt: Attempt
        let recordLate: @Sendable (any Error) -> Void

        mutating func next() async throws -> ByteBuffer? {
            guard let reader = self.reader else { return nil }
            do {
                let chunk = try await self.attempt.withinBudget { try await reader.next() }
                if chunk == nil {
                    self.reader = nil
                }
                return chunk
            } catch {
                self.reader = nil
                self.recordLate(error)
                throw error
            }
        }
    }

    /// AsyncHTTPClient's iterator, read in the task that races the deadline. An async iterator is used by one task at
    /// a time: the next read starts after the previous one returned, and none after one failed.
    final class Reader: @unchecked Sendable {
        private var iterator: HTTPClientResponse.Body.AsyncIterator

        init(iterator: HTTPClientResponse.Body.AsyncIterator) {
            self.iterator = iterator
        }

        func next() async throws -> ByteBuffer? {
            try await self.iterator.next()
        }
    }
}

#endif
