/// The readers of an event stream, kept under their publisher's lock: a circuit breaker's ``CircuitBreaker/events``, a
/// registry's ``ResilienceRegistry/events`` and the admin server's timeline all publish through it.
///
/// Each reader has a stream that buffers its newest unread events; a reader that falls behind loses the oldest, and the
/// loss is counted, so that publishing never waits for a reader.
package struct Subscribers<Element: Sendable>: Sendable {
    private var continuations: [UInt64: AsyncStream<Element>.Continuation] = [:]
    private var nextID: UInt64 = 0

    /// No readers yet.
    package init() {}

    /// The events readers lost because their buffer was full.
    package private(set) var dropped = 0

    /// Whether nobody reads: publishers skip building events then.
    package var isEmpty: Bool { self.continuations.isEmpty }

    /// Hands `element` to every reader.
    package mutating func yield(_ element: Element) {
        for continuation in self.continuations.values {
            if case .dropped = continuation.yield(element) {
                self.dropped += 1
            }
        }
    }

    /// Ends every reader's stream.
    package mutating func finishAll() {
        for continuation in self.continuations.values {
            continuation.finish()
        }
        self.continuations.removeAll()
    }

    /// Adds a reader; returns the ID that ``remove(_:)`` takes.
    package mutating func add(_ continuation: AsyncStream<Element>.Continuation) -> UInt64 {
        let id = self.nextID
        self.nextID += 1
        self.continuations[id] = continuation
        return id
    }

    /// Forgets the reader that ``add(_:)`` returned `id` for.
    package mutating func remove(_ id: UInt64) {
        self.continuations.removeValue(forKey: id)
    }

    /// A new reader's stream, buffering at most `limit` unread events (at least 1). `withSubscribers` gives access to
    /// the publisher's subscribers under its lock; it is called again, if the publisher still exists, when the reader
    /// goes away.
    package static func stream(
        bufferingNewest limit: Int,
        withSubscribers: @escaping @Sendable ((inout Subscribers) -> Void) -> Void
    ) -> AsyncStream<Element> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: Element.self,
            bufferingPolicy: .bufferingNewest(max(1, limit))
        )
        var id: UInt64 = 0
        withSubscribers { id = $0.add(continuation) }
        let registered = id
        continuation.onTermination = { _ in
            withSubscribers { $0.remove(registered) }
        }
        return stream
    }
}
