import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import NIOCore
import Resilience
import ResilienceFileSystem
import ResilienceHTTPClient
import _NIOFileSystem

/// The storefront's three routes, JSON throughout.
///
/// - `GET /products`: the catalogue with each product's stock from `inventory` (`null` when inventory cannot say) and
///   `recommendations` (the last good answer when the service cannot give one).
/// - `POST /orders` `{"product": ID, "quantity": N}`: reserves stock at `inventory`, authorises the payment at
///   `payments`, stores the order in `database` and writes its receipt to `disk`; 201 with the order and a `Location`;
///   503 + `Retry-After` when a dependency refuses, fails or runs out of time; 502 naming the violation when payments
///   rejects the call as invalid; 400 or 422 for a request the storefront cannot take.
/// - `GET /orders/{id}`: the order from `database`; 404; 503 + `Retry-After` when the database refuses or fails.
struct StorefrontRoutes<
    Payments: ResiliencePolicy,
    Inventory: ResiliencePolicy,
    Recommendations: ResiliencePolicy,
    Disk: ResiliencePolicy
>: Sendable {
    let payments: ResilientHTTPClient<Payments>
    let inventory: ResilientHTTPClient<Inventory>
    let recommendations: ResilientHTTPClient<Recommendations>
    let lastRecommendations: LastGoodAnswer<[Int]>
    let orders: any OrderDatabase
    let receipts: ResilientFileSystem<Disk>
    let receiptsFolder: FilePath
    let hosts: (payments: String, inventory: String, recommendations: String)
    let logger: Logger

    func add(to router: Router<BasicRequestContext>) {
        router.get("products") { _, _ in try await self.products() }
        router.post("orders") { request, _ in try await self.placeOrder(request) }
        router.get("orders/:id") { _, context in
            try await self.order(id: try context.parameters.require("id"))
        }
    }

    // MARK: GET /products

    struct ProductsAnswer: Encodable {
        struct Product: Encodable {
            var id: Int
            var name: String
            var price: Double
            var stock: Int?
        }

        var products: [Product]
        var recommendations: [Int]
    }

    func products() async throws -> Response {
        async let stock = self.stock()
        async let recommended = self.recommended()
        let levels = await stock
        let answer = ProductsAnswer(
            products: Catalog.products.map {
                .init(id: $0.id, name: $0.name, price: $0.price, stock: levels?[String($0.id)])
            },
            recommendations: await recommended
        )
        return try json(.ok, answer)
    }

    /// The stock per product id, or `nil` when inventory cannot say (full bulkhead, timeout, error).
    private func stock() async -> [String: Int]? {
        do {
            return try await self.inventory.execute(
                HTTPClientRequest(url: "\(self.hosts.inventory)/stock"),
                timeout: .milliseconds(400)
            ) { response in
                guard response.status == .ok else { throw UnexpectedStatus(status: Int(response.status.code)) }
                let body = try await response.body.collect(upTo: 16 << 10)
                return try JSONDecoder().decode(Stock.self, from: Data(buffer: body)).stock
            }
        } catch {
            self.logger.debug("no stock levels", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// The recommendations, or the last good answer: a fallback around the point.
    private func recommended() async -> [Int] {
        let last = self.lastRecommendations
        let fallback = Fallback<[Int]>(name: "recommendations.last-good") { _ in last.get() }
        return
            (try? await fallback.run {
                let products = try await self.recommendations.execute(
                    HTTPClientRequest(url: "\(self.hosts.recommendations)/recommendations"),
                    timeout: .milliseconds(300)
                ) { response in
                    guard response.status == .ok else { throw UnexpectedStatus(status: Int(response.status.code)) }
                    let body = try await response.body.collect(upTo: 16 << 10)
                    return try JSONDecoder().decode(Recommended.self, from: Data(buffer: body)).products
                }
                last.set(products)
                return products
            }) ?? last.get()
    }

    // MARK: POST /orders

    struct OrderRequest: Decodable {
        var product: Int
        var quantity: Int
    }

    func placeOrder(_ request: Request) async throws -> Response {
        let body = try await request.body.collect(upTo: 4_096)
        guard let wanted = try? JSONDecoder().decode(OrderRequest.self, from: Data(buffer: body)) else {
            return try json(.badRequest, Problem(#"expected {"product": ID, "quantity": N}"#))
        }
        guard Catalog.products.contains(where: { $0.id == wanted.product }) else {
            return try json(.unprocessableContent, Problem("no product \(wanted.product)"))
        }
        guard (1...100).contains(wanted.quantity) else {
            return try json(.unprocessableContent, Problem("quantity must be from 1 to 100"))
        }

        // Inventory: reserve the stock.
        do {
            let reservation = try await self.inventory.execute(
                self.postJSON(
                    "\(self.hosts.inventory)/reservations",
                    #"{"product":\#(wanted.product),"quantity":\#(wanted.quantity)}"#
                ),
                collectingUpTo: 4_096,
                timeout: .milliseconds(400)
            )
            guard reservation.status == .created else {
                return try self.unavailable("inventory", UnexpectedStatus(status: Int(reservation.status.code)))
            }
        } catch {
            return try self.unavailable("inventory", error)
        }

        // Payments: authorise.
        do {
            let amount = (Catalog.products.first { $0.id == wanted.product }?.price ?? 0) * Double(wanted.quantity)
            let payment = try await self.payments.execute(
                self.postJSON("\(self.hosts.payments)/payments", #"{"amount":\#(amount),"currency":"EUR"}"#),
                collectingUpTo: 4_096,
                timeout: .milliseconds(500)
            )
            switch payment.status.code {
            case 200..<300:
                break
            case 400..<500 where payment.status != .tooManyRequests && payment.status != .requestTimeout:
                // The payments service refused the call as invalid: its contract changed under us. Not retried, and
                // not a failure of payments' health: the breaker stays closed, the dashboard counts a violation.
                let detail = String(buffer: try await payment.body.collect(upTo: 4_096))
                return try json(
                    .badGateway,
                    Problem("payments violated its contract: http_\(payment.status.code) \(detail)")
                )
            default:
                return try self.unavailable("payments", UnexpectedStatus(status: Int(payment.status.code)))
            }
        } catch {
            return try self.unavailable("payments", error)
        }

        // The database: store the order.
        let id: Int
        do {
            id = try await self.orders.insert(product: wanted.product, quantity: wanted.quantity, status: "paid")
        } catch {
            return try self.unavailable("database", error)
        }

        // The disk: a receipt. The order stands without it; the disk's point counts the failure.
        let order = Order(id: id, product: wanted.product, quantity: wanted.quantity, status: "paid")
        do {
            let receipt = try JSONEncoder().encode(order)
            try await self.receipts.write(
                ByteBuffer(bytes: receipt),
                to: self.receiptsFolder.appending("order-\(id).json")
            )
        } catch {
            self.logger.warning("no receipt written", metadata: ["order": "\(id)", "error": "\(error)"])
        }
        return try json(.created, order, headers: [.location: "/orders/\(id)"])
    }

    private func postJSON(_ url: String, _ body: String) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.body = .bytes(ByteBuffer(string: body))
        return request
    }

    // MARK: GET /orders/{id}

    func order(id text: String) async throws -> Response {
        guard let id = Int(text), id > 0 else { return try json(.notFound, Problem("no order \(text)")) }
        do {
            guard let order = try await self.orders.find(id: id) else {
                return try json(.notFound, Problem("no order \(id)"))
            }
            return try json(.ok, order)
        } catch {
            return try self.unavailable("database", error)
        }
    }

    // MARK: Answers

    /// 503 with `Retry-After`: how long the dependency or its breaker asked for, else a second.
    private func unavailable(_ dependency: String, _ error: any Error) throws -> Response {
        let delay = (error as? any RetryAfterProviding)?.retryAfterDelay ?? .seconds(1)
        let reason =
            switch error {
            case is CircuitBreakerOpenError: "its circuit breaker is open"
            case is BulkheadFullError: "its bulkhead is full"
            case is TimeoutError: "it did not answer in time"
            default: "it failed: \(error)"
            }
        self.logger.info("dependency unavailable", metadata: ["dependency": "\(dependency)", "error": "\(error)"])
        return try json(
            .serviceUnavailable,
            Problem("\(dependency) is unavailable: \(reason)"),
            headers: [.retryAfter: RetryAfter.headerValue(for: max(delay, .seconds(1)))]
        )
    }
}

/// Inventory's `GET /stock`.
struct Stock: Decodable {
    var stock: [String: Int]
}

/// Recommendations' `GET /recommendations`.
struct Recommended: Decodable {
    var products: [Int]
}

/// An error body: `{"error": "…"}`.
struct Problem: Encodable {
    var error: String

    init(_ error: String) {
        self.error = error
    }
}

/// A dependency answered a status the storefront cannot use.
struct UnexpectedStatus: Error, CustomStringConvertible {
    var status: Int
    var description: String { "status \(self.status)" }
}

/// A JSON response.
func json(_ status: HTTPResponse.Status, _ value: some Encodable, headers: HTTPFields = [:]) throws -> Response {
    var fields = headers
    fields[.contentType] = "application/json; charset=utf-8"
    return Response(
        status: status,
        headers: fields,
        body: .init(byteBuffer: ByteBuffer(bytes: try JSONEncoder().encode(value)))
    )
}
