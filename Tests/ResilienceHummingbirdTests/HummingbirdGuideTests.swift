// Built only with the package traits `Hummingbird` and `AsyncHTTPClient` (their dependencies are fetched only then).
#if Hummingbird && AsyncHTTPClient

import AsyncHTTPClient
import Hummingbird
import Resilience
import ResilienceHTTPClient
import ResilienceHummingbird
import ResilienceTestSupport
import Testing

@Suite("Hummingbird guide", .serialized, .exclusive)
struct HummingbirdGuideTests {
    // guide-example-begin
    @Test func aStorefrontShedsLoadAndHandsItsDeadlineOn() async throws {
        let registry = ResilienceRegistry()

        // Outbound: the inventory service, one integration point per host; each request carries what is left of the
        // storefront's own deadline in `x-envoy-expected-rq-timeout-ms`.
        let inventory = try ResilientHTTPClient(client: .shared, registry: registry, name: "inventory") { host in
            try ResiliencePipeline { try CircuitBreaker(name: "inventory \(host)") }
        }

        // Inbound: a concurrency limit that adapts to the latency it measures, for the whole storefront.
        let limiter = try AdaptiveConcurrencyLimiter(name: "storefront")
        let inbound = try registry.register("storefront", pipeline: ResiliencePipeline { limiter })

        var deadline = InboundDeadline()  // reads x-envoy-expected-rq-timeout-ms
        deadline.maximum = .seconds(5)  // a caller may not ask for more
        deadline.whenAbsent = .seconds(2)  // requests without the header
        deadline.reserve = .milliseconds(10)  // kept back to write the answer

        // The inventory service, a real server on loopback (`InventoryStub`, in the same file), and the storefront.
        try await withServers([InventoryStub.router()]) { inventoryPort in
            let storefront = Router()
            storefront.add(middleware: DeadlineMiddleware(deadline))  // first: a 504 takes no capacity
            storefront.add(middleware: LoadSheddingMiddleware(integrationPoint: inbound))
            storefront.get("stock/:id") { _, context -> String in
                let id = try context.parameters.require("id")
                let stock = try await inventory.execute(
                    HTTPClientRequest(url: "http://127.0.0.1:\(inventoryPort[0])/items/\(id)"),
                    collectingUpTo: 1_024
                )
                return String(buffer: try await stock.body.collect(upTo: 1_024))
            }

            try await withServers([storefront]) { ports in
                let answer = try await HTTPClient.shared.get(
                    port: ports[0],
                    "/stock/42",
                    headers: [("x-envoy-expected-rq-timeout-ms", "5000")]
                )
                #expect(answer.status == 200)
                #expect(answer.body.hasPrefix("item 42: 7 in stock, answered with "))
                let budgetAtInventory = Int(answer.body.split(separator: " ").last!)!
                #expect(budgetAtInventory < 5_000 - 10 && budgetAtInventory > 4_000)
            }
        }
        #expect(inbound.statistics.successfulCalls == 1)
    }
    // guide-example-end

    @Test func theGuideShowsTheExample() throws {
        #expect(
            try GuideExample.articleShowsExample(
                article: "Sources/ResilienceHummingbird/ResilienceHummingbird.docc/ProtectingAHummingbirdService.md",
                source: "Tests/ResilienceHummingbirdTests/HummingbirdGuideTests.swift"
            )
        )
    }
}

/// The inventory service the guide's storefront calls: `GET /items/{id}` answers its stock and the budget the request
/// arrived with.
enum InventoryStub {
    static func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: DeadlineMiddleware())
        router.get("items/:id") { _, context -> String in
            let id = try context.parameters.require("id")
            return "item \(id): 7 in stock, answered with \(Deadline.current?.remainingMilliseconds ?? -1)"
        }
        return router
    }
}

#endif
