import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What one child process took: wall time, exit status and its own peak resident set size.
struct ChildOutcome {
    var seconds: Double
    /// User + system CPU time of the child (a loaded machine stretches wall time, not this).
    var cpuSeconds: Double
    var exitStatus: Int32
    /// Peak RSS in bytes, from `wait4`'s rusage of this child alone (so peaks never mix between runs).
    var peakRSS: Int64
    /// What it wrote on stdout (when captured to a file).
    var output: String
}

/// Spawns processes with `posix_spawn` and reaps them with `wait4`: Foundation's `Process` reaps its
/// children itself, which would lose the per-child rusage the memory column needs.
enum ChildProcess {
    /// Runs `arguments` (the first is looked up on PATH) with stdout to `stdoutPath` (read back into
    /// `output`) and stderr to `stderrPath`, both default /dev/null.
    static func run(_ arguments: [String], stdoutPath: String? = nil, stderrPath: String? = nil,
                    environment: [String: String] = [:]) throws -> ChildOutcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { _, new in new }
        let envStrings = env.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = envStrings.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let status = posix_spawnp(&pid, arguments[0], &actions, nil, &argv, &envp)
        guard status == 0 else { throw BenchError("cannot start \(arguments[0]): \(String(cString: strerror(status)))") }
        var waitStatus: Int32 = 0
        var usage = rusage()
        while wait4(pid, &waitStatus, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed for \(arguments[0])") }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        // WIFEXITED/WEXITSTATUS are macros Swift cannot see.
        let exited = (waitStatus & 0x7f) == 0
        let exitStatus = exited ? (waitStatus >> 8) & 0xff : 128 + (waitStatus & 0x7f)
        #if canImport(Darwin)
        let peak = Int64(usage.ru_maxrss)          // bytes on macOS
        #else
        let peak = Int64(usage.ru_maxrss) * 1024   // KiB on Linux
        #endif
        let output = stdoutPath.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) } ?? ""
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return ChildOutcome(seconds: seconds, cpuSeconds: cpu, exitStatus: exitStatus, peakRSS: peak, output: output)
    }

    /// Whether a tool is on PATH.
    static func available(_ tool: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    /// This executable's path, to run measurements in child processes of it.
    static var currentExecutable: String {
        #if os(Linux)
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        #endif
        return CommandLine.arguments[0]
    }
}
