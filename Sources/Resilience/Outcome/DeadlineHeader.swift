/// How a deadline travels to the next service in a request header, and back out of one.
///
/// ```swift
/// if let deadline = Deadline.current, let value = DeadlineHeader.envoyExpectedTimeout.value(for: deadline) {
///     request.headers.add(name: DeadlineHeader.envoyExpectedTimeout.name, value: value)   // "1500"
/// }
/// let budget = DeadlineHeader.grpcTimeout.remaining(fromValue: "1500m")                  // 1.5 seconds
/// ```
///
/// Envoy sets `x-envoy-expected-rq-timeout-ms` on every request it forwards, so a service behind an Envoy or Istio
/// sidecar gets the mesh's budget with no configuration, and an Envoy route with `respect_expected_rq_timeout` adopts
/// ours; integer milliseconds parse without ambiguity. gRPC keeps its own `grpc-timeout`.
///
/// Values are strict: a value that is zero, signed, padded with whitespace, fractional, too long or out of range reads
/// as no deadline at all (`nil`), never as a wrong one.
public enum DeadlineHeader: Sendable, Hashable {
    /// `x-envoy-expected-rq-timeout-ms: 1500`: whole milliseconds. The default for HTTP.
    case envoyExpectedTimeout
    /// `grpc-timeout: 1500m`: at most 8 digits and a unit (`H`, `M`, `S`, `m`, `u`, `n`). The default for gRPC.
    case grpcTimeout
    /// A header of your choice holding whole milliseconds.
    case milliseconds(name: String)

    /// The header's name, in lowercase for the two standard ones.
    public var name: String {
        switch self {
        case .envoyExpectedTimeout: "x-envoy-expected-rq-timeout-ms"
        case .grpcTimeout: "grpc-timeout"
        case .milliseconds(let name): name
        }
    }

    /// The header's value for the time `deadline` has left, or `nil` when less than a millisecond is left (the
    /// request should not be sent then).
    ///
    /// Milliseconds are rounded down, so the next service never believes it has more time than we do; the gRPC value
    /// uses the finest unit whose count fits in 8 digits, rounded up, as grpc-go writes it.
    public func value(for deadline: Deadline) -> String? {
        self.value(forRemaining: .nanoseconds(deadline.remainingNanoseconds))
    }

    /// The header's value for a budget of `remaining`, or `nil` when it is under a millisecond.
    public func value(forRemaining remaining: Duration) -> String? {
        let nanoseconds = remaining.nanoseconds
        guard nanoseconds >= 1_000_000 else { return nil }
        switch self {
        case .envoyExpectedTimeout, .milliseconds:
            return String(nanoseconds / 1_000_000)
        case .grpcTimeout:
            return Self.grpcValue(nanoseconds: nanoseconds)
        }
    }

    /// The budget a header value gives, or `nil` when the value is malformed or zero.
    public func remaining(fromValue value: some StringProtocol) -> Duration? {
        switch self {
        case .envoyExpectedTimeout, .milliseconds:
            guard let milliseconds = Self.positiveInteger(value.utf8, maximumDigits: 18) else { return nil }
            return .milliseconds(milliseconds)
        case .grpcTimeout:
            let utf8 = Array(value.utf8)
            guard let unit = utf8.last, let count = Self.positiveInteger(utf8.dropLast(), maximumDigits: 8) else {
                return nil
            }
            switch unit {
            case UInt8(ascii: "H"): return .seconds(count * 3_600)
            case UInt8(ascii: "M"): return .seconds(count * 60)
            case UInt8(ascii: "S"): return .seconds(count)
            case UInt8(ascii: "m"): return .milliseconds(count)
            case UInt8(ascii: "u"): return .microseconds(count)
            case UInt8(ascii: "n"): return .nanoseconds(count)
            default: return nil
            }
        }
    }

    /// `digits` as a number when they are 1 to `maximumDigits` ASCII digits and not zero.
    private static func positiveInteger(_ digits: some Collection<UInt8>, maximumDigits: Int) -> Int64? {
        guard !digits.isEmpty, digits.count <= maximumDigits else { return nil }
        var value: Int64 = 0
        for digit in digits {
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(digit - UInt8(ascii: "0"))
        }
        return value > 0 ? value : nil
    }

    /// grpc-go's `encodeTimeout`: the finest unit whose count, rounded up, fits in 8 digits.
    private static func grpcValue(nanoseconds: Int64) -> String {
        let maximum: Int64 = 99_999_999
        let units: [(Int64, Character)] = [
            (1, "n"), (1_000, "u"), (1_000_000, "m"), (1_000_000_000, "S"), (60_000_000_000, "M"),
        ]
        for (size, unit) in units {
            let count = nanoseconds / size + (nanoseconds % size == 0 ? 0 : 1)
            if count <= maximum {
                return "\(count)\(unit)"
            }
        }
        let hours: Int64 = 3_600_000_000_000
        return "\(nanoseconds / hours + (nanoseconds % hours == 0 ? 0 : 1))H"
    }
}

extension DeadlineHeader {
    /// Whether a request that carries `existingValue` in this header gets the value for `remaining` instead: when it
    /// carries none, a malformed one, or one that promises more time. A smaller value the caller set is kept. The one
    /// rule of the adapters (AsyncHTTPClient, OpenAPI, gRPC).
    package func replaces(_ existingValue: String?, remaining: Duration) -> Bool {
        guard let existing = existingValue.flatMap({ self.remaining(fromValue: $0) }) else { return true }
        return existing > remaining
    }
}
