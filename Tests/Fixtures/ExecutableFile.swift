import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes an executable file through a close-on-exec descriptor, so that a process another test
/// starts meanwhile cannot inherit it open for writing (which makes running it fail with ETXTBSY).
public func writeExecutable(_ text: String, to url: URL) throws {
    let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
    guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    var written = 0
    while written < bytes.count {
        let count = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { throw CocoaError(.fileWriteUnknown) }
        written += count
    }
    _ = fchmod(fd, 0o755)
}
