// Built only with the package trait `OpenAPI`.
#if OpenAPI

import OpenAPIRuntime
import Resilience
import ResilienceOpenAPI
import Testing

/// Every name of DESIGN.md's "ResilienceOpenAPI" section, spelled as written there.
@Suite("OpenAPI middleware contract")
struct OpenAPIContractTests {
    @Test func theNamesOfTheContractCompileAsWritten() throws {
        let points = try ResilienceRegistry().registerKeyed("contract", maxInstances: 2) { key in
            try ResiliencePipeline { try CircuitBreaker(name: "contract \(key)") }
        }
        let middleware: any ClientMiddleware = ResilienceClientMiddleware(
            integrationPoints: points,
            key: ResilienceClientMiddleware<CircuitBreaker>.Key.host,
            statusClassification: .default,
            retryEligibility: .automatic,
            deadlineHeader: .envoyExpectedTimeout
        )
        let keys: [ResilienceClientMiddleware<CircuitBreaker>.Key] = [.host, .operationID, .hostAndOperationID]
        #expect((middleware as? ResilienceClientMiddleware<CircuitBreaker>)?.key == keys[0])
    }
}

#endif
