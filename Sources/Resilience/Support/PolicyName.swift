/// The default names of policies: `timeout-1`, `timeout-2`, … per kind, in the order they are created.
///
/// Metrics, logs and the admin server tell policies apart by name, so two policies must never share one by default
/// (two unnamed retries once both reported as `retry`, adding up their counts in one series).
@usableFromInline
enum PolicyName {
    private static let counts = LockedValue<[String: Int]>([:])

    /// The next unused default name for a policy of `kind`.
    @usableFromInline
    static func unique(_ kind: String) -> String {
        let number = Self.counts.withLock { counts in
            counts[kind, default: 0] += 1
            return counts[kind]!
        }
        return "\(kind)-\(number)"
    }
}
