// The OpenAPI middleware and the gRPC interceptor, called as their frameworks call them (through the protocol, with a
// `next` that runs the shape's operation), for the shapes of generate-shapes.

import Foundation
import GRPCCore
import HTTPTypes
import OpenAPIRuntime
import Resilience
import ResilienceGRPC
import ResilienceOpenAPI

func checkedMiddleware(_ tag: String) throws -> any ClientMiddleware {
    let points = try ResilienceRegistry().registerKeyed("openapi \(tag)", maxInstances: 4) { key in
        try ResiliencePipeline {
            try Retry(name: "openapi \(tag) \(key).retry", maxAttempts: 2, backoff: .constant(.zero), jitter: .none)
            try CircuitBreaker(name: "openapi \(tag) \(key)")
        }
    }
    return ResilienceClientMiddleware(integrationPoints: points, key: .hostAndOperationID)
}

/// Runs `operation` as the transport behind `middleware`: its value comes back in the body.
func intercepting<E: Error>(
    _ middleware: any ClientMiddleware,
    _ operation: @escaping @Sendable () async throws(E) -> Int
) async throws -> Int {
    let (response, body) = try await middleware.intercept(
        HTTPRequest(method: .get, scheme: "http", authority: "check", path: "/check"),
        body: nil,
        baseURL: URL(string: "http://check:8080")!,
        operationID: "check"
    ) { _, _, _ in
        let value = try await operation()
        return (HTTPResponse(status: .ok), HTTPBody(String(value)))
    }
    guard response.status == .ok, let body, let value = Int(try await String(collecting: body, upTo: 64)) else {
        throw Failure()
    }
    return value
}

func checkedInterceptor(_ tag: String) throws -> any ClientInterceptor {
    let points = try ResilienceRegistry().registerKeyed("grpc \(tag)", maxInstances: 4) { key in
        try ResiliencePipeline {
            try CircuitBreaker(name: "grpc \(tag) \(key)")
            try Bulkhead(name: "grpc \(tag) \(key)", maxConcurrentCalls: 64)
        }
    }
    return try ResilienceClientInterceptor(integrationPoints: points, key: .method)
}

/// Runs `operation` as the server behind `interceptor`: its value comes back as the one message.
func intercepting<E: Error>(
    _ interceptor: any ClientInterceptor,
    _ operation: @escaping @Sendable () async throws(E) -> Int
) async throws -> Int {
    let descriptor = MethodDescriptor(service: ServiceDescriptor(fullyQualifiedService: "check.Check"), method: "Run")
    let response: StreamingClientResponse<Int> = try await interceptor.intercept(
        request: StreamingClientRequest(of: Int.self) { _ in },
        context: ClientContext(descriptor: descriptor, remotePeer: "check", localPeer: "check")
    ) { _, _ in
        let value = try await operation()
        let parts = AsyncThrowingStream<StreamingClientResponse<Int>.Contents.BodyPart, any Error> { continuation in
            continuation.yield(.message(value))
            continuation.finish()
        }
        return StreamingClientResponse(
            accepted: .success(.init(metadata: [:], bodyParts: RPCAsyncSequence(wrapping: parts)))
        )
    }
    for try await part in try response.accepted.get().bodyParts {
        if case .message(let value) = part { return value }
    }
    throw Failure()
}
