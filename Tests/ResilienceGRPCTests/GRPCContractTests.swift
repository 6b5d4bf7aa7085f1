// Built only with the package trait `GRPC`.
#if GRPC

import GRPCCore
import Resilience
import ResilienceGRPC
import Testing

/// Every name of DESIGN.md's "ResilienceGRPC" section, spelled as written there.
@Suite("gRPC client contract")
struct GRPCContractTests {
    @Test func theNamesOfTheContractCompileAsWritten() throws {
        let points = try ResilienceRegistry().registerKeyed("contract", maxInstances: 2) { key in
            try ResiliencePipeline { try CircuitBreaker(name: "contract \(key)") }
        }
        let interceptor = try ResilienceClientInterceptor(
            integrationPoints: points,
            key: ResilienceClientInterceptor<CircuitBreaker>.Key.service,
            statusClassification: .default,
            propagateDeadline: true
        )
        let keys: [ResilienceClientInterceptor<CircuitBreaker>.Key] = [.service, .method, .remotePeer]
        let custom = GRPCStatusClassification { (code: RPCError.Code) in code == .notFound ? .success : .failure }
        #expect(interceptor.key == keys[0] && custom.outcome(for: .unavailable) == .failure)
        let expected: [(RPCError.Code, CallOutcome)] = [
            (.unavailable, .failure), (.deadlineExceeded, .failure), (.resourceExhausted, .failure),
            (.internalError, .failure), (.unknown, .failure), (.dataLoss, .failure),
            (.invalidArgument, .contractViolation(reason: "grpc_invalidArgument")),
            (.failedPrecondition, .contractViolation(reason: "grpc_failedPrecondition")),
            (.outOfRange, .contractViolation(reason: "grpc_outOfRange")),
            (.notFound, .contractViolation(reason: "grpc_notFound")),
            (.alreadyExists, .contractViolation(reason: "grpc_alreadyExists")),
            (.permissionDenied, .contractViolation(reason: "grpc_permissionDenied")),
            (.unauthenticated, .contractViolation(reason: "grpc_unauthenticated")),
            (.unimplemented, .contractViolation(reason: "grpc_unimplemented")),
            (.cancelled, .ignored),
        ]
        for (code, outcome) in expected {
            #expect(GRPCStatusClassification.default.outcome(for: code) == outcome, "\(code)")
        }
    }
}

#endif
