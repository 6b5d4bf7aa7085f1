import Resilience
import ResilienceChaos

/// The three upstream services the storefront calls, each a real HTTP server on 127.0.0.1 whose behaviour the chaos
/// API changes at run time: `payments` authorises a payment, `inventory` reports stock and reserves it,
/// `recommendations` suggests products.
///
struct Upstreams {
    let payments: FaultyHTTPServer
    let inventory: FaultyHTTPServer
    let recommendations: FaultyHTTPServer

    /// The servers as the chaos API's targets, named after the integration points that call them.
    var chaosTargets: [any ChaosTarget] {
        [
            self.payments.chaosTarget(named: "payments"),
            self.inventory.chaosTarget(named: "inventory"),
            self.recommendations.chaosTarget(named: "recommendations"),
        ]
    }

    static func start() async throws -> Upstreams {
        let payments = try await FaultyHTTPServer.start(mode: .healthy(latency: .milliseconds(15))) { request in
            guard request.method == "POST", request.uri == "/payments" else { return Self.notFound }
            return FaultyHTTPServer.Answer(
                status: 201,
                body: #"{"payment":"pay-\#(request.number)","status":"authorized"}"#
            )
        }
        let inventory = try await FaultyHTTPServer.start(mode: .healthy(latency: .milliseconds(5))) { request in
            switch (request.method, request.uri) {
            case ("GET", "/stock"):
                // Stock that moves a little, so that the storefront's answers visibly come from the service.
                let stock = Catalog.products.map { #""\#($0.id)":\#(20 + ($0.id * 7 + request.number) % 30)"# }
                return FaultyHTTPServer.Answer(body: #"{"stock":{\#(stock.joined(separator: ","))}}"#)
            case ("POST", "/reservations"):
                return FaultyHTTPServer.Answer(status: 201, body: #"{"reservation":"res-\#(request.number)"}"#)
            default:
                return Self.notFound
            }
        }
        let recommendations = try await FaultyHTTPServer.start(mode: .healthy(latency: .milliseconds(8))) { request in
            guard request.method == "GET", request.uri == "/recommendations" else { return Self.notFound }
            let first = request.number % Catalog.products.count + 1
            let second = (request.number + 2) % Catalog.products.count + 1
            return FaultyHTTPServer.Answer(body: #"{"products":[\#(first),\#(second)]}"#)
        }
        return Upstreams(payments: payments, inventory: inventory, recommendations: recommendations)
    }

    private static let notFound = FaultyHTTPServer.Answer(status: 404, body: #"{"error":"not found"}"#)

    func stop() async throws {
        try await self.payments.stop()
        try await self.inventory.stop()
        try await self.recommendations.stop()
    }
}

/// What the storefront sells.
enum Catalog {
    struct Product: Sendable {
        var id: Int
        var name: String
        var price: Double
    }

    static let products = [
        Product(id: 1, name: "Espresso machine", price: 249.00),
        Product(id: 2, name: "Burr grinder", price: 129.50),
        Product(id: 3, name: "Milk jug", price: 18.90),
        Product(id: 4, name: "Tamper", price: 34.00),
        Product(id: 5, name: "Coffee beans, 1 kg", price: 27.80),
    ]
}
