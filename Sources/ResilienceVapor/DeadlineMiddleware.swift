// Built only with the package trait `Vapor` (its dependencies are fetched only then).
#if Vapor

public import Resilience
public import Vapor

/// Gives each request the time its caller has left, from a deadline header: a request that arrives with nothing left
/// is answered **504** at once, without its handler running; any other runs under ``Resilience/Deadline/current``,
/// so that every outbound call the handler makes (through `ResilientHTTPClient`, a `Timeout`, `withDeadline`)
/// inherits what is left and sends it on.
///
/// ```swift
/// var inbound = InboundDeadline()      // reads x-envoy-expected-rq-timeout-ms
/// inbound.maximum = .seconds(10)
/// inbound.whenAbsent = .seconds(5)
/// inbound.reserve = .milliseconds(20)
/// app.middleware.use(DeadlineMiddleware(inbound))   // after Vapor's ErrorMiddleware, before the shedding
/// ```
///
/// A malformed header counts as absent. The handler runs under the earlier of the header's deadline and a deadline the
/// task has already. Vapor runs an `async` handler in a task that inherits the deadline, but a synchronous handler on
/// the event loop, outside it: handlers that call out are `async` anyway. A handler that throws a `TimeoutError` once
/// its deadline has passed is answered 504 as well, not 500, when the middleware comes after Vapor's `ErrorMiddleware`
/// (as `app.middleware.use` adds it), which would otherwise turn the error into a 500 first.
public struct DeadlineMiddleware: AsyncMiddleware {
    /// How the deadline is read.
    public let inbound: InboundDeadline

    /// Creates the middleware.
    ///
    /// - Parameter deadline: Which header to read, the most a caller may ask for, the budget of a request without the
    ///   header, and the reserve kept back to write the answer.
    public init(_ deadline: InboundDeadline = .init()) {
        self.inbound = deadline
    }

    /// Answers 504 when the request has no time left; otherwise runs `next` under the request's deadline.
    public func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let value = request.headers.first(name: self.inbound.header.name)
        switch InboundAdmission.deadline(for: self.inbound, headerValue: value) {
        case .unbounded:
            return try await next.respond(to: request)
        case .expired:
            return Response(status: .gatewayTimeout)
        case .run(let deadline):
            do {
                return try await Deadline.$current.withValue(deadline) { try await next.respond(to: request) }
            } catch  where InboundAdmission.isDeadline(error, of: deadline) {
                return Response(status: .gatewayTimeout)
            }
        }
    }
}

#endif
