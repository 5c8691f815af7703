import Dispatch
import EvidencePackCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// On SIGINT or SIGTERM during a build: remove this run's staging folder (the previous pack was never
/// touched) and exit 130 or 143. The lock is released by the kernel as the process ends.
enum SignalCleanup {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install(output: URL) {
        let staging = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).staging-\(getpid())")
        for (signalNumber, status) in [(SIGINT, ExitStatus.interrupted), (SIGTERM, ExitStatus.terminated)] {
            signal(signalNumber, SIG_IGN)  // let Dispatch deliver it instead of the default handler
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                ChildProcess.terminateAll()  // external importers run in process groups of their own
                try? FileManager.default.removeItem(at: staging)
                FileHandle.standardError.write(Data("interrupted: \(output.path) was left as it was\n".utf8))
                _exit(status)
            }
            source.resume()
            sources.append(source)
        }
    }
}
