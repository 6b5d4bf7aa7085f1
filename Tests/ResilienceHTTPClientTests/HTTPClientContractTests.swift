// Built only with the package traits `AsyncHTTPClient` and `Chaos`.
#if AsyncHTTPClient && Chaos

import AsyncHTTPClient
import Logging
import Resilience
import ResilienceHTTPClient
import Testing

/// Every name of DESIGN.md's "ResilienceHTTPClient" and "Caller-task pipelines" sections, spelled as written there.
@Suite("HTTP client contract")
struct HTTPClientContractTests {
    @Test func theNamesOfTheContractCompileAsWritten() async throws {
        var configuration = ResilientHTTPClientConfiguration()
        configuration.statusClassification = .default
        configuration.errorClassification = .asyncHTTPClient
        configuration.retryEligibility = .automatic
        configuration.deadlineHeader = .envoyExpectedTimeout
        configuration.defaultTimeout = .seconds(30)
        configuration.maximumRetryAfter = .seconds(30)
        let registry = ResilienceRegistry()
        let points: KeyedIntegrationPoints<CircuitBreaker> = try registry.registerKeyed("contract", maxInstances: 2) {
            key in
            try ResiliencePipeline { try CircuitBreaker(name: "contract \(key)") }
        }
        let byFamily = ResilientHTTPClient(client: .shared, integrationPoints: points, configuration: configuration)
        let byTemplate = try ResilientHTTPClient<CircuitBreaker>(
            client: .shared,
            registry: registry,
            name: "template",
            maxInstances: 256,
            idleTimeout: .seconds(600),
            configuration: .init(),
            makePipeline: { (host: String) in try ResiliencePipeline { try CircuitBreaker(name: "template \(host)") } }
        )
        let preset: ResilientHTTPClient<HTTPDependencyPolicies> = try ResilientHTTPClient(
            client: .shared,
            registry: registry,
            name: "preset"
        )
        let client: HTTPClient = byFamily.client
        let family: KeyedIntegrationPoints<CircuitBreaker> = byTemplate.integrationPoints
        #expect(client === HTTPClient.shared && family.name == "template" && preset.integrationPoints.name == "preset")

        // The three `execute`s, with their labels (a spent budget: nothing is sent).
        let request = HTTPClientRequest(url: "http://127.0.0.1:9/contract")
        let logger: Logger? = nil
        await #expect(throws: TimeoutError.self) {
            _ = try await byFamily.execute(request, timeout: .zero, retry: .never, logger: logger)
        }
        await #expect(throws: TimeoutError.self) {
            _ = try await byFamily.execute(request, collectingUpTo: 1, timeout: .zero, retry: .always, logger: logger)
        }
        await #expect(throws: TimeoutError.self) {
            _ = try await byFamily.execute(request, timeout: .zero, retry: nil, logger: logger) { response in
                HTTPStatusFailure(response: response).response.status
            }
        }

        // Caller-task pipelines.
        let pipeline = try ResiliencePipeline {
            try CircuitBreaker(name: "contract.caller")
            try Bulkhead(name: "contract.caller", maxConcurrentCalls: 1)
        }
        func callerTask<P: CallerTaskResiliencePolicy>(_ policy: P) -> P { policy }
        _ = callerTask(pipeline)
        _ = callerTask(pipeline.policies)
        let point = try registry.register("contract.caller", pipeline: pipeline)
        #expect(try await point.runOnCallerTask { () async throws(CancellationError) -> Int in 1 } == 1)
    }
}

#endif
