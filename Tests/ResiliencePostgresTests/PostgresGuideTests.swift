// Built only with the package trait `PostgresNIO` (its dependencies are fetched only then).
#if PostgresNIO

import ResilienceTestSupport
import Testing

@Suite("Protecting PostgreSQL queries guide")
struct PostgresGuideTests {
    /// The article shows the example the release-build check builds and runs against a real PostgreSQL, line for
    /// line.
    @Test func theArticleShowsTheExampleTheReleaseBuildCheckRuns() throws {
        #expect(
            try GuideExample.articleShowsExample(
                article: "Sources/ResiliencePostgres/ResiliencePostgres.docc/ProtectingPostgreSQLQueries.md",
                source: "ReleaseBuildCheck/Sources/release-build-check/PostgresGuide.swift"
            )
        )
    }
}

#endif
