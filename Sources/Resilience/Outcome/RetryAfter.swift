#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The HTTP `Retry-After` header (RFC 9110 §10.2.3): a number of seconds, or an HTTP-date.
///
/// ```swift
/// RetryAfter.delay(fromHeaderValue: "120")                             // 2 minutes
/// RetryAfter.delay(fromHeaderValue: "Wed, 21 Oct 2015 07:28:00 GMT")   // until then; zero once it has passed
/// RetryAfter.headerValue(for: .milliseconds(1_500))                    // "2"
/// ```
///
/// A retry waits the larger of its own backoff and the delay a dependency asked for; a load-shedding server answers
/// 503 with the header.
public enum RetryAfter {
    /// The delay a header value asks for, or `nil` when the value is neither a number of seconds nor an HTTP-date.
    ///
    /// Dates are read in all three forms RFC 9110 requires a recipient to accept (IMF-fixdate, RFC 850, asctime); a
    /// date in the past is a delay of zero. Surrounding spaces and tabs are ignored.
    ///
    /// - Parameters:
    ///   - value: The header's value.
    ///   - now: The current time in seconds since 1970, for dates; tests pass a fixed one.
    public static func delay(
        fromHeaderValue value: some StringProtocol,
        now: Int64 = RetryAfter.secondsSinceEpoch()
    ) -> Duration? {
        let bytes = Array(value.utf8).trimmed
        guard !bytes.isEmpty else { return nil }
        if bytes.allSatisfy(\.isDigit) {
            guard bytes.count <= 12, let seconds = Int64(String(decoding: bytes, as: UTF8.self)) else { return nil }
            return .seconds(seconds)
        }
        guard let date = HTTPDate(Array(bytes)) else { return nil }
        return .seconds(max(0, date.secondsSinceEpoch - now))
    }

    /// The header value for `delay`: whole seconds, rounded up; `"0"` for zero or less.
    public static func headerValue(for delay: Duration) -> String {
        guard delay > .zero else { return "0" }
        let (seconds, attoseconds) = delay.components
        return String(attoseconds > 0 ? seconds + 1 : seconds)
    }

    /// The wall-clock time in whole seconds since 1970.
    public static func secondsSinceEpoch() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec)
    }
}

/// An HTTP-date in any of its three forms.
private struct HTTPDate {
    let secondsSinceEpoch: Int64

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    init?(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        let day: Int64
        let month: Int64
        var year: Int64
        let time: Substring
        if words.count == 6, words[0].hasSuffix(","), words[5] == "GMT" {
            // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
            guard words[1].count == 2, words[3].count == 4, let d = Int64(words[1]), let y = Int64(words[3]),
                let m = Self.month(words[2])
            else { return nil }
            (day, month, year, time) = (d, m, y, words[4])
        } else if words.count == 4, words[0].hasSuffix(","), words[3] == "GMT" {
            // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
            let parts = words[1].split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 2, parts[2].count == 2, let d = Int64(parts[0]),
                let y = Int64(parts[2]), let m = Self.month(parts[1])
            else { return nil }
            // RFC 9110: a two-digit year more than 50 years in the future is in the past century.
            (day, month, year, time) = (d, m, y + 2000, words[2])
            if year > Int64(Self.currentYear()) + 50 { year -= 100 }
        } else if words.count == 5 {
            // asctime: "Sun Nov  6 08:49:37 1994"
            guard words[2].count <= 2, words[4].count == 4, let d = Int64(words[2]), let y = Int64(words[4]),
                let m = Self.month(words[1])
            else { return nil }
            (day, month, year, time) = (d, m, y, words[3])
        } else {
            return nil
        }
        let clock = time.split(separator: ":", omittingEmptySubsequences: false)
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 && $0.utf8.allSatisfy(\.isDigit) }),
            let hour = Int64(clock[0]), let minute = Int64(clock[1]), let second = Int64(clock[2]),
            hour < 24, minute < 60, second < 61, day >= 1, day <= Self.days(inMonth: month, year: year)
        else { return nil }
        self.secondsSinceEpoch =
            Self.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3_600 + minute * 60 + second
    }

    private static func month(_ name: Substring) -> Int64? {
        Self.months.firstIndex(of: String(name)).map { Int64($0) + 1 }
    }

    private static func days(inMonth month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to the date (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func currentYear() -> Int {
        Int(1970 + RetryAfter.secondsSinceEpoch() / 31_556_952)
    }
}

extension UInt8 {
    fileprivate var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}

extension Array where Element == UInt8 {
    /// Without leading and trailing spaces and tabs.
    fileprivate var trimmed: ArraySlice<UInt8> {
        let isBlank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard let first = self.firstIndex(where: { !isBlank($0) }), let last = self.lastIndex(where: { !isBlank($0) })
        else { return [] }
        return self[first...last]
    }
}

extension ClassifiedFailure {
    /// A response whose status counts as a failure or a contract violation, as an HTTP adapter sends it through a
    /// pipeline: retried only when the request may be sent again, the outcome is a failure and the server's
    /// `Retry-After` (seconds or an HTTP-date) is no longer than `maximumRetryAfter`. The one rule of the adapters
    /// (AsyncHTTPClient, OpenAPI).
    package init(
        response: any Error,
        outcome: CallOutcome,
        retryAfterHeader: String?,
        maximumRetryAfter: Duration,
        eligibleForRetry: Bool
    ) {
        let retryAfter = retryAfterHeader.flatMap { RetryAfter.delay(fromHeaderValue: $0) }
        let waitable = retryAfter.map { $0 <= maximumRetryAfter } ?? true
        self.init(
            response,
            outcome: outcome,
            permitsRetry: eligibleForRetry && outcome == .failure && waitable,
            retryAfterDelay: retryAfter
        )
    }
}
