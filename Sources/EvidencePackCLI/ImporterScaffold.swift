import Foundation

/// Scaffolds a new built-in importer in a checkout of this package: its source folder with a working
/// skeleton, its test target, the Package.swift entries and the registry line in BuiltinModules.swift.
/// Used by `evidence-pack new-importer` (and so by `swift package new-importer`).
struct ImporterScaffold {
    /// The marker above which target entries go in Package.swift.
    static let targetsMarker = "// new-importer: insert targets above this line"
    /// The marker above which the importer target joins EvidencePackModules' dependencies.
    static let dependenciesMarker = "// new-importer: insert module dependencies above this line"
    /// The marker above which the registry line goes in BuiltinModules.swift.
    static let registryMarker = "// new-importer: insert above this line"

    /// The importer's name in UpperCamelCase, without the `Importer` suffix (`CouncilKPI`).
    let name: String
    /// The package's root folder.
    let packageRoot: URL

    /// Why a scaffold cannot be made.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    init(name rawName: String, packageRoot: URL) throws {
        var name = rawName
        if name.hasSuffix("Importer"), name.count > "Importer".count { name = String(name.dropLast("Importer".count)) }
        guard let first = name.first, first.isASCII, first.isUppercase,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw Failure(description: "'\(rawName)' is not a valid importer name: use UpperCamelCase letters and digits, e.g. CouncilKPI")
        }
        self.name = name
        self.packageRoot = packageRoot
    }

    /// The target's name (`CouncilKPIImporter`), also the importer type's name.
    var targetName: String { "\(name)Importer" }

    /// The importer's id: the name in kebab case (`CouncilKPI` → `council-kpi`).
    var id: String { Self.kebabCase(name) }

    /// Splits UpperCamelCase into lower-case words joined by '-', keeping acronyms together.
    static func kebabCase(_ name: String) -> String {
        let characters = Array(name)
        var result = ""
        for (index, character) in characters.enumerated() {
            if index > 0, character.isUppercase || (character.isNumber && !characters[index - 1].isNumber) {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if previous.isLowercase || previous.isNumber != character.isNumber || (previous.isUppercase && next?.isLowercase == true) {
                    result.append("-")
                }
            }
            result.append(Character(character.lowercased()))
        }
        return result
    }

    /// The files written, relative to the package root.
    var sourceFile: String { "Sources/Importers/\(name)/\(targetName).swift" }
    var testFile: String { "Tests/Importers/\(targetName)Tests/\(targetName)Tests.swift" }

    /// Writes the files and edits Package.swift and BuiltinModules.swift; changes nothing when a check fails.
    func run() throws -> [String] {
        let fm = FileManager.default
        let packageFile = packageRoot.appendingPathComponent("Package.swift")
        let registryFile = packageRoot.appendingPathComponent("Sources/EvidencePackModules/BuiltinModules.swift")
        guard var manifest = try? String(contentsOf: packageFile, encoding: .utf8) else {
            throw Failure(description: "no Package.swift in \(packageRoot.path): run this in the EvidencePack package")
        }
        guard var registry = try? String(contentsOf: registryFile, encoding: .utf8) else {
            throw Failure(description: "no Sources/EvidencePackModules/BuiltinModules.swift in \(packageRoot.path)")
        }
        if manifest.contains("name: \"\(targetName)\"") || fm.fileExists(atPath: packageRoot.appendingPathComponent("Sources/Importers/\(name)").path) {
            throw Failure(description: "an importer named \(name) already exists")
        }
        manifest = try Self.insert(targetEntries, above: Self.targetsMarker, in: manifest, file: "Package.swift")
        manifest = try Self.insert("\"\(targetName)\",", above: Self.dependenciesMarker, in: manifest, file: "Package.swift")
        registry = try Self.insert("\(targetName)(),", above: Self.registryMarker, in: registry, file: "BuiltinModules.swift")
        registry = Self.addImport(targetName, to: registry)

        try write(importerSource, to: sourceFile)
        try write(testSource, to: testFile)
        try Data(manifest.utf8).write(to: packageFile)
        try Data(registry.utf8).write(to: registryFile)
        return [sourceFile, testFile, "Package.swift", "Sources/EvidencePackModules/BuiltinModules.swift"]
    }

    private func write(_ text: String, to relative: String) throws {
        let url = packageRoot.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Inserts lines above the marker's line, with the marker's indentation.
    static func insert(_ text: String, above marker: String, in content: String, file: String) throws -> String {
        var lines = content.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.contains(marker) }) else {
            throw Failure(description: "\(file) has no line '\(marker)': add it where new entries belong")
        }
        let indentation = String(lines[index].prefix { $0 == " " })
        let inserted = text.components(separatedBy: "\n").map { $0.isEmpty ? $0 : indentation + $0 }
        lines.insert(contentsOf: inserted, at: index)
        return lines.joined(separator: "\n")
    }

    /// Adds `import <module>` to the import block, keeping it sorted.
    static func addImport(_ module: String, to content: String) -> String {
        var lines = content.components(separatedBy: "\n")
        let imports = lines.indices.filter { lines[$0].hasPrefix("import ") }
        let line = "import \(module)"
        if let position = imports.first(where: { lines[$0] > line }) {
            lines.insert(line, at: position)
        } else {
            lines.insert(line, at: (imports.last ?? -1) + 1)
        }
        return lines.joined(separator: "\n")
    }

    var targetEntries: String {
        """
        .target(
            name: "\(targetName)",
            dependencies: ["EvidenceModel", "EvidencePackCore"],
            path: "Sources/Importers/\(name)"
        ),
        .testTarget(
            name: "\(targetName)Tests",
            dependencies: ["\(targetName)", "EvidencePackCore", "EvidenceModel"],
            path: "Tests/Importers/\(targetName)Tests"
        ),
        """
    }

    var importerSource: String {
        """
        import EvidenceModel
        import EvidencePackCore
        import Foundation

        /// Reads `.\(id)` files (a skeleton made by `swift package new-importer \(name)`): one document
        /// per file, titled by its first line, with one paragraph per further line. Change
        /// `confidence(for:)` to sniff the files you mean and `records(from:context:)` to read them.
        public struct \(targetName): Importer {
            public init() {}

            /// Id, version and what it reads; bump the version when the records it yields change.
            public var descriptor: ModuleDescriptor {
                ModuleDescriptor(id: "\(id)", version: "0.1.0", role: .importer,
                                 summary: "\(name) files (skeleton)", mediaTypes: ["text/plain"], fileExtensions: ["\(id)"])
            }

            /// Claims files with the `.\(id)` extension only, so the skeleton takes no one else's files.
            public func confidence(for probe: SourceProbe) -> Double {
                descriptor.fileExtensions.contains(probe.fileExtension) ? 0.8 : 0
            }

            /// One document: the first non-blank line is the title, every other non-blank line a paragraph.
            public func records(from source: Source, context: ImportContext) async throws -> ImportResult {
                let bytes = try [UInt8](Data(contentsOf: context.url(of: source)))
                let text = TextDecoding.decode(bytes).text
                var document = Document(kind: "report")
                var diagnostics: [Diagnostic] = []
                for (offset, line) in text.components(separatedBy: .newlines).enumerated() {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    guard !trimmed.isEmpty else { continue }
                    if document.title == nil {
                        document.title = trimmed
                    } else {
                        document.blocks.append(Block(.paragraph, text: trimmed, line: offset + 1))
                    }
                }
                if document.title == nil {
                    diagnostics.append(Diagnostic(.warning, code: "\(id).empty", message: "the file has no text",
                                                  location: SourceLocation(path: source.path), step: "import"))
                }
                return ImportResult(records: [.document(document)], diagnostics: diagnostics)
            }
        }

        """
    }

    var testSource: String {
        """
        import EvidenceModel
        import EvidencePackCore
        import Foundation
        import Testing
        @testable import \(targetName)

        /// The skeleton's behaviour; replace these with tests of the files your importer reads.
        @Suite struct \(targetName)Tests {
            func importText(_ text: String) async throws -> ImportResult {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(id)-\\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                defer { try? FileManager.default.removeItem(at: folder) }
                try Data(text.utf8).write(to: folder.appendingPathComponent("sample.\(id)"))
                let source = Source(path: "sample.\(id)", sha256: "", size: Int64(text.utf8.count), mediaType: "text/plain")
                let context = ImportContext(inputsRoot: folder, referenceDate: try #require(CalendarDate(iso8601: "2026-11-20")))
                return try await \(targetName)().records(from: source, context: context)
            }

            @Test func claimsOnlyItsOwnExtension() {
                let importer = \(targetName)()
                #expect(importer.confidence(for: SourceProbe(path: "a/b.\(id)", head: Array("x".utf8), size: 1)) > 0)
                #expect(importer.confidence(for: SourceProbe(path: "a/b.txt", head: Array("x".utf8), size: 1)) == 0)
            }

            @Test func theFirstLineIsTheTitleAndTheRestAreParagraphs() async throws {
                let result = try await importText("Quality assurance report\\n\\nFirst finding.\\nSecond finding.\\n")
                let document = try #require(result.records.first.flatMap { record -> Document? in
                    if case .document(let document) = record { return document }
                    return nil
                })
                #expect(document.title == "Quality assurance report")
                #expect(document.blocks.map(\\.text) == ["First finding.", "Second finding."])
                #expect(document.blocks.map(\\.line) == [3, 4])
                #expect(result.diagnostics.isEmpty)
            }

            @Test func anEmptyFileGetsAWarning() async throws {
                let result = try await importText("\\n  \\n")
                #expect(result.diagnostics.map(\\.code) == ["\(id).empty"])
            }
        }

        """
    }
}
