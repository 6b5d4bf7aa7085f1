// Built only with the package trait `Admin` (its dependencies are fetched only then).
#if Admin

import Foundation
import Hummingbird
import Resilience

/// `GET /api/v1/chaos` and the answer to a `PUT /api/v1/chaos/{target}`: each target's setting, with its latency in
/// milliseconds and its rate where the mode has one.
struct ChaosReport: ResponseEncodable {
    struct Target: ResponseEncodable {
        var name: String
        var mode: String
        var latencyMilliseconds: Double?
        var rate: Double?

        enum CodingKeys: String, CodingKey {
            case name, mode, rate
            case latencyMilliseconds = "latency_ms"
        }

        init(_ target: any ChaosTarget) {
            let setting = target.setting
            self.name = target.name
            self.mode = setting.mode.rawValue
            self.latencyMilliseconds = setting.latency.map { $0.seconds * 1000 }
            self.rate = setting.rate
        }

        // Nil fields are written as null: every target has the same four keys.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(self.name, forKey: .name)
            try container.encode(self.mode, forKey: .mode)
            try container.encode(self.latencyMilliseconds, forKey: .latencyMilliseconds)
            try container.encode(self.rate, forKey: .rate)
        }
    }

    var targets: [Target]
}

/// The body of `PUT /api/v1/chaos/{target}`.
private struct ChaosChange: Decodable {
    var mode: String
    var latencyMilliseconds: Double?
    var rate: Double?

    enum CodingKeys: String, CodingKey {
        case mode, rate
        case latencyMilliseconds = "latency_ms"
    }
}

extension AdminServer {
    /// The targets, by name, in the order they were given.
    static func indexByName(_ targets: [any ChaosTarget]) -> [String: any ChaosTarget] {
        Dictionary(targets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func addChaosRoutes(to router: Router<BasicRequestContext>) {
        router.get("api/v1/chaos") { _, _ in
            ChaosReport(targets: self.chaosTargets.map(ChaosReport.Target.init))
        }
        router.put("api/v1/chaos/:target") { request, context in
            try await self.changeChaos(request, context)
        }
    }

    /// Checks the token, the target and the whole body before anything changes; then applies the setting, logs it and
    /// puts it on the registry's event stream.
    private func changeChaos(_ request: Request, _ context: BasicRequestContext) async throws -> ChaosReport.Target {
        try self.authorize(request)
        let name = try context.parameters.require("target")
        guard let target = self.chaosTargetsByName[name] else {
            throw HTTPError(.notFound, message: "no chaos target named \"\(name)\"")
        }
        let body = try await request.body.collect(upTo: self.configuration.maximumBodySize)
        guard let change = try? JSONDecoder().decode(ChaosChange.self, from: Data(buffer: body)) else {
            throw HTTPError(
                .badRequest,
                message: "expected {\"mode\": \"healthy\"|\"slow\"|…, \"latency_ms\": optional, \"rate\": optional}"
            )
        }
        guard let mode = ChaosSetting.Mode(rawValue: change.mode) else {
            let modes = ChaosSetting.Mode.allCases.map(\.rawValue).joined(separator: ", ")
            throw HTTPError(.badRequest, message: "unknown mode \"\(change.mode)\"; modes: \(modes)")
        }
        let setting: ChaosSetting
        do {
            guard change.latencyMilliseconds?.isFinite ?? true else {
                throw ConfigurationError(
                    policy: "chaos setting \(mode.rawValue)",
                    field: "latency",
                    value: "\(change.latencyMilliseconds ?? 0)",
                    rule: "must be a finite number of milliseconds"
                )
            }
            setting = try ChaosSetting(
                mode,
                latency: change.latencyMilliseconds.map { .nanoseconds(Int64(max(-1e12, min($0, 1e12)) * 1_000_000)) },
                rate: change.rate
            )
            try target.apply(setting)
        } catch {
            throw HTTPError(.badRequest, message: "\(error)")
        }
        self.logger.notice(
            "operator set a chaos target",
            metadata: ["chaos.target": "\(name)", "chaos.setting": "\(setting)"]
        )
        self.registry.recordChaosChange(setting, onTarget: name)
        return ChaosReport.Target(target)
    }
}

#endif
