import Foundation
import Deflate

/// The zip container of an OOXML or OpenDocument file, read part by part with a size limit so that a
/// zip bomb (a few KB that inflate to gigabytes) costs no more than the limit.
struct OfficeArchive {
    /// Why a part could not be read.
    enum Failure: Error, CustomStringConvertible {
        case notAZip(String)
        case partTooLarge(String, limit: Int)
        case damagedPart(String, String)

        var description: String {
            switch self {
            case .notAZip(let reason): "not a readable zip archive (\(reason))"
            case .partTooLarge(let path, let limit): "\(path) inflates to more than \(limit / (1 << 20)) MiB"
            case .damagedPart(let path, let reason): "\(path) is damaged (\(reason))"
            }
        }
    }

    /// The most one part may inflate to.
    static let partLimit = 64 << 20

    private let archive: ZipArchive

    /// The archive in a file's bytes (read through the guarded path; never reopened by name).
    init(bytes: [UInt8]) throws {
        do {
            archive = try ZipArchive(bytes: bytes)
        } catch let failure as ZipArchive.Failure {
            throw Failure.notAZip(Self.reason(failure))
        }
    }

    /// Whether the archive has a part.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The paths of every part, in archive order.
    var paths: [String] { archive.entries.map(\.path) }

    /// A part's bytes, or nil when the archive has no such part.
    func read(_ path: String) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        do {
            return try archive.contents(of: entry, limit: Self.partLimit)
        } catch ZipArchive.Failure.tooLarge {
            throw Failure.partTooLarge(path, limit: Self.partLimit)
        } catch let failure as ZipArchive.Failure {
            throw Failure.damagedPart(path, Self.reason(failure))
        }
    }

    /// The zip reader's reason, without the words this type's own messages add.
    static func reason(_ failure: ZipArchive.Failure) -> String {
        switch failure {
        case .notAZip(let reason), .damagedEntry(_, let reason): reason
        case .tooLarge: failure.description
        }
    }
}
