extension Duration {
    /// The duration in whole nanoseconds, saturating at `Int64.max`.
    @inlinable
    package var nanoseconds: Int64 {
        let (seconds, attoseconds) = self.components
        let (wholeNanos, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        let (sum, sumOverflow) = wholeNanos.addingReportingOverflow(attoseconds / 1_000_000_000)
        if sumOverflow { return seconds < 0 ? .min : .max }
        return sum
    }

    /// The duration in seconds, as monitoring reports durations (the admin server's JSON too).
    package var seconds: Double {
        Double(self.components.seconds) + Double(self.components.attoseconds) / 1e18
    }
}
