import Foundation
import PackagePlugin

/// `swift package build-evidence-pack [PACK] [--inputs DIR] [--out DIR] [--release] [build options...]`
///
/// A thin shim: builds the `evidence-pack` product, then runs `evidence-pack build`. PACK is a name
/// under Packs/ (default `ilacs`); --inputs defaults to `Packs/<PACK>/examples/inputs`, --out to
/// `.build/evidence-packs/<PACK>`. Any other options (`--reference-date`, `--json`, `--zip`...) are
/// passed on. Unattended: `swift package --allow-writing-to-package-directory build-evidence-pack`.
@main
struct BuildEvidencePack: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let release = extractor.extractFlag(named: "release") > 0
        let inputs = extractor.extractOption(named: "inputs").last
        let out = extractor.extractOption(named: "out").last
        // PACK, when given, comes first; everything else goes to `evidence-pack build` as it is.
        var passOn = extractor.remainingArguments
        var pack = "ilacs"
        if let first = passOn.first, !first.hasPrefix("-") {
            pack = first
            passOn.removeFirst()
        }
        let root = context.package.directoryURL

        let tool = try buildTool(packageManager: packageManager, release: release)
        let inputsPath = inputs ?? root.appendingPathComponent("Packs/\(pack)/examples/inputs").path
        let outPath = out ?? root.appendingPathComponent(".build/evidence-packs/\(pack)").path
        let status = try run(tool, ["build", pack, "--inputs", inputsPath, "--out", outPath] + passOn, in: root)
        switch status {
        case 0: break
        case 1: Diagnostics.warning("the pack was built but is incomplete: see the gap report (\(outPath)/data/gap-report.txt)")
        default: throw PluginFailure(message: "evidence-pack build exited with status \(status)")
        }
    }
}

/// Builds the `evidence-pack` product and returns its executable.
func buildTool(packageManager: PackageManager, release: Bool) throws -> URL {
    var parameters = PackageManager.BuildParameters(configuration: release ? .release : .debug)
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
