// Built only with the package trait `GRPC`.
#if GRPC

import GRPCCore
import GRPCNIOTransportHTTP2

/// Ends a test's client, then its server: the client's connections are closed before the server stops, so no stream
/// can reach a server whose `serve` has ended. NIO traps on an accepted HTTP/2 stream that nobody runs ("Deinited
/// NIOAsyncWriter without calling finish()"); cancelling `serve` first did that once, when a late call's headers arrived
/// after it.
func shutDown(
    client: GRPCClient<HTTP2ClientTransport.Posix>,
    running: Task<Void, any Error>,
    server: GRPCServer<HTTP2ServerTransport.Posix>,
    serving: Task<Void, any Error>
) async {
    client.beginGracefulShutdown()
    _ = await running.result
    await shutDown(server: server, serving: serving)
}

/// Ends `serving` gracefully; RPCs still in flight after five seconds (a handler that hangs) are cancelled.
func shutDown(server: GRPCServer<HTTP2ServerTransport.Posix>, serving: Task<Void, any Error>) async {
    server.beginGracefulShutdown()
    let impatience = Task {
        try await Task.sleep(for: .seconds(5))
        serving.cancel()
    }
    _ = await serving.result
    impatience.cancel()
}

#endif
