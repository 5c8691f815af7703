// swift-tools-version:6.0
// EvidencePack: assembles the evidence pack an English local authority's children's services
// send to Ofsted for an ILACS inspection. Readers → one small model → writers (see DESIGN in README).
import PackageDescription

let package = Package(
    name: "EvidencePack",
    // Linux only (Debian/Ubuntu): Core reads Linux `stat` fields and the CI runs on Linux; macOS is
    // not claimed because nothing here builds or tests it there.
    products: [
        .executable(name: "evidence-pack", targets: ["evidence-pack"]),
        .library(name: "EvidenceModel", targets: ["EvidenceModel"]),
        .library(name: "EvidencePackCore", targets: ["EvidencePackCore"]),
        // The built-in module list, for the Benchmarks package (Benchmarks/), which depends on this one.
        .library(name: "EvidencePackModules", targets: ["EvidencePackModules"]),
        // The Annex A template and its seeded sample generator (the benchmarks' Annex A inputs).
        .library(name: "AnnexASpec", targets: ["AnnexASpec"]),
        .library(name: "AnnexASampleGenerator", targets: ["AnnexASampleGenerator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // The model: value types only, no I/O.
        .target(name: "EvidenceModel"),

        // The built-in packs and Annex A templates (Packs/<folder>/*.yaml), compiled into the program by
        // the EmbedPacks build-tool plugin (a small host tool writes them as string literals), so the
        // installed binary needs no source tree; and the EVIDENCE_PACK_PACKS search path.
        .target(name: "BuiltinPacks", plugins: ["EmbedPacks"]),
        .executableTarget(name: "EmbedPackFiles"),
        .plugin(name: "EmbedPacks", capability: .buildTool(), dependencies: ["EmbedPackFiles"], path: "Plugins/EmbedPacks"),

        // Protocols, registry, discovery, pipeline, pack definitions, BagIt sealing.
        .target(
            name: "EvidencePackCore",
            dependencies: [
                "EvidenceModel",
                "BuiltinPacks",
                "Deflate",
                "Zstandard",
                "CFileSystemType",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),

        // statfs(2), which Glibc's Swift module lacks: the file system's type tells how fine its
        // timestamps are (see BagFileStates.racyWindowNanoseconds).
        .target(name: "CFileSystemType"),

        // libxml2 from the system (Debian: libxml2-dev); only `LibXML` touches its C API.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "LibXML", dependencies: ["CLibXML2"]),

        // libxlsxwriter from the system (Debian: libxlsxwriter-dev); only `XLSXWriter` touches its C API.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // zlib from the system (Debian: zlib1g-dev); only `Deflate` touches its C API. The workbook's
        // large worksheets are compressed with it in parallel chunks (see `ParallelDeflater`).
        .systemLibrary(
            name: "CZlibDeflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "Deflate", dependencies: ["CZlibDeflate"]),
        // Zstandard from the system (Debian: libzstd-dev): the import cache's entries and the
        // exporters' memos, which a nightly build inflates by the ten thousand.
        .systemLibrary(
            name: "CZstd",
            pkgConfig: "libzstd",
            providers: [.apt(["libzstd-dev"])]
        ),
        .target(name: "Zstandard", dependencies: ["CZstd"]),
        .target(name: "XLSXWriter", dependencies: ["CXlsxWriter", "Deflate"]),

        // Importers: one target each.
        // The council-text vocabulary every reader of council documents shares: dates, month names,
        // meeting references, file sizes.
        .target(
            name: "CouncilText",
            dependencies: ["EvidenceModel"],
            path: "Sources/Importers/CouncilText"
        ),
        .target(
            name: "MinutesTextImporter",
            dependencies: ["EvidenceModel", "EvidencePackCore", "CouncilText"],
            path: "Sources/Importers/MinutesText"
        ),
        .target(
            name: "DocumentFileImporter",
            dependencies: [
                "EvidenceModel", "EvidencePackCore", "LibXML", "CouncilText", "Deflate",
            ],
            path: "Sources/Importers/DocumentFile"
        ),
        .target(
            name: "HTMLAgendaImporter",
            // MinutesTextImporter for `StatedPeople`: one set of rules for who attended, text or HTML.
            dependencies: ["EvidenceModel", "EvidencePackCore", "LibXML", "CouncilText", "MinutesTextImporter"],
            path: "Sources/Importers/HTMLAgenda"
        ),

        .target(
            name: "ModernGovXMLImporter",
            dependencies: ["EvidenceModel", "EvidencePackCore", "LibXML", "CouncilText"],
            path: "Sources/Importers/ModernGovXML"
        ),

        .target(
            name: "CSVTableImporter",
            dependencies: ["EvidenceModel", "EvidencePackCore", "AnnexA", "AnnexASpec", "CouncilText"],
            path: "Sources/Importers/CSVTable"
        ),
        .target(
            name: "AnnexAWorkbookImporter",
            dependencies: ["EvidenceModel", "EvidencePackCore", "AnnexA"],
            path: "Sources/Importers/AnnexAWorkbook"
        ),

        // The Annex A template spec (read from Packs/annex-a/template-*.yaml) and the seeded
        // synthetic Annex A generator that examples, tests and benchmarks use.
        .target(
            name: "AnnexASpec",
            dependencies: ["EvidenceModel", "BuiltinPacks", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "AnnexASampleGenerator", dependencies: ["EvidenceModel", "AnnexASpec"]),
        // The one Annex A layer: the template (re-exported), list recognition, row reading (CSV and
        // streamed .xlsx) and validation, used by the CSV importer, the workbook importer and the
        // workbook exporter (which gets its inputs from Core's guarded open, never from an importer).
        .target(
            name: "AnnexA",
            dependencies: [
                "EvidenceModel", "EvidencePackCore", "AnnexASpec", "LibXML", "Deflate",
            ]
        ),

        // Exporters: one target each.
        .target(
            name: "JSONExporter",
            dependencies: ["EvidenceModel", "EvidencePackCore"],
            path: "Sources/Exporters/JSON"
        ),
        .target(
            name: "XMLExporter",
            dependencies: ["EvidenceModel", "EvidencePackCore", "LibXML"],
            path: "Sources/Exporters/XML"
        ),
        .target(
            name: "AnnexAWorkbookExporter",
            dependencies: ["EvidenceModel", "EvidencePackCore", "AnnexA", "AnnexASpec", "XLSXWriter"],
            path: "Sources/Exporters/AnnexAWorkbook"
        ),
        .target(
            name: "HTMLIndexExporter",
            dependencies: ["EvidenceModel", "EvidencePackCore"],
            path: "Sources/Exporters/HTMLIndex"
        ),

        // The one list of built-in modules (adding an importer = one target + one line there).
        .target(
            name: "EvidencePackModules",
            dependencies: [
                "EvidencePackCore",
                "MinutesTextImporter",
                "CSVTableImporter",
                "AnnexAWorkbookImporter",
                "HTMLAgendaImporter",
                "DocumentFileImporter",
                "JSONExporter",
                "XMLExporter",
                "HTMLIndexExporter",
                "AnnexAWorkbookExporter",
                "ModernGovXMLImporter",
                // new-importer: insert module dependencies above this line
            ]
        ),

        // `fetch moderngov`: a polite, resumable mirror of a ModernGov site's web service (URLSession).
        .target(
            name: "ModernGovFetch",
            dependencies: ["EvidenceModel", "EvidencePackCore", "ModernGovXMLImporter"]
        ),

        // The command line: swift-argument-parser commands over the core.
        .target(
            name: "EvidencePackCLI",
            dependencies: [
                "EvidenceModel",
                "EvidencePackCore",
                "BuiltinPacks",
                "AnnexA",
                "AnnexASampleGenerator",
                "ModernGovFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // jemalloc (Debian: libjemalloc-dev) replaces glibc's malloc in the program: a build makes and
        // frees millions of small texts and nodes, and glibc's allocator spent a fifth of `check`'s CPU
        // time (measured: `check` 17 % and a full build 10 % less CPU, a lower peak; Benchmarks/RESULTS.md).
        // Linked into the executable only: the libraries and tests keep the system allocator.
        .executableTarget(
            name: "evidence-pack",
            dependencies: ["EvidencePackCLI", "EvidencePackModules", .product(name: "Logging", package: "swift-log")],
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),

        .testTarget(name: "EvidenceModelTests", dependencies: ["EvidenceModel"]),
        .testTarget(name: "EvidencePackCoreTests", dependencies: ["EvidencePackCore", "EvidenceModel", "EvidenceFixtures", "BuiltinPacks", "AnnexASampleGenerator"]),
        .testTarget(name: "LibXMLTests", dependencies: ["LibXML"]),
        .testTarget(name: "CouncilTextTests", dependencies: ["CouncilText", "EvidenceModel", "AnnexASampleGenerator"], path: "Tests/Importers/CouncilTextTests"),
        .testTarget(name: "DeflateTests", dependencies: ["Deflate", "EvidenceFixtures"]),
        .testTarget(name: "ZstandardTests", dependencies: ["Zstandard"]),
        .testTarget(name: "XLSXWriterTests", dependencies: ["XLSXWriter", "EvidenceFixtures"]),
        .testTarget(
            name: "MinutesTextImporterTests",
            dependencies: ["MinutesTextImporter", "EvidencePackCore", "EvidenceModel", "AnnexASampleGenerator"],
            path: "Tests/Importers/MinutesTextImporterTests"
        ),
        .testTarget(
            name: "CSVTableImporterTests",
            dependencies: ["CSVTableImporter", "AnnexA", "AnnexASpec", "AnnexASampleGenerator", "EvidencePackCore", "EvidenceModel"],
            path: "Tests/Importers/CSVTableImporterTests"
        ),
        .testTarget(
            name: "AnnexATests",
            dependencies: ["AnnexA", "AnnexASpec", "AnnexASampleGenerator", "CSVTableImporter", "EvidencePackCore", "EvidenceModel", "XLSXWriter", "LibXML", "EvidenceFixtures",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "AnnexAWorkbookImporterTests",
            dependencies: ["AnnexAWorkbookImporter", "AnnexA", "CSVTableImporter", "EvidencePackCore", "EvidenceModel", "XLSXWriter"],
            path: "Tests/Importers/AnnexAWorkbookImporterTests"
        ),
        .testTarget(
            name: "AnnexASpecTests",
            dependencies: ["AnnexASpec", "AnnexASampleGenerator", "BuiltinPacks", "EvidenceModel", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(
            name: "HTMLAgendaImporterTests",
            dependencies: ["HTMLAgendaImporter", "MinutesTextImporter", "LibXML", "EvidencePackCore", "EvidenceModel"],
            path: "Tests/Importers/HTMLAgendaImporterTests"
        ),
        .testTarget(
            name: "DocumentFileImporterTests",
            dependencies: [
                "DocumentFileImporter", "EvidencePackCore", "EvidenceModel", "EvidencePackModules", "EvidenceFixtures", "LibXML",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Tests/Importers/DocumentFileImporterTests"
        ),
        .testTarget(
            name: "JSONExporterTests",
            dependencies: ["JSONExporter", "EvidencePackCore", "EvidenceModel", "EvidenceFixtures", "AnnexASampleGenerator"],
            path: "Tests/Exporters/JSONExporterTests"
        ),
        // Bundles shared by the exporter and CLI tests.
        .target(name: "EvidenceFixtures", dependencies: ["EvidenceModel", "EvidencePackCore", "AnnexASampleGenerator", "Deflate"], path: "Tests/Fixtures"),
        .testTarget(
            name: "XMLExporterTests",
            dependencies: ["XMLExporter", "EvidencePackCore", "EvidenceModel", "EvidenceFixtures", "LibXML"],
            path: "Tests/Exporters/XMLExporterTests"
        ),
        .testTarget(
            name: "AnnexAWorkbookExporterTests",
            dependencies: ["AnnexAWorkbookExporter", "AnnexA", "AnnexASpec", "AnnexASampleGenerator", "CSVTableImporter", "EvidencePackCore", "EvidenceModel", "EvidenceFixtures"],
            path: "Tests/Exporters/AnnexAWorkbookExporterTests"
        ),
        .testTarget(
            name: "HTMLIndexExporterTests",
            dependencies: ["HTMLIndexExporter", "EvidencePackCore", "EvidenceModel", "EvidenceFixtures", "LibXML"],
            path: "Tests/Exporters/HTMLIndexExporterTests"
        ),
        // The labelled evaluation of the text and HTML readers on ../shared (Tests/Fidelity/LABELS.md).
        .testTarget(
            name: "FidelityTests",
            dependencies: ["MinutesTextImporter", "HTMLAgendaImporter", "EvidencePackCore", "EvidenceModel"],
            path: "Tests/Fidelity",
            exclude: ["labels", "LABELS.md", "floors.json"]
        ),
        .testTarget(
            name: "ModernGovXMLImporterTests",
            dependencies: ["ModernGovXMLImporter", "EvidencePackCore", "EvidenceModel"],
            path: "Tests/Importers/ModernGovXMLImporterTests"
        ),
        // new-importer: insert targets above this line
        .testTarget(
            name: "EvidencePackCLITests",
            dependencies: ["evidence-pack", "EvidencePackCLI", "EvidencePackModules", "EvidencePackCore", "EvidenceModel", "EvidenceFixtures", "JSONExporter", "LibXML"]
        ),

        // Command plugins: thin shims that build the evidence-pack executable and run it. They depend on
        // nothing, so that `swift build` does not compile the tool a second time for the host.
        .plugin(
            name: "BuildEvidencePack",
            capability: .command(
                intent: .custom(verb: "build-evidence-pack", description: "Build an evidence pack from Packs/ (default: the ILACS pack from its examples)."),
                permissions: [.writeToPackageDirectory(reason: "The pack is written under .build/evidence-packs/ unless --out says elsewhere.")]
            ),
            path: "Plugins/BuildEvidencePack"
        ),
        .plugin(
            name: "NewImporter",
            capability: .command(
                intent: .custom(verb: "new-importer", description: "Scaffold a built-in importer: Sources/Importers/<Name>, its test target, Package.swift entries and the registry line."),
                permissions: [.writeToPackageDirectory(reason: "It adds the importer's source and test folders and edits Package.swift and BuiltinModules.swift.")]
            ),
            path: "Plugins/NewImporter"
        ),
        // The fetch against a real HTTP server on loopback (Tests/ModernGovFetchTests/server.py), and a
        // pack built from what it fetched.
        .testTarget(
            name: "ModernGovFetchTests",
            dependencies: ["evidence-pack", "ModernGovFetch", "ModernGovXMLImporter", "EvidencePackCore", "EvidenceModel", "EvidenceFixtures"],
            exclude: ["server.py"]
        ),
        // Hostile and broken inputs: XXE, entity blow-ups, deep nesting, paths out, full disks, privacy, fuzzing.
        .testTarget(
            name: "HostileInputTests",
            dependencies: ["evidence-pack", "EvidencePackModules", "EvidencePackCore", "EvidenceModel", "LibXML", "EvidenceFixtures",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
    ]
)

// libFuzzer targets (scripts/fuzz.sh): only with EVIDENCE_PACK_FUZZ set, because they call libFuzzer's
// driver and link only with `-sanitize=fuzzer`. Every Swift target is then instrumented through its own
// settings, not `-Xswiftc`: the packs' host tool (EmbedPackFiles, run by the plugin at build time) must
// stay a plain program, and `-Xswiftc -sanitize=fuzzer` linked libFuzzer's `main` into it too.
if Context.environment["EVIDENCE_PACK_FUZZ"] != nil {
    for target in package.targets where [.regular, .executable].contains(target.type) && target.name != "EmbedPackFiles" {
        target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-sanitize=fuzzer"])]
    }
    let instrumented: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer"])]
    let linkedWithLibFuzzer: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer"])]
    package.targets += [
        .executableTarget(
            name: "FuzzImporter",
            dependencies: ["EvidenceModel", "EvidencePackCore", "EvidencePackModules"],
            path: "Fuzz/FuzzImporter",
            swiftSettings: instrumented,
            linkerSettings: linkedWithLibFuzzer
        ),
        .executableTarget(
            name: "FuzzLibXML",
            dependencies: ["LibXML"],
            path: "Fuzz/FuzzLibXML",
            swiftSettings: instrumented,
            linkerSettings: linkedWithLibFuzzer
        ),
    ]
}
