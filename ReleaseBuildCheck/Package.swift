// swift-tools-version: 6.1

import PackageDescription

// Client code built with `-c release`, as users build theirs: every public entry point of every product, called in the
// shapes client code takes. Swift 6.3.1's optimiser has crashed on such code (see generate-shapes); `.ci/run` builds
// and runs this package. Its own package, so that its build never slows the library's.
let package = Package(
    name: "swift-resilience-release-build-check",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "swift-resilience", path: "..", traits: ["Configuration", "Admin", "Chaos", "AsyncHTTPClient"]),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        .executableTarget(
            name: "release-build-check",
            dependencies: [
                .product(name: "Resilience", package: "swift-resilience"),
                .product(name: "ResilienceConfiguration", package: "swift-resilience"),
                .product(name: "ResilienceAdmin", package: "swift-resilience"),
                .product(name: "ResilienceChaos", package: "swift-resilience"),
                .product(name: "ResilienceHTTPClient", package: "swift-resilience"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "ResilienceTesting", package: "swift-resilience"),
            ]
        )
    ]
)
