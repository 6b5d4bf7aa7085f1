import Foundation

/// The complete example of a guide: the lines of `source` between `// guide-example-begin` and `// guide-example-end`,
/// which the article must show as a Swift code block, line for line.
public enum GuideExample {
    /// The repository's root, found from a test file's `#filePath` (`Tests/<target>/<file>.swift`).
    public static func repository(from filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// Whether the article at `article` shows the example of `source` (both relative to the repository) line for line;
    /// throws when a file cannot be read or the example's markers are missing.
    public static func articleShowsExample(article: String, source: String, filePath: String = #filePath) throws -> Bool
    {
        let root = Self.repository(from: filePath)
        let code = try String(contentsOf: root.appendingPathComponent(source), encoding: .utf8)
        guard let begin = code.range(of: "// guide-example-begin\n"),
            let end = code.range(of: "// guide-example-end\n"), begin.upperBound <= end.lowerBound
        else {
            throw MissingMarkers(source: source)
        }
        // The end marker's own indentation is not part of the example.
        let lineStart = code[..<end.lowerBound].lastIndex(of: "\n").map { code.index(after: $0) } ?? end.lowerBound
        let example = code[begin.upperBound..<max(begin.upperBound, lineStart)]
        let text = try String(contentsOf: root.appendingPathComponent(article), encoding: .utf8)
        return text.contains("```swift\n" + example + "```")
    }

    /// The example's markers are missing from a source file.
    public struct MissingMarkers: Error, CustomStringConvertible {
        /// The file.
        public var source: String
        public var description: String { "\(self.source) has no // guide-example-begin … // guide-example-end" }
    }
}
