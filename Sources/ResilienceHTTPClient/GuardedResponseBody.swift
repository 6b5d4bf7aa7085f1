// Built only with the package trait `AsyncHTTPClient` (its dependencies are fetched only then).
#if AsyncHTTPClient

import AsyncHTTPClient
import NIOCore
import Resilience

/// The bounds of one attempt, and how its response body is read within them.
///
/// AsyncHTTPClient's `deadline:` ends when `execute` returns at the head; after that only the client's read timeout
/// bounds a body. Each read here is bounded by the attempt's deadline: checked before it starts, and, unless the
/// client's read timeout would fire before the deadline, raced against it in a task of its own (the read is then
/// cancelled, which closes the connection).
@usableFromInline
struct Attempt: Sendable {
    /// When the attempt's budget runs out.
    var deadline: NIODeadline
    /// The budget the caller asked for, for `TimeoutError`.
    var budget: Duration
    /// The point's name and key, which name a `TimeoutError`: `<point> <key>`.
    var pointName: String
    var key: String
    /// The wrapped client's read timeout in nanoseconds, if the caller declared one.
    var clientReadTimeout: Int64?

    /// The name in `TimeoutError`, made when there is one.
    var timeoutName: String { "\(self.pointName) \(self.key)" }

    func timeoutError() -> TimeoutError {
        let late = max(0, (NIODeadline.now() - self.deadline).nanoseconds)
        return TimeoutError(name: self.timeoutName, timeout: self.budget, lateness: .nanoseconds(late))
    }

    /// The next chunk of `reader`, within the deadline.
    func read(_ reader: BodyReader) async throws -> ByteBuffer? {
        let remaining = (self.deadline - NIODeadline.now()).nanoseconds
        guard remaining > 0 else { throw self.timeoutError() }
        if let readTimeout = self.clientReadTimeout, readTimeout < remaining {
            // If this read stalls, the client's read timeout ends it before the deadline.
            return try await reader.next()
        }
        let name = self.timeoutName
        do {
            return try await withTimeout(.nanoseconds(remaining), name: name) { try await reader.next() }
        } catch let timeout as TimeoutError where timeout.name == name {
            throw self.timeoutError()
        }
    }

    /// `response`'s whole body, at most `maxBytes`, within the deadline.
    ///
    /// - Throws: `NIOTooManyBytesError` for a longer body, `TimeoutError` at the deadline, or the read's error.
    func collect(_ response: HTTPClientResponse, upTo maxBytes: Int) async throws -> ByteBuffer {
        if let length = response.headers.first(name: "content-length").flatMap({ Int($0) }), length > maxBytes {
            throw NIOTooManyBytesError(maxBytes: maxBytes)
        }
        let reader = BodyReader(iterator: response.body.makeAsyncIterator())
        // The first chunk is kept as it is (most bodies are one); an empty buffer would allocate.
        var collected: ByteBuffer?
        while var chunk = try await self.read(reader) {
            guard (collected?.readableBytes ?? 0) + chunk.readableBytes <= maxBytes else {
                throw NIOTooManyBytesError(maxBytes: maxBytes)
            }
            if collected == nil {
                collected = chunk
            } else {
                collected!.writeBuffer(&chunk)
            }
        }
        return collected ?? ByteBuffer()
    }
}

/// AsyncHTTPClient's body iterator, shared with the task that races a read against the deadline. An async iterator is
/// used by one task at a time: the next read starts after the previous one returned, and none after one failed.
final class BodyReader: @unchecked Sendable {
    private var iterator: HTTPClientResponse.Body.AsyncIterator

    init(iterator: HTTPClientResponse.Body.AsyncIterator) {
        self.iterator = iterator
    }

    func next() async throws -> ByteBuffer? {
        try await self.iterator.next()
    }
}

/// The body of a response that ``ResilientHTTPClient`` hands out before it has been read: each read is bounded by the
/// attempt's deadline (`TimeoutError` then), and, for a body read after the pipeline returned, the first error is
/// recorded against the host, late.
struct GuardedResponseBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    let body: HTTPClientResponse.Body
    let attempt: Attempt
    /// Records an error against the host; `nil` inside the pipeline, where errors are counted as they pass.
    let recordLate: (@Sendable (any Error) -> Void)?

    func makeAsyncIterator() -> Iterator {
        Iterator(
            reader: BodyReader(iterator: self.body.makeAsyncIterator()),
            attempt: self.attempt,
            recordLate: self.recordLate
        )
    }

    struct Iterator: AsyncIteratorProtocol {
        /// `nil` once the body ended or failed.
        var reader: BodyReader?
        let attempt: Attempt
        let recordLate: (@Sendable (any Error) -> Void)?

        mutating func next() async throws -> ByteBuffer? {
            guard let reader = self.reader else { return nil }
            do {
                let chunk = try await self.attempt.read(reader)
                if chunk == nil {
                    self.reader = nil
                }
                return chunk
            } catch {
                self.reader = nil
                self.recordLate?(error)
                throw error
            }
        }
    }
}

/// A response body that throws `error` where it is read.
struct FailingBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    let error: any Error

    func makeAsyncIterator() -> Iterator { Iterator(error: self.error) }

    struct Iterator: AsyncIteratorProtocol {
        var error: (any Error)?
        mutating func next() async throws -> ByteBuffer? {
            guard let error = self.error else { return nil }
            self.error = nil
            throw error
        }
    }
}

#endif
