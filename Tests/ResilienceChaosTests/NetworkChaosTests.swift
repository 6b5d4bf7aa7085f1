// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import Testing

/// The suites that measure time on real sockets, one after the other: on 2 cores, a PostgreSQL starting in one suite
/// would otherwise add milliseconds to the latency another measures.
@Suite("Network chaos", .serialized)
struct NetworkChaosTests {}

#endif
