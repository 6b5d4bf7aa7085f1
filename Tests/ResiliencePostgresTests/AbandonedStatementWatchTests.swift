// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import PostgresNIO
import Testing

@testable import ResiliencePostgres

extension PostgresTests {
    @Suite("the abandoned-statement watch")
    struct AbandonedStatementWatchTests {
        /// A watch whose grace ends closes the connection, and marks it closing meanwhile (the pool may lease it
        /// again before `isClosed` turns true, and the lease checks the mark); the mark leaves once the close is done,
        /// so that no entry outlives its connection.
        @Test func aWatchClosesTheConnectionAndItsClosingMarkLeavesWithTheClose() async throws {
            try await withPostgresFixture { fixture in
                try await fixture.client.withConnection { connection in
                    #expect(!AbandonedStatementWatch.isClosing(connection))
                    AbandonedStatementWatch(connection: connection, grace: .zero).abandoned()
                    try await connection.closeFuture.get()
                    #expect(connection.isClosed)
                    // The watch removes the mark in a callback of the close, on the connection's event loop.
                    try await connection.eventLoop.submit {}.get()
                    #expect(!AbandonedStatementWatch.isClosing(connection), "the mark leaves once the close is done")
                }
            }
        }
    }
}

#endif
