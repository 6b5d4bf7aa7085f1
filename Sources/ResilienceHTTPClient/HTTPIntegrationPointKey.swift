// Built only with the package trait `AsyncHTTPClient` (its dependencies are fetched only then).
#if AsyncHTTPClient

import AsyncHTTPClient

/// The key of a request's integration point: `scheme://host:port`.
///
/// The scheme and host are lowercased, the default port is written out (`http` 80, `https` 443), an IPv6 host keeps
/// its brackets and user information is dropped, so that every spelling of one host finds the same point (and the same
/// breaker). A Unix-domain socket (`http+unix`, `https+unix`, `unix`) is keyed by its scheme and socket path.
///
/// Parsed in one pass over the URL's bytes: this runs on every request.
@usableFromInline
enum HTTPIntegrationPointKey {
    /// The key for `url`.
    ///
    /// - Throws: AsyncHTTPClient's own `HTTPClientError` for a URL it would refuse (`emptyScheme`, `emptyHost`,
    ///   `unsupportedScheme`, `invalidURL`, `missingSocketPath`), before anything is counted.
    @usableFromInline
    static func key(forURL url: String) throws -> String {
        if let key = try url.utf8.withContiguousStorageIfAvailable({ try Self.key(forURL: $0) }) {
            return key
        }
        var copy = url
        copy.makeContiguousUTF8()
        return try copy.utf8.withContiguousStorageIfAvailable { try Self.key(forURL: $0) }!
    }

    private static func key(forURL url: UnsafeBufferPointer<UInt8>) throws -> String {
        // scheme "://"
        var index = 0
        while index < url.count, url[index] != UInt8(ascii: ":") {
            if url[index] == UInt8(ascii: "/") { throw HTTPClientError.invalidURL }
            index += 1
        }
        guard index + 2 < url.count, url[index + 1] == UInt8(ascii: "/"), url[index + 2] == UInt8(ascii: "/") else {
            throw HTTPClientError.invalidURL
        }
        let scheme = UnsafeBufferPointer(rebasing: url[0..<index])
        guard !scheme.isEmpty else { throw HTTPClientError.emptyScheme }

        // authority, up to the path, query or fragment; user information dropped
        var start = index + 3
        var end = start
        while end < url.count, url[end] != UInt8(ascii: "/"), url[end] != UInt8(ascii: "?"),
            url[end] != UInt8(ascii: "#")
        {
            if url[end] == UInt8(ascii: "@") { start = end + 1 }
            end += 1
        }

        var key = [UInt8]()
        key.reserveCapacity(scheme.count + 3 + (end - start) + 6)
        for byte in scheme { key.append(lowercased(byte)) }
        key.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "/")])

        let defaultPort: Int
        switch key.count - 3 {
        case 4 where key.starts(with: "http".utf8): defaultPort = 80
        case 5 where key.starts(with: "https".utf8): defaultPort = 443
        default:
            let name = String(decoding: key.dropLast(3), as: UTF8.self)
            guard ["http+unix", "https+unix", "unix"].contains(name) else {
                throw HTTPClientError.unsupportedScheme(name)
            }
            // The host is the percent-encoded socket path (`unix`: the path follows).
            let path =
                name == "unix"
                ? UnsafeBufferPointer(rebasing: url[(index + 3)...]) : UnsafeBufferPointer(rebasing: url[start..<end])
            guard !path.isEmpty else { throw HTTPClientError.missingSocketPath }
            key.append(contentsOf: path)
            return String(decoding: key, as: UTF8.self)
        }

        // host, then an optional port
        var hostEnd = end
        var portStart: Int?
        if start < end, url[start] == UInt8(ascii: "[") {
            var close = start
            while close < end, url[close] != UInt8(ascii: "]") { close += 1 }
            guard close < end else { throw HTTPClientError.invalidURL }
            hostEnd = close + 1
            if hostEnd < end {
                guard url[hostEnd] == UInt8(ascii: ":") else { throw HTTPClientError.invalidURL }
                portStart = hostEnd + 1
            }
        } else {
            var colon = end
            while colon > start {
                colon -= 1
                if url[colon] == UInt8(ascii: ":") {
                    hostEnd = colon
                    portStart = colon + 1
                    break
                }
            }
        }
        guard hostEnd > start else { throw HTTPClientError.emptyHost }
        for position in start..<hostEnd { key.append(lowercased(url[position])) }
        key.append(UInt8(ascii: ":"))

        if let portStart, portStart < end {
            guard end - portStart <= 5 else { throw HTTPClientError.invalidURL }
            var port = 0
            for position in portStart..<end {
                let digit = url[position]
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { throw HTTPClientError.invalidURL }
                port = port * 10 + Int(digit - UInt8(ascii: "0"))
            }
            guard port <= 65_535 else { throw HTTPClientError.invalidURL }
            appendDecimal(port, to: &key)
        } else {
            appendDecimal(defaultPort, to: &key)
        }
        return String(decoding: key, as: UTF8.self)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        while divisor * 10 <= value { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}

#endif
