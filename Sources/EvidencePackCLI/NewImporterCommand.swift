import ArgumentParser
import Foundation

/// `evidence-pack new-importer NAME`: scaffolds a built-in importer in a checkout of this package
/// (what `swift package new-importer NAME` runs).
struct NewImporterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-importer",
        abstract: "For developers of EvidencePack: scaffold a built-in importer (Sources/Importers/NAME, its test target, Package.swift entries, the registry line).",
        discussion: """
        Usually run as `swift package --allow-writing-to-package-directory new-importer NAME`. Afterwards `swift build` builds it and `evidence-pack list-modules` lists it.

        EXAMPLES:
          evidence-pack new-importer IcsCalendar --package-dir .
        """)

    @Argument(help: "The importer's name in UpperCamelCase (e.g. CouncilKPI); its id is the kebab-case form (council-kpi).")
    var name: String

    @Option(name: .long, help: "The package's root folder (default: the current folder).")
    var packageDir: String = FileManager.default.currentDirectoryPath

    func run() throws {
        let scaffold: ImporterScaffold
        let written: [String]
        do {
            scaffold = try ImporterScaffold(name: name, packageRoot: URL(fileURLWithPath: packageDir).standardizedFileURL)
            written = try scaffold.run()
        } catch let failure as ImporterScaffold.Failure {
            Console.error("error: \(failure)")
            throw ExitCode(ExitStatus.failed)
        }
        Console.out("Created importer \(scaffold.targetName) (id \(scaffold.id)):")
        for file in written { Console.out("  \(file)") }
        Console.out("Next: swift build && swift run evidence-pack list-modules; then edit \(scaffold.sourceFile).")
    }
}
