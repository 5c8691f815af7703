import Foundation

/// Finds and runs outside programs (validators) for the tests.
public enum Tool {
    /// A finished run: exit status and stdout+stderr.
    public struct Result {
        public var status: Int32
        public var output: String
    }

    /// The program on PATH (or in /usr/bin), or nil when it is not installed.
    /// python3 when it can import `module`, else nil (for `.enabled(if:)` traits).
    public static func pythonWith(_ module: String) -> URL? {
        guard let python = find("python3"), (try? run(python, ["-c", "import \(module)"]))?.status == 0 else { return nil }
        return python
    }

    public static func find(_ name: String) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return folders.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs a program to the end; stdout and stderr together.
    public static func run(_ program: URL, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
