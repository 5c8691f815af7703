import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import EvidenceFixtures
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs importers the way the pipeline does, on bytes written to a temporary inputs folder.
enum ImporterHarness {
    static let referenceDate = CalendarDate(year: 2026, month: 11, day: 20) ?? CalendarDate(daysSinceEpoch: 0)
    static let registry = BuiltinModules.registry

    /// Imports one file with a chosen importer (as a pack pin would), returning records and diagnostics.
    static func run(importerID: String, bytes: [UInt8], fileName: String, in folder: TemporaryFolder,
                    options: [String: String] = [:]) async throws -> ([Record], [Diagnostic]) {
        let inputs = folder.url.appendingPathComponent("inputs")
        let file = inputs.appendingPathComponent(fileName)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        let pin = ImporterPin(glob: Glob("**") ?? Glob("*")!, importerID: importerID, options: options)
        let discovered = try SourceDiscovery(registry: registry, pins: [pin]).discoverOne(path: fileName, url: file)
        let pipeline = Pipeline(registry: registry, progress: ProgressReporter(enabled: false))
        return await pipeline.importOne(discovered, inputs: inputs, referenceDate: referenceDate)
    }
}

/// Where the shared real samples live (read in place, never copied).
enum Samples {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/samples")

    /// Every regular file under the samples folder, sorted; empty when the folder is absent.
    static func files() -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var files: [URL] = []
        while let url = enumerator.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true, url.pathExtension != "md" {
                files.append(url)
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// A small tmpfs mounted for a test (needs root and CAP_SYS_ADMIN); nil when mounting is not allowed.
struct ScratchMount {
    let url: URL

    init?(sizeKilobytes: Int) {
        guard geteuid() == 0, let mount = try? CLIRunner.runProgram(URL(fileURLWithPath: "/bin/mount"), ["--version"]), mount.status == 0,
              let folder = try? TemporaryFolder() else { return nil }
        let result = try? CLIRunner.runProgram(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=\(sizeKilobytes)k,mode=0700", "tmpfs", folder.url.path])
        guard result?.status == 0 else {
            folder.cleanup()
            return nil
        }
        url = folder.url
    }

    /// True when a tmpfs can be mounted here and remounted read-only (root with CAP_SYS_ADMIN); the
    /// tests that need it are enabled only then.
    static let canMountReadOnly: Bool = {
        guard let probe = ScratchMount(sizeKilobytes: 64) else { return false }
        defer { probe.unmount() }
        return probe.makeReadOnly()
    }()

    /// Remounts read-only (true on success).
    func makeReadOnly() -> Bool {
        (try? CLIRunner.runProgram(URL(fileURLWithPath: "/bin/mount"), ["-o", "remount,ro", url.path]))?.status == 0
    }

    func unmount() {
        _ = try? CLIRunner.runProgram(URL(fileURLWithPath: "/bin/umount"), [url.path])
        try? FileManager.default.removeItem(at: url)
    }
}

#if canImport(Glibc)
/// A TCP listener on 127.0.0.1 that only records whether anything connected: proof that a parser
/// did (or did not) open a network connection for an `http://` entity.
final class LoopbackListener {
    private let socketDescriptor: Int32
    /// The port it listens on.
    let port: UInt16

    init?() {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard bound == 0, listen(fd, 16) == 0, named == 0 else {
            close(fd)
            return nil
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        socketDescriptor = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socketDescriptor) }

    /// Whether a connection is waiting (accepts and closes it).
    var someoneConnected: Bool {
        let connection = accept(socketDescriptor, nil, nil)
        guard connection >= 0 else { return false }
        close(connection)
        return true
    }
}
#endif
