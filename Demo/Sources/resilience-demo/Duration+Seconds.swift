extension Duration {
    /// The duration in seconds, for rates and the status line.
    var inSeconds: Double {
        Double(self.components.seconds) + Double(self.components.attoseconds) * 1e-18
    }
}
