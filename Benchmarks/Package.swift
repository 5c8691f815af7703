// swift-tools-version:6.0
// EvidencePack benchmarks: a seeded generator of large synthetic inputs and a runner that measures the
// importers and whole-pack builds side by side with outside baselines (xmllint, Python csv, wc -l).
// Its own package so the root `swift test` never builds it; see README.md here for why a plain runner.
import PackageDescription

let package = Package(
    name: "EvidencePackBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        // The root package; `name:` keeps the product references independent of the checkout's folder name.
        .package(name: "EvidencePack", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "evidence-pack-bench",
            dependencies: [
                .product(name: "EvidencePackCore", package: "EvidencePack"),
                .product(name: "EvidenceModel", package: "EvidencePack"),
                .product(name: "EvidencePackModules", package: "EvidencePack"),
                .product(name: "AnnexASpec", package: "EvidencePack"),
                .product(name: "AnnexASampleGenerator", package: "EvidencePack"),
            ],
            // The allocator the `evidence-pack` program links (see the root Package.swift), so the
            // in-process importer rows measure the importers as the program runs them.
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
    ]
)
