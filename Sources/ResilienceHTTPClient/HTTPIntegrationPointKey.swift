// Built only with the package trait `AsyncHTTPClient` (its dependencies are fetched only then).
#if AsyncHTTPClient

import AsyncHTTPClient

/// The key of a request's integration point: `scheme://host:port`.
///
/// The scheme and host are lowercased, the default port is written out (`http` 80, `https` 443), an IPv6 host keeps
/// its brackets and user information is dropped, so that every spelling of one host finds the same point (and the same
/// breaker). A Unix-domain socket (`http+unix`, `https+unix`, `unix`) is keyed by its scheme and socket path.
enum HTTPIntegrationPointKey {
    /// The key for `url`.
    ///
    /// - Throws: AsyncHTTPClient's own `HTTPClientError` for a URL it would refuse (`emptyScheme`, `emptyHost`,
    ///   `unsupportedScheme`, `invalidURL`), before anything is counted.
    static func key(forURL url: String) throws -> String {
        var utf8 = Substring(url).utf8[...]
        guard let separator = Self.firstIndex(of: "://", in: utf8) else {
            throw HTTPClientError.invalidURL
        }
        let scheme = String(Substring(utf8[..<separator])).lowercased()
        guard !scheme.isEmpty else { throw HTTPClientError.emptyScheme }
        utf8 = utf8[utf8.index(separator, offsetBy: 3)...]

        let authorityEnd =
            utf8.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
            ?? utf8.endIndex
        var authority = utf8[..<authorityEnd]
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) {
            authority = authority[authority.index(after: at)...]
        }

        let defaultPort: Int
        switch scheme {
        case "http": defaultPort = 80
        case "https": defaultPort = 443
        case "http+unix", "https+unix", "unix":
            // The host is the percent-encoded socket path (`unix`: the path follows).
            let path = scheme == "unix" ? utf8 : authority
            guard !path.isEmpty else { throw HTTPClientError.missingSocketPath }
            return "\(scheme)://\(Substring(path))"
        default:
            throw HTTPClientError.unsupportedScheme(scheme)
        }

        let host: Substring.UTF8View.SubSequence
        var portText: Substring.UTF8View.SubSequence?
        if authority.first == UInt8(ascii: "[") {
            guard let close = authority.firstIndex(of: UInt8(ascii: "]")) else { throw HTTPClientError.invalidURL }
            host = authority[...close]
            let rest = authority[authority.index(after: close)...]
            if let colon = rest.first {
                guard colon == UInt8(ascii: ":") else { throw HTTPClientError.invalidURL }
                portText = rest.dropFirst()
            }
        } else if let colon = authority.lastIndex(of: UInt8(ascii: ":")) {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        } else {
            host = authority
        }
        guard !host.isEmpty else { throw HTTPClientError.emptyHost }

        var port = defaultPort
        if let portText, !portText.isEmpty {
            guard portText.count <= 5, let value = Int(Substring(portText)), (0...65_535).contains(value) else {
                throw HTTPClientError.invalidURL
            }
            port = value
        }
        return "\(scheme)://\(Substring(host).lowercased()):\(port)"
    }

    private static func firstIndex(
        of pattern: StaticString,
        in utf8: Substring.UTF8View.SubSequence
    ) -> Substring.UTF8View.Index? {
        let bytes = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
        var index = utf8.startIndex
        while index < utf8.endIndex {
            if utf8[index...].starts(with: bytes) { return index }
            // A scheme never holds a slash: stop at the first one.
            if utf8[index] == UInt8(ascii: "/") { return nil }
            index = utf8.index(after: index)
        }
        return nil
    }
}

#endif
