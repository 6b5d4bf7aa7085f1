// Built only with the package trait `FileSystem` (its dependencies are fetched only then).
#if FileSystem

import NIOCore
import Resilience
import ResilienceFileSystem
import ResilienceTestSupport
import Testing
import _NIOFileSystem

/// Every name of DESIGN.md's "ResilienceFileSystem" section, spelled as written there, and the guide's example.
@Suite("ResilienceFileSystem contract")
struct FileSystemContractTests {
    @Test func theClientsNamesAndTypes() throws {
        let point = try ResilienceRegistry().register(
            "disk",
            pipeline: ResiliencePipeline { try CircuitBreaker(name: "disk") }
        )
        let disk = ResilientFileSystem(fileSystem: .shared, integrationPoint: point, errorClassification: .fileSystem)
        let _: FileSystem = disk.fileSystem
        #expect(disk.integrationPoint === point)
        let bulkhead = try BlockingBulkhead(name: "disk.threads", maxThreads: 1)
        let calls: [(ResilientFileSystem<CircuitBreaker>) async throws -> Void] = [
            { _ = try await $0.readAll(at: "/etc/hostname", maximumSizeAllowed: .kilobytes(1)) },
            { try await $0.write(ByteBuffer(), to: "/dev/null", options: .newFile(replaceExisting: true)) },
            { _ = try await $0.run { fileSystem in fileSystem } },
            { _ = try await $0.runBlocking(on: bulkhead, timeout: nil) { 1 } },
        ]
        #expect(calls.count == 4)
    }

    /// The article shows the example the release-build check builds and runs, line for line.
    @Test func theArticleShowsTheExampleTheReleaseBuildCheckRuns() throws {
        #expect(
            try GuideExample.articleShowsExample(
                article: "Sources/ResilienceFileSystem/ResilienceFileSystem.docc/ProtectingTheDisk.md",
                source: "ReleaseBuildCheck/Sources/release-build-check/FileSystemGuide.swift"
            )
        )
    }
}

#endif
