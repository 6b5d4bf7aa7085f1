// Built only with the package trait `Chaos` (its dependencies are fetched only then).
#if Chaos

import Foundation
import Resilience
import ResilienceChaos
import Testing

extension NetworkChaosTests {
    /// Each mode seen by a plain HTTP/1.1 client over a real socket.
    @Suite("Faulty HTTP server")
    struct FaultyHTTPServerTests {
        private func get(
            _ server: FaultyHTTPServer,
            headers: String = ""
        ) async throws -> (
            status: Int, headers: [String: String], body: String
        ) {
            let connection = try PlainConnection(port: server.port)
            try connection.send("GET /orders HTTP/1.1\r\nhost: test\r\n\(headers)\r\n")
            return try await connection.receiveHTTPResponse()
        }

        @Test func healthyAnswersJSONAfterItsLatencyAndCountsRequests() async throws {
            let server = try await FaultyHTTPServer.start(mode: .healthy(latency: .milliseconds(30)))
            let start = monotonicNanoseconds()
            let answer = try await self.get(server)
            #expect(monotonicNanoseconds() - start >= 30_000_000)
            #expect(answer.status == 200 && answer.body == #"{"status":"ok","request":1}"#)
            #expect(answer.headers["content-type"] == "application/json")
            server.set(.slow(.milliseconds(100)))
            let slowStart = monotonicNanoseconds()
            #expect(try await self.get(server).body == #"{"status":"ok","request":2}"#)
            #expect(monotonicNanoseconds() - slowStart >= 100_000_000)
            #expect(server.requestCount == 2)
            try await server.stop()
        }

        @Test func errorsAnswerTheirStatusAtTheirRate() async throws {
            let server = try await FaultyHTTPServer.start(mode: .errors(status: 503))
            #expect(try await self.get(server).status == 503)
            server.set(.errors(status: 500, rate: 0.5))
            var statuses: [Int] = []
            for _ in 0..<200 { statuses.append(try await self.get(server).status) }
            let failures = statuses.filter { $0 == 500 }.count
            #expect(Set(statuses) == [200, 500] && (60...140).contains(failures), "\(failures) of 200 failed")
            try await server.stop()
        }

        @Test func retryAfterIsWrittenInWholeSecondsRoundedUp() async throws {
            let server = try await FaultyHTTPServer.start(mode: .retryAfter(status: 429, after: .milliseconds(1_500)))
            let answer = try await self.get(server)
            #expect(answer.status == 429 && answer.headers["retry-after"] == "2")
            server.set(.retryAfter(after: .seconds(30)))
            let unavailable = try await self.get(server)
            #expect(unavailable.status == 503 && unavailable.headers["retry-after"] == "30")
            try await server.stop()
        }

        @Test func hangReadsAndCountsTheRequestButNeverAnswers() async throws {
            let server = try await FaultyHTTPServer.start(mode: .hang)
            let connection = try PlainConnection(port: server.port, receiveTimeout: .milliseconds(300))
            try connection.send("GET / HTTP/1.1\r\nhost: test\r\n\r\n")
            await #expect(throws: SocketFailure.timedOut) { try await connection.receive() }
            #expect(server.requestCount == 1)
            try await server.stop()
        }

        @Test func downRefusesConnectionsUntilAnotherModeIsSet() async throws {
            let server = try await FaultyHTTPServer.start()
            let port = server.port
            server.set(.down)
            #expect(throws: SocketFailure.refused) { try PlainConnection(port: port) }
            server.set(.healthy())
            #expect(try await self.get(server).status == 200 && server.port == port)
            try await server.stop()
            #expect(throws: SocketFailure.refused) { try PlainConnection(port: port) }
        }

        @Test func resetMidBodySendsAHeadAndPartOfTheBodyThenResets() async throws {
            let server = try await FaultyHTTPServer.start(mode: .resetMidBody)
            let connection = try PlainConnection(port: server.port)
            try connection.send("GET / HTTP/1.1\r\nhost: test\r\n\r\n")
            let (bytes, end) = await connection.receiveUntilEnd()
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("HTTP/1.1 200 OK") && text.contains("content-length: 4096"))
            #expect(end == .reset && bytes.count < 4096)
            try await server.stop()
        }

        @Test func dripTricklesTheBodyAtItsRate() async throws {
            let server = try await FaultyHTTPServer.start(mode: .drip(bytesPerSecond: 100))
            let start = monotonicNanoseconds()
            let answer = try await self.get(server)
            let seconds = Double(monotonicNanoseconds() - start) / 1e9
            // 28 bytes at 100 bytes a second, a byte every 10 ms.
            #expect(answer.status == 200 && answer.body == #"{"status":"ok","request":1}"#)
            #expect(seconds >= 0.25 && seconds < 0.6, "\(seconds) s")
            try await server.stop()
        }

        @Test func aContractChangeAnswers422OrAnotherShape() async throws {
            let server = try await FaultyHTTPServer.start(mode: .contractChange())
            #expect(try await self.get(server).status == 422)
            server.set(.contractChange(status: 200))
            let changed = try await self.get(server)
            #expect(changed.status == 200 && changed.body == #"{"state":"ok","items":[]}"#)
            try await server.stop()
        }

        @Test func theLastRequestsDeadlineHeaderIsRecorded() async throws {
            let server = try await FaultyHTTPServer.start()
            _ = try await self.get(server, headers: "x-envoy-expected-rq-timeout-ms: 1500\r\n")
            #expect(server.lastDeadlineHeader == "1500")
            _ = try await self.get(server)
            #expect(server.lastDeadlineHeader == nil)
            try await server.stop()
        }

        @Test func theHealthyAnswersAreWhatTheRespondClosureMakesOfTheRequest() async throws {
            let server = try await FaultyHTTPServer.start { request in
                FaultyHTTPServer.Answer(
                    status: request.method == "POST" ? 201 : 200,
                    body: #"{"method":"\#(request.method)","uri":"\#(request.uri)","#
                        + #""body":"\#(String(decoding: request.body, as: UTF8.self))","n":\#(request.number)}"#
                )
            }
            let connection = try PlainConnection(port: server.port)
            try connection.send("POST /payments?x=1 HTTP/1.1\r\nhost: test\r\ncontent-length: 5\r\n\r\nhello")
            let created = try await connection.receiveHTTPResponse()
            #expect(created.status == 201)
            #expect(created.body == #"{"method":"POST","uri":"/payments?x=1","body":"hello","n":1}"#)
            let fetched = try await self.get(server)
            #expect(fetched.status == 200 && fetched.body == #"{"method":"GET","uri":"/orders","body":"","n":2}"#)
            server.set(.errors(status: 500, rate: 1))
            #expect(try await self.get(server).body == #"{"error":"injected","status":500}"#, "faults are the server's")
            server.set(.healthy(latency: .zero))
            let large = String(repeating: "x", count: 100_000)
            try connection.send("POST /big HTTP/1.1\r\nhost: test\r\ncontent-length: 100000\r\n\r\n\(large)")
            let big = try await connection.receiveHTTPResponse()
            #expect(big.body.hasPrefix(#"{"method":"POST","uri":"/big","body":"xxx"#))
            #expect(big.body.utf8.count { $0 == UInt8(ascii: "x") } == 1 << 16, "64 KiB of the body kept, no more")
            try await server.stop()
        }

        @Test func asAChaosTargetEachModeBecomesTheServersOwn() async throws {
            let server = try await FaultyHTTPServer.start()
            let target = server.chaosTarget(named: "payments")
            #expect(target.name == "payments" && target.setting == .healthy)
            let expected: [(ChaosSetting, FaultyHTTPServer.Mode)] = [
                (try ChaosSetting(.slow, latency: .milliseconds(800)), .slow(.milliseconds(800))),
                (try ChaosSetting(.errors), .errors(status: 500, rate: 1)),
                (try ChaosSetting(.flaky), .errors(status: 500, rate: 0.5)),
                (try ChaosSetting(.hang), .hang),
                (try ChaosSetting(.reset), .resetMidBody),
                (try ChaosSetting(.drip, latency: .seconds(2)), .drip(bytesPerSecond: 128)),
                (try ChaosSetting(.contractChange), .contractChange(status: 422)),
                (try ChaosSetting(.down), .down),
                (.healthy, .healthy()),
            ]
            for (setting, mode) in expected {
                try target.apply(setting)
                #expect(server.mode == mode && target.setting == setting)
            }
            #expect(try await self.get(server).status == 200, "healthy again after down: the port listens")
            try await server.stop()
        }

        @Test func aThousandConnectionsLeaveNoDescriptorBehind() async throws {
            let server = try await FaultyHTTPServer.start(mode: .healthy(latency: .zero))
            for _ in 0..<1_000 {
                #expect(try await self.get(server, headers: "connection: close\r\n").status == 200)
            }
            for _ in 0..<500 where openSockets(localPort: server.port, remotePort: -1) > 1 {
                try await Task.sleep(for: .milliseconds(10))
            }
            #expect(openSockets(localPort: server.port, remotePort: -1) == 1, "the listening socket alone")
            try await server.stop()
            #expect(openSockets(localPort: server.port, remotePort: -1) == 0)
        }
    }

}

#endif
