// Built only with the package trait `Hummingbird` (its dependencies are fetched only then).
#if Hummingbird

import HTTPTypes
public import Hummingbird
public import Resilience

/// Gives each request the time its caller has left, from a deadline header: a request that arrives with nothing left
/// is answered **504** at once, without its handler running; any other runs under ``Resilience/Deadline/current``,
/// so that every outbound call the handler makes (through `ResilientHTTPClient`, a `Timeout`, `withDeadline`)
/// inherits what is left and sends it on.
///
/// ```swift
/// var inbound = InboundDeadline()      // reads x-envoy-expected-rq-timeout-ms
/// inbound.maximum = .seconds(10)       // a caller may not ask for more
/// inbound.whenAbsent = .seconds(5)     // requests without the header
/// inbound.reserve = .milliseconds(20)  // kept back to write the answer
/// router.add(middleware: DeadlineMiddleware(inbound))
/// router.get("products") { request, context in … }   // added after the middleware: Hummingbird applies it
/// ```
///
/// A malformed header counts as absent. The handler runs under the earlier of the header's deadline and a deadline the
/// task has already (a middleware further out, a test). A handler that throws a `TimeoutError` once its deadline has
/// passed is answered 504 as well, not 500. The middleware does not cut a handler off: time is bounded by the calls
/// the handler makes, which all read the deadline.
public struct DeadlineMiddleware<Context: RequestContext>: RouterMiddleware {
    public typealias Input = Request
    public typealias Output = Response

    let inbound: InboundDeadline
    let header: HTTPField.Name

    /// Creates the middleware.
    ///
    /// - Parameter deadline: Which header to read, the most a caller may ask for, the budget of a request without the
    ///   header, and the reserve kept back to write the answer. The header's name must be a valid HTTP field name.
    public init(_ deadline: InboundDeadline = .init()) {
        guard let header = HTTPField.Name(deadline.header.name) else {
            preconditionFailure("DeadlineMiddleware: \"\(deadline.header.name)\" is not a valid HTTP header name")
        }
        self.inbound = deadline
        self.header = header
    }

    /// Answers 504 when the request has no time left; otherwise runs `next` under the request's deadline.
    public func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // The first field of the name: `headers[name]` gathers every field of the name into an array first (a
        // third of a microsecond), and `first(where:)` copies each field it looks at (three references counted); a
        // deadline header appears once.
        var value: String?
        for index in request.headers.indices where request.headers[index].name == self.header {
            value = request.headers[index].value
            break
        }
        switch InboundAdmission.deadline(for: self.inbound, headerValue: value) {
        case .unbounded:
            return try await next(request, context)
        case .expired:
            return Response(status: .gatewayTimeout)
        case .run(let deadline):
            do {
                return try await Deadline.$current.withValue(deadline) {
                    try await next(request, context)
                }
            } catch  where InboundAdmission.isDeadline(error, of: deadline) {
                return Response(status: .gatewayTimeout)
            }
        }
    }
}

#endif
