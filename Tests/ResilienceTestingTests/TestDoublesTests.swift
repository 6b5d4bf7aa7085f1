import ResilienceTesting
import Testing

@Suite("Test doubles")
struct TestDoublesTests {
    @Test func aGateHoldsEveryWaiterUntilItOpensAndThenNoneAtAll() async {
        let gate = Gate()
        let waiters = (0..<3).map { _ in Task { await gate.wait() } }
        #expect(!gate.isOpen)
        gate.open()
        for waiter in waiters { await waiter.value }
        #expect(gate.isOpen)
        await gate.wait()  // returns at once
    }

    @Test func aHostageIgnoresCancellationUntilReleasedAndSaysItWasCancelled() async {
        let hostage = Hostage()
        let call = Task { await hostage.run() }
        await hostage.waitUntilRunning()
        call.cancel()
        hostage.release()
        #expect(await call.value == "released")
        #expect(hostage.sawCancellation)
        let calm = Hostage()
        let other = Task { await calm.run() }
        calm.release()
        _ = await other.value
        #expect(!calm.sawCancellation)
    }

    @Test func aSimulatedDependencyAnswersAsItsHealthIsSet() async throws {
        let dependency = SimulatedDependency(latency: .microseconds(10))
        #expect(try await dependency.call() == "ok")
        dependency.set(.failing)
        #expect(dependency.currentHealth == .failing)
        await #expect(throws: SimulatedDependency.Unavailable.self) { try await dependency.call() }
        dependency.set(.healthy)
        #expect(try await dependency.call() == "ok")
    }

    @Test func sleepingIgnoringCancellationSleepsTheWholeDuration() async {
        let clock = ContinuousClock()
        let start = clock.now
        let sleeper = Task { await sleepIgnoringCancellation(.milliseconds(20)) }
        sleeper.cancel()
        await sleeper.value
        #expect(clock.now - start >= .milliseconds(20))
    }
}
