// Built only with the package trait `Configuration` (its dependencies are fetched only then).
#if Configuration

/// Durations as written in configuration documents: a number and a unit, `250ms`, `2s`, `1m`, `1.5s`, `1m30s`.
///
/// Units: `ns`, `us` (or `µs`), `ms`, `s`, `m`, `h`. Several parts add up (`1m30s`). A bare number is an error: a
/// document must say what it means.
public enum DurationText {
    private static let units: [(String, Int64)] = [
        ("ns", 1), ("us", 1_000), ("µs", 1_000), ("ms", 1_000_000), ("s", 1_000_000_000),
        ("m", 60_000_000_000), ("h", 3_600_000_000_000),
    ]

    /// Parses `text`, or returns `nil` when it is not a duration.
    public static func parse(_ text: String) -> Duration? {
        var rest = Substring(text.trimmingWhitespace())
        guard !rest.isEmpty else { return nil }
        var total: Int64 = 0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            let unitText = rest.prefix { $0.isLetter }
            // "m" must not swallow the "ms" and "us" of longer units: match the exact unit text.
            guard let (_, nanoseconds) = Self.units.first(where: { $0.0 == String(unitText) }) else { return nil }
            rest = rest.dropFirst(unitText.count)
            let part = value * Double(nanoseconds)
            guard part.isFinite, part < Double(Int64.max) - Double(total) else { return nil }
            total += Int64(part.rounded())
        }
        return .nanoseconds(total)
    }

    /// The problem with `written` (as the document shows it) when it does not parse.
    static func notADuration(_ written: String) -> String {
        "\(written) is not a duration: write a number and a unit, as 250ms, 2s or 1m"
    }

    /// Writes `duration` in the largest unit that expresses it exactly: `250ms`, `2s`, `1m`, `90s`.
    public static func format(_ duration: Duration) -> String {
        let nanoseconds =
            Int64(duration.components.seconds) * 1_000_000_000
            + duration.components.attoseconds / 1_000_000_000
        if nanoseconds == 0 { return "0s" }
        for (unit, size) in Self.units.reversed() where unit != "µs" && nanoseconds % size == 0 {
            return "\(nanoseconds / size)\(unit)"
        }
        return "\(nanoseconds)ns"
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> Substring {
        let start = self.firstIndex { !$0.isWhitespace } ?? self.endIndex
        let end = self.lastIndex { !$0.isWhitespace }.map { self.index(after: $0) } ?? start
        return self[start..<end]
    }
}

#endif
