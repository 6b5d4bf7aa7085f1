// Built only with the package trait `GRPC` (its dependencies are fetched only then).
#if GRPC

public import GRPCCore
public import Resilience

/// Gives each RPC the time its caller has left, from its `grpc-timeout`: an RPC that arrives with nothing left is
/// answered `.deadlineExceeded` at once, without its handler running; any other runs (its response stream too) under
/// ``Resilience/Deadline/current``, so that every outbound call the handler makes inherits what is left and sends it
/// on.
///
/// ```swift
/// var inbound = InboundDeadline.grpc        // reads grpc-timeout
/// inbound.maximum = .seconds(10)
/// inbound.whenAbsent = .seconds(5)
/// inbound.reserve = .milliseconds(10)
/// let server = GRPCServer(transport: transport, services: [inventory],
///                         interceptors: [DeadlineServerInterceptor(inbound)])
/// ```
///
/// A malformed value counts as absent. grpc-swift-2 cancels an RPC whose `grpc-timeout` passes; the interceptor adds
/// the cap, the default, the reserve and the deadline every outbound call reads. A handler that throws a
/// `TimeoutError` once its deadline has passed is answered `.deadlineExceeded`, not `.unknown`.
public struct DeadlineServerInterceptor: ServerInterceptor {
    /// How the deadline is read.
    public let inbound: InboundDeadline

    /// Creates the interceptor.
    ///
    /// - Parameter deadline: Which metadata key to read (by default `grpc-timeout`), the most a caller may ask for,
    ///   the budget of an RPC without it, and the reserve kept back to write the answer.
    public init(_ deadline: InboundDeadline = .grpc) {
        self.inbound = deadline
    }

    public func intercept<Input: Sendable, Output: Sendable>(
        request: StreamingServerRequest<Input>,
        context: ServerContext,
        next: @Sendable (StreamingServerRequest<Input>, ServerContext) async throws -> StreamingServerResponse<Output>
    ) async throws -> StreamingServerResponse<Output> {
        let value = request.metadata[stringValues: self.inbound.header.name].first(where: { _ in true })
        switch InboundAdmission.deadline(for: self.inbound, headerValue: value) {
        case .unbounded:
            return try await next(request, context)
        case .expired:
            return StreamingServerResponse(
                error: RPCError(code: .deadlineExceeded, message: "the RPC arrived with no time left")
            )
        case .run(let deadline):
            var response: StreamingServerResponse<Output>
            do {
                response = try await Deadline.$current.withValue(deadline) { try await next(request, context) }
            } catch  where InboundAdmission.isDeadline(error, of: deadline) {
                return StreamingServerResponse(error: Self.deadlineExceeded(error))
            }
            // The response stream runs after the interceptor returns: under the same deadline.
            if case .success(var contents) = response.accepted {
                let producer = contents.producer
                contents.producer = { writer in
                    do {
                        return try await Deadline.$current.withValue(deadline) { try await producer(writer) }
                    } catch  where InboundAdmission.isDeadline(error, of: deadline) {
                        throw Self.deadlineExceeded(error)
                    }
                }
                response.accepted = .success(contents)
            }
            return response
        }
    }

    static func deadlineExceeded(_ error: any Error) -> RPCError {
        RPCError(code: .deadlineExceeded, message: "the RPC's deadline passed", cause: error)
    }
}

#endif
