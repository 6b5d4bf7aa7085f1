// Built only with the package trait `AsyncHTTPClient` (its dependencies are fetched only then).
#if AsyncHTTPClient

import AsyncHTTPClient

/// The key of a request's integration point: `scheme://host:port`.
///
/// The scheme and host are lowercased, the default port is written out (`http` 80, `https` 443), an IPv6 host keeps
/// its brackets and user information is dropped, so that every spelling of one host finds the same point (and the same
/// breaker). A Unix-domain socket (`http+unix`, `https+unix`, `unix`) is keyed by its scheme and socket path.
///
/// Parsed in one pass over the URL's bytes and written straight into the key's string (one allocation, none for a key of
/// up to 15 bytes): this runs on every request.
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

        let defaultPort: Int
        if Self.equalsIgnoringCase(scheme, "http") {
            defaultPort = 80
        } else if Self.equalsIgnoringCase(scheme, "https") {
            defaultPort = 443
        } else {
            let name = String(decoding: scheme.map(Self.lowercased), as: UTF8.self)
            guard ["http+unix", "https+unix", "unix"].contains(name) else {
                throw HTTPClientError.unsupportedScheme(name)
            }
            // The host is the percent-encoded socket path (`unix`: the path follows).
            let path =
                name == "unix"
                ? UnsafeBufferPointer(rebasing: url[(index + 3)...]) : UnsafeBufferPointer(rebasing: url[start..<end])
            guard !path.isEmpty else { throw HTTPClientError.missingSocketPath }
            return name + "://" + String(decoding: path, as: UTF8.self)
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
        var port = defaultPort
        if let portStart, portStart < end {
            guard end - portStart <= 5 else { throw HTTPClientError.invalidURL }
            port = 0
            for position in portStart..<end {
                let digit = url[position]
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { throw HTTPClientError.invalidURL }
                port = port * 10 + Int(digit - UInt8(ascii: "0"))
            }
            guard port <= 65_535 else { throw HTTPClientError.invalidURL }
        }

        // Written once into the string's own storage: `scheme://host:port`, lowercased.
        var digits = 1
        var bound = 10
        while port >= bound {
            digits += 1
            bound *= 10
        }
        let host = UnsafeBufferPointer(rebasing: url[start..<hostEnd])
        let length = scheme.count + 3 + host.count + 1 + digits
        return String(unsafeUninitializedCapacity: length) { key in
            var position = 0
            for byte in scheme {
                key[position] = Self.lowercased(byte)
                position += 1
            }
            for byte in "://".utf8 {
                key[position] = byte
                position += 1
            }
            for byte in host {
                key[position] = Self.lowercased(byte)
                position += 1
            }
            key[position] = UInt8(ascii: ":")
            var rest = port
            for digit in (0..<digits).reversed() {
                key[position + 1 + digit] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return length
        }
    }

    /// Whether `bytes` spell `name` (lowercase ASCII), in any case.
    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        guard bytes.count == name.utf8CodeUnitCount else { return false }
        for offset in 0..<bytes.count where Self.lowercased(bytes[offset]) != name.utf8Start[offset] {
            return false
        }
        return true
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}

#endif
