import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a child process ended.
public enum ChildProcessEnd: Hashable, Sendable {
    /// It exited with a status.
    case exited(Int32)
    /// A signal killed it (its own crash, or the host's kill after a timeout or the output limit).
    case signalled(Int32)
}

/// What running a child process produced.
public struct ChildProcessOutcome: Sendable {
    /// How it ended.
    public var end: ChildProcessEnd
    /// True when the host killed it because it ran past the time limit.
    public var timedOut: Bool
    /// True when the host killed it because stdout passed the size limit.
    public var outputLimitExceeded: Bool
    /// Bytes it wrote to stderr (its logs; never kept, since they may hold children's data).
    public var stderrBytes: Int
}

/// Limits on one child process.
public struct ChildProcessLimits: Sendable, Hashable {
    /// Seconds before the process (and everything it started) is killed.
    public var timeoutSeconds: Double
    /// Bytes of stdout accepted before it is killed.
    public var maxOutputBytes: Int

    public init(timeoutSeconds: Double, maxOutputBytes: Int) {
        self.timeoutSeconds = timeoutSeconds
        self.maxOutputBytes = maxOutputBytes
    }
}

/// Why a child process could not be started.
public struct ChildProcessError: Error, CustomStringConvertible {
    /// The failing call.
    public var operation: String
    /// errno.
    public var code: Int32
    public var description: String { "\(operation): \(String(cString: strerror(code)))" }
}

/// Runs an executable with `posix_spawn` in its own process group, feeding stdin and reading stdout
/// and stderr with `poll`, so that a timeout or the output limit can kill the whole group — including
/// grandchildren that would otherwise hold the pipes open.
///
/// Foundation's `Process` cannot set a process group or stop a blocked read, hence this small runner.
public enum ChildProcess {
    /// Process groups of children still running, killed by ``terminateAll()`` when the host is interrupted.
    private static let running = RunningGroups()

    /// Runs `executable` to completion (or until killed), on a thread of its own so that no task of
    /// the cooperative pool blocks. `onOutput` receives stdout in chunks as it arrives.
    public static func run(executable: String, arguments: [String], input: Data, workingDirectory: String?,
                           limits: ChildProcessLimits, passStderr: Bool = false,
                           onOutput: @escaping @Sendable (Data) -> Void) async throws -> ChildProcessOutcome {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do {
                    continuation.resume(returning: try runBlocking(executable: executable, arguments: arguments, input: input,
                        workingDirectory: workingDirectory, limits: limits, passStderr: passStderr, onOutput: onOutput))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.start()
        }
    }

    /// Kills every child process group still running (for SIGINT/SIGTERM handlers of the host).
    public static func terminateAll() {
        for group in running.all() { kill(-group, SIGKILL) }
    }

    private static let ignoreSIGPIPE: Void = {
        // A child that exits without reading stdin must not kill the host with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
    }()

    /// The blocking body of ``run(executable:arguments:input:workingDirectory:limits:passStderr:onOutput:)``.
    static func runBlocking(executable: String, arguments: [String], input: Data, workingDirectory: String?,
                            limits: ChildProcessLimits, passStderr: Bool, onOutput: (Data) -> Void) throws -> ChildProcessOutcome {
        _ = ignoreSIGPIPE
        // Pipes are made and the child spawned under one lock, so that no other child spawned meanwhile
        // inherits these pipes before they are marked close-on-exec (which would keep them open).
        let (pid, pipes) = try spawnLock.withLock { () throws -> (pid_t, [[Int32]]) in
            var made: [[Int32]] = []
            do {
                for _ in 0..<3 { made.append(try makePipe()) }
                let pid = try spawn(executable: executable, arguments: arguments, workingDirectory: workingDirectory,
                                    stdin: made[0][0], stdout: made[1][1], stderr: passStderr ? nil : made[2][1])
                return (pid, made)
            } catch {
                closeAll(made.flatMap { $0 })
                throw error
            }
        }
        let stdinPipe = pipes[0], stdoutPipe = pipes[1], stderrPipe = pipes[2]
        running.insert(pid)
        defer { running.remove(pid) }
        closeAll([stdinPipe[0], stdoutPipe[1], stderrPipe[1]])
        if passStderr { close(stderrPipe[0]) }

        var inputFD: Int32 = input.isEmpty ? -1 : stdinPipe[1]
        if inputFD < 0 { close(stdinPipe[1]) }
        var outFD = stdoutPipe[0], errFD: Int32 = passStderr ? -1 : stderrPipe[0]
        for fd in [inputFD, outFD, errFD] where fd >= 0 { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }

        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, limits.timeoutSeconds) * 1_000_000_000)
        var written = 0, outputBytes = 0, stderrBytes = 0
        var timedOut = false, limitExceeded = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        let bytes = [UInt8](input)

        func closeFD(_ fd: inout Int32) {
            if fd >= 0 { close(fd); fd = -1 }
        }

        while outFD >= 0 || errFD >= 0 || inputFD >= 0 {
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= deadline { timedOut = true; break }
            var fds: [pollfd] = []
            if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
            if outFD >= 0 { fds.append(pollfd(fd: outFD, events: Int16(POLLIN), revents: 0)) }
            if errFD >= 0 { fds.append(pollfd(fd: errFD, events: Int16(POLLIN), revents: 0)) }
            let waitMilliseconds = Int32(min(UInt64(1000), (deadline - now) / 1_000_000 + 1))
            let ready = poll(&fds, nfds_t(fds.count), waitMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in fds where entry.revents != 0 {
                if entry.fd == inputFD {
                    let count = bytes.withUnsafeBytes { raw in
                        write(inputFD, raw.baseAddress.map { $0 + written }, bytes.count - written)
                    }
                    if count > 0 { written += count }
                    if count < 0, errno == EAGAIN || errno == EINTR { continue }
                    if count <= 0 || written >= bytes.count { closeFD(&inputFD) }
                } else {
                    let count = read(entry.fd, &buffer, buffer.count)
                    if count < 0, errno == EAGAIN || errno == EINTR { continue }
                    if count <= 0 {
                        if entry.fd == outFD { closeFD(&outFD) } else { closeFD(&errFD) }
                        continue
                    }
                    if entry.fd == outFD {
                        outputBytes += count
                        if outputBytes > limits.maxOutputBytes { limitExceeded = true; break }
                        onOutput(Data(buffer[0..<count]))
                    } else {
                        stderrBytes += count
                    }
                }
            }
            if limitExceeded { break }
        }

        var status: Int32 = 0
        if timedOut || limitExceeded {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        } else {
            // Both pipes are closed; wait for the exit within what is left of the time limit.
            while true {
                let result = waitpid(pid, &status, WNOHANG)
                if result == pid || (result < 0 && errno != EINTR) { break }
                if DispatchTime.now().uptimeNanoseconds >= deadline {
                    timedOut = true
                    kill(-pid, SIGKILL)
                    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
                    break
                }
                usleep(10_000)
            }
        }
        closeFD(&inputFD)
        closeFD(&outFD)
        closeFD(&errFD)
        return ChildProcessOutcome(end: Self.end(fromWaitStatus: status), timedOut: timedOut,
                                   outputLimitExceeded: limitExceeded, stderrBytes: stderrBytes)
    }

    /// Decodes a `waitpid` status (the WIFEXITED/WTERMSIG macros are not visible to Swift).
    static func end(fromWaitStatus status: Int32) -> ChildProcessEnd {
        let signalNumber = status & 0x7f
        return signalNumber == 0 ? .exited((status >> 8) & 0xff) : .signalled(signalNumber)
    }

    private static let spawnLock = NSLock()

    /// A pipe whose two ends are close-on-exec (the child gets its copies through dup2).
    private static func makePipe() throws -> [Int32] {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw ChildProcessError(operation: "pipe", code: errno) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return fds
    }

    /// `posix_spawn_file_actions_addchdir_np` (glibc 2.29+, macOS 10.15+), looked up at run time since
    /// Swift's Glibc module does not declare it; nil where missing (the child then inherits the folder).
    private static let addChdir: (@convention(c) (UnsafeMutableRawPointer, UnsafePointer<CChar>) -> Int32)? = {
        guard let symbol = dlsym(defaultHandle, "posix_spawn_file_actions_addchdir_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutableRawPointer, UnsafePointer<CChar>) -> Int32).self)
    }()

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34+), looked up at run time: closes every
    /// descriptor from 3 up in the child, so that files other threads have open (an executable being
    /// written, say) never leak into it. Nil where missing.
    private static let addCloseFrom: (@convention(c) (UnsafeMutableRawPointer, Int32) -> Int32)? = {
        guard let symbol = dlsym(defaultHandle, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutableRawPointer, Int32) -> Int32).self)
    }()

    /// RTLD_DEFAULT (a C macro Swift cannot see).
    private static var defaultHandle: UnsafeMutableRawPointer? {
        #if os(Linux)
        nil
        #else
        UnsafeMutableRawPointer(bitPattern: -2)
        #endif
    }

    private static func closeAll(_ fds: [Int32]) {
        for fd in fds where fd >= 0 { close(fd) }
    }

    /// `posix_spawn` with stdin/stdout/stderr redirected, default signal handling (the host ignores
    /// SIGPIPE and, during builds, SIGINT/SIGTERM) and a new process group.
    private static func spawn(executable: String, arguments: [String], workingDirectory: String?,
                              stdin: Int32, stdout: Int32, stderr: Int32?) throws -> pid_t {
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        if let stderr { posix_spawn_file_actions_adddup2(&actions, stderr, 2) }
        if let addCloseFrom {
            _ = withUnsafeMutablePointer(to: &actions) { addCloseFrom(UnsafeMutableRawPointer($0), 3) }
        }
        if let workingDirectory, let addChdir {
            _ = withUnsafeMutablePointer(to: &actions) { pointer in
                workingDirectory.withCString { addChdir(UnsafeMutableRawPointer(pointer), $0) }
            }
        }

        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signalNumber in [SIGPIPE, SIGINT, SIGTERM, SIGQUIT, SIGHUP] { sigaddset(&defaults, signalNumber) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = ([executable] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") }
        defer { environment.forEach { free($0) } }
        var pid: pid_t = 0
        var argvArray = argv + [nil]
        var envArray = environment + [nil]
        var result: Int32 = 0
        // ETXTBSY: the executable was just written and a process forked meanwhile still holds it open
        // for writing; that passes within moments.
        for attempt in 0..<20 {
            if attempt > 0 { usleep(100_000) }
            result = argvArray.withUnsafeMutableBufferPointer { argvPointer in
                envArray.withUnsafeMutableBufferPointer { envPointer -> Int32 in
                    guard let argvBase = argvPointer.baseAddress, let envBase = envPointer.baseAddress else { return EINVAL }
                    return posix_spawn(&pid, executable, &actions, &attributes, argvBase, envBase)
                }
            }
            if result != ETXTBSY { break }
        }
        guard result == 0 else { throw ChildProcessError(operation: "cannot start \(executable)", code: result) }
        return pid
    }
}

/// The process groups of running children (a lock-protected set).
private final class RunningGroups: @unchecked Sendable {
    private let lock = NSLock()
    private var groups = Set<pid_t>()

    func insert(_ group: pid_t) { lock.withLock { _ = groups.insert(group) } }
    func remove(_ group: pid_t) { lock.withLock { _ = groups.remove(group) } }
    func all() -> [pid_t] { lock.withLock { Array(groups) } }
}
