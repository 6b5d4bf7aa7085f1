// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import PostgresNIO
import Testing

@testable import ResiliencePostgres

extension PostgresTests {
    @Suite("the abandoned-statement watch")
    struct AbandonedStatementWatchTests {
        /// A watch whose grace ends closes the connection, and marks it closing meanwhile (the pool may lease it
        /// again before `isClosed` turns true, and the lease checks the mark); the connection's entry, mark and
        /// statement timeout, leaves once the close is done, so that no entry outlives its connection.
        @Test func aWatchClosesTheConnectionAndItsClosingMarkLeavesWithTheClose() async throws {
            try await withPostgresFixture { fixture in
                try await fixture.client.withConnection { connection in
                    #expect(ConnectionStates.shared.entry(for: connection) == ConnectionStates.Entry())
                    // What the adapter knows of the connection is one entry: its statement timeout and the mark.
                    ConnectionStates.shared.noteStatementTimeout(.milliseconds(250), for: connection)
                    #expect(
                        ConnectionStates.shared.entry(for: connection)
                            == ConnectionStates.Entry(statementTimeout: .milliseconds(250), isClosing: false)
                    )
                    AbandonedStatementWatch(connection: connection, grace: .zero).abandoned()
                    try await connection.closeFuture.get()
                    #expect(connection.isClosed)
                    // The entry leaves in a callback of the close, on the connection's event loop.
                    try await connection.eventLoop.submit {}.get()
                    #expect(
                        ConnectionStates.shared.entry(for: connection) == ConnectionStates.Entry(),
                        "the entry leaves once the close is done"
                    )
                }
            }
        }
    }
}

#endif
