// Built only with the package trait `Admin` (its dependencies are fetched only then).
#if Admin

import Foundation
import Hummingbird
import Resilience
import Testing

@testable import ResilienceAdmin

#if Configuration
import Yams
#endif

@Suite("Admin server chaos API")
struct ChaosAPITests {
    @Test func theTargetsAreListedWithoutAToken() async throws {
        let database = try InProcessChaosTarget(name: "database")
        let disk = try InProcessChaosTarget(name: "disk")
        try database.apply(ChaosSetting(.flaky, rate: 0.25))
        let fixture = try AdminFixture(chaosTargets: [database, disk])
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/chaos", method: "GET") { response in
                #expect(response.status == 200)
                let json = try #require(
                    try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any]
                )
                let targets = try #require(json["targets"] as? [[String: Any]])
                #expect(targets.map { $0["name"] as? String } == ["database", "disk"])
                #expect(targets[0]["mode"] as? String == "flaky")
                #expect(targets[0]["rate"] as? Double == 0.25)
                #expect(targets[0]["latency_ms"] is NSNull)
                #expect(targets[1]["mode"] as? String == "healthy")
                #expect(targets[1]["rate"] is NSNull, "every target has the four keys")
            }
        }
    }

    @Test func anOperatorPutsATargetIntoAModeAndTheTimelineShowsIt() async throws {
        let database = try InProcessChaosTarget(name: "database")
        let fixture = try AdminFixture(chaosTargets: [database])
        var events = fixture.registry.events.makeAsyncIterator()
        try await fixture.test { client in
            try await client.execute(
                uri: "/api/v1/chaos/database",
                method: "PUT",
                headers: bearer("s3cret"),
                body: #"{"mode": "slow", "latency_ms": 750}"#
            ) { response in
                #expect(response.status == 200)
                #expect(response.body.contains(#""mode":"slow""#))
                #expect(response.body.contains(#""latency_ms":750"#))
            }
            #expect(database.setting == (try ChaosSetting(.slow, latency: .milliseconds(750))))
            #expect(database.latency.isEnabled && database.latency.latency == .milliseconds(750))
            try await client.execute(
                uri: "/api/v1/chaos/database",
                method: "PUT",
                headers: bearer("s3cret"),
                body: #"{"mode": "hang"}"#
            ) { #expect($0.status == 200) }
            #expect(database.setting.mode == .hang)
        }
        var changes: [ResilienceEvent.Kind] = []
        while changes.count < 2, let event = await events.next() {
            if case .chaosChanged = event.kind { changes.append(event.kind) }
        }
        #expect(
            changes == [
                .chaosChanged(target: "database", setting: try ChaosSetting(.slow, latency: .milliseconds(750))),
                .chaosChanged(target: "database", setting: try ChaosSetting(.hang)),
            ]
        )
        let logged = fixture.logs.entries.filter { $0.message == "operator set a chaos target" }
        #expect(logged.map { $0.metadata["chaos.setting"] } == ["slow 0.75 seconds", "hang"])
    }

    @Test(
        "a refused chaos change answers 4xx and changes nothing",
        arguments: [
            (nil, "database", [:], #"{"mode": "hang"}"#, 403),
            ("s3cret", "database", [:], #"{"mode": "hang"}"#, 401),
            ("s3cret", "database", bearer("wrong"), #"{"mode": "hang"}"#, 401),
            ("s3cret", "nothing", bearer("s3cret"), #"{"mode": "hang"}"#, 404),
            ("s3cret", "database", bearer("s3cret"), #"{"mode": hang"#, 400),
            ("s3cret", "database", bearer("s3cret"), #"{"state": "hang"}"#, 400),
            ("s3cret", "database", bearer("s3cret"), #"{"mode": "melt"}"#, 400),
            ("s3cret", "database", bearer("s3cret"), #"{"mode": "hang", "rate": 0.5}"#, 400),
            ("s3cret", "database", bearer("s3cret"), #"{"mode": "errors", "rate": 1.5}"#, 400),
            ("s3cret", "database", bearer("s3cret"), #"{"mode": "slow", "latency_ms": -1}"#, 400),
            ("s3cret", "database", bearer("s3cret"), #"{"mode": "slow", "latency_ms": 1e300}"#, 400),
            ("s3cret", "database", bearer("s3cret"), #"{"mode": "slow", "latency_ms": "fast"}"#, 400),
            (
                "s3cret", "database", bearer("s3cret"),
                #"{"mode": "hang", "why": ""# + String(repeating: "x", count: 100) + #""}"#, 413
            ),
        ] as [(String?, String, [String: String], String, Int)]
    )
    func refusedChanges(
        token: String?,
        target: String,
        headers: [String: String],
        body: String,
        status: Int
    )
        async throws
    {
        let database = try InProcessChaosTarget(name: "database")
        try database.apply(ChaosSetting(.errors, rate: 0.1))
        let fixture = try AdminFixture(token: token, chaosTargets: [database])
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/chaos/\(target)", method: "PUT", headers: headers, body: body) {
                #expect($0.status == status)
            }
        }
        #expect(database.setting == (try ChaosSetting(.errors, rate: 0.1)), "a refused request changes nothing")
        #expect(database.fault.isEnabled && database.fault.injectionRate == 0.1)
        #expect(!fixture.logs.entries.contains { $0.message == "operator set a chaos target" })
    }

    @Test func withoutTargetsTheListIsEmpty() async throws {
        let fixture = try AdminFixture()
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/chaos", method: "GET") { response in
                #expect(response.status == 200)
                #expect(response.body == #"{"targets":[]}"#)
            }
        }
    }

    #if Configuration
    /// The description lists exactly the router's routes, and the server serves it.
    @Test func theOpenAPIDescriptionListsEveryRoute() async throws {
        let document = try #require(try Yams.load(yaml: AdminAPIDescription.yaml) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let described = Set(paths.flatMap { path, operations in operations.keys.map { "\($0.uppercased()) \(path)" } })
        let fixture = try AdminFixture()
        let served = Set(
            fixture.server.router().routes.map { route in
                let path = route.path.description
                    .split(separator: "/", omittingEmptySubsequences: true)
                    .map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
                    .joined(separator: "/")
                return "\(route.method) /\(path)"
            }
        )
        #expect(described == served)
        try await fixture.test { client in
            try await client.execute(uri: "/api/v1/openapi.yaml", method: "GET") { response in
                #expect(response.status == 200)
                #expect(response.body == AdminAPIDescription.yaml)
            }
        }
    }
    #endif
}

#endif
