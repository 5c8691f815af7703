import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-importer <Name>`
///
/// A thin shim: builds the `evidence-pack` product, then runs `evidence-pack new-importer <Name>
/// --package-dir <package>`, which writes Sources/Importers/<Name>, its test target, the
/// Package.swift entries and the registry line in BuiltinModules.swift.
@main
struct NewImporter: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let names = arguments.filter { !$0.hasPrefix("-") }
        guard names.count == 1, let name = names.first else {
            throw PluginFailure(message: "usage: swift package --allow-writing-to-package-directory new-importer <Name>   (e.g. CouncilKPI)")
        }
        let root = context.package.directoryURL
        let tool = try buildTool(packageManager: packageManager)
        let status = try run(tool, ["new-importer", name, "--package-dir", root.path], in: root)
        guard status == 0 else { throw PluginFailure(message: "evidence-pack new-importer exited with status \(status)") }
    }
}

/// Builds the `evidence-pack` product (debug) and returns its executable.
func buildTool(packageManager: PackageManager) throws -> URL {
    var parameters = PackageManager.BuildParameters(configuration: .debug)
    parameters.logging = .concise
    let result = try packageManager.build(.product("evidence-pack"), parameters: parameters)
    guard result.succeeded else {
        throw PluginFailure(message: "building evidence-pack failed:\n\(result.logText)")
    }
    guard let tool = result.builtArtifacts.first(where: { $0.kind == .executable && $0.url.lastPathComponent == "evidence-pack" }) else {
        throw PluginFailure(message: "the build produced no evidence-pack executable")
    }
    return tool.url
}

/// Runs the tool with the plugin's stdout and stderr, returning its exit status.
func run(_ tool: URL, _ arguments: [String], in folder: URL) throws -> Int32 {
    let process = Process()
    process.executableURL = tool
    process.arguments = arguments
    process.currentDirectoryURL = folder
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
}

/// A failure the plugin reports and exits non-zero for.
struct PluginFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
