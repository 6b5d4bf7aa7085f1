// Built only with the package trait `Admin` (its dependencies are fetched only then).
#if Admin

import Foundation
import Resilience

/// The registry's recent events, for the dashboard's timeline.
///
/// The server keeps the newest ``capacity`` events while it runs, so that a dashboard opened after an incident still
/// shows how it went, and hands every stream the history and then each new event, with nothing lost or repeated in
/// between (both are taken under one lock).
final class EventLog: Sendable {
    /// An event, numbered and timed when the server saw it.
    struct Entry: Sendable {
        var sequence: Int
        var time: Date
        var event: ResilienceEvent
    }

    private struct State {
        var entries: [Entry] = []
        var nextSequence = 1
        var subscribers = Subscribers<Entry>()
    }

    /// The most events kept.
    let capacity: Int
    private let state = LockedValue(State())

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Numbers `event`, keeps it (forgetting the oldest beyond ``capacity``) and hands it to every subscriber.
    func append(_ event: ResilienceEvent, at time: Date = Date()) {
        self.state.withLock { state in
            let entry = Entry(sequence: state.nextSequence, time: time, event: event)
            state.nextSequence += 1
            state.entries.append(entry)
            if state.entries.count > self.capacity {
                state.entries.removeFirst(state.entries.count - self.capacity)
            }
            state.subscribers.yield(entry)
        }
    }

    /// The events kept so far, oldest first, and every later one as it comes (the newest `limit` when the reader
    /// falls behind).
    func subscribe(bufferingNewest limit: Int) -> (history: [Entry], updates: AsyncStream<Entry>) {
        let (updates, continuation) = AsyncStream.makeStream(of: Entry.self, bufferingPolicy: .bufferingNewest(limit))
        let (history, id) = self.state.withLock { ($0.entries, $0.subscribers.add(continuation)) }
        continuation.onTermination = { [weak self] _ in
            self?.state.withLock { $0.subscribers.remove(id) }
        }
        return (history, updates)
    }

    /// Copies the registry's events into the log until the task is cancelled.
    func collect(_ events: AsyncStream<ResilienceEvent>) async {
        for await event in events {
            self.append(event)
        }
    }
}

#endif
