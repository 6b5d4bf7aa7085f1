// What the benchmarks of the adapters share: the paired harness that measures a marginal cost of a few microseconds
// beside a loopback round trip of tens, and running async setup from the synchronous registration.

public import Benchmark
import Glibc
import NIOPosix

/// Runs an async body to completion from the synchronous setup.
public func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) -> T {
    try! MultiThreadedEventLoopGroup.singleton.any().makeFutureWithTask(body).wait()
}

public let marginal = BenchmarkMetric.custom("marginal (ns)", polarity: .prefersSmaller, useScalingFactor: false)
public let marginalShare = BenchmarkMetric.custom(
    "marginal (0.01 %)",
    polarity: .prefersSmaller,
    useScalingFactor: false
)

public let marginalCPU = BenchmarkMetric.custom(
    "marginal CPU, all threads (ns)",
    polarity: .prefersSmaller,
    useScalingFactor: false
)

public func nanosecondsNow(_ clock: clockid_t = CLOCK_MONOTONIC) -> Int64 {
    var now = timespec()
    clock_gettime(clock, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
}

/// Wall-clock and process CPU time (every thread: the client's event loop, the server's, the caller's) together.
struct Instant {
    var wall = nanosecondsNow()
    var cpu = nanosecondsNow(CLOCK_PROCESS_CPUTIME_ID)
}

/// The wall clock's noise on this machine (tens of microseconds per loopback request) hides a difference of a few
/// microseconds between two separate benchmarks. Here each sample times 1,000 pairs, a bare request and a guarded
/// one back to back (alternating which goes first), and records the difference of their means, in wall-clock time and
/// in the CPU time of every thread: drift and noise cancel, and the median of the samples is the marginal cost.
public func pairedBenchmark(
    _ name: String,
    bare: @escaping @Sendable () async throws -> Void,
    guarded: @escaping @Sendable () async throws -> Void
) {
    let configuration = Benchmark.Configuration(
        metrics: [marginal, marginalShare, marginalCPU],
        warmupIterations: 1,
        scalingFactor: .one,
        maxDuration: .seconds(45),
        maxIterations: 75
    )
    Benchmark(name, configuration: configuration) { benchmark in
        let pairs = 1_000
        var bareTotal: (wall: Int64, cpu: Int64) = (0, 0)
        var guardedTotal: (wall: Int64, cpu: Int64) = (0, 0)
        for pair in 0..<pairs {
            let first = pair % 2 == 0 ? bare : guarded
            let second = pair % 2 == 0 ? guarded : bare
            let start = Instant()
            try await first()
            let middle = Instant()
            try await second()
            let end = Instant()
            let firstTime = (middle.wall - start.wall, middle.cpu - start.cpu)
            let secondTime = (end.wall - middle.wall, end.cpu - middle.cpu)
            let (bareTime, guardedTime) = pair % 2 == 0 ? (firstTime, secondTime) : (secondTime, firstTime)
            bareTotal = (bareTotal.wall + bareTime.0, bareTotal.cpu + bareTime.1)
            guardedTotal = (guardedTotal.wall + guardedTime.0, guardedTotal.cpu + guardedTime.1)
        }
        // Histograms hold no negative values: a sample where noise made the guarded requests faster counts as zero.
        // Dropped, it would leave the median to the slower samples alone; as zero, the median is the true one
        // whenever fewer than half the samples are negative (the p0 and p25 columns then read zero).
        let difference = max(0, (guardedTotal.wall - bareTotal.wall) / Int64(pairs))
        benchmark.measurement(marginal, Int(difference))
        benchmark.measurement(marginalCPU, Int(max(0, (guardedTotal.cpu - bareTotal.cpu) / Int64(pairs))))
        benchmark.measurement(marginalShare, Int(difference * 10_000 / max(1, bareTotal.wall / Int64(pairs))))
    }
}
