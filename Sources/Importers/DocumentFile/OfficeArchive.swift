import Foundation
import ZIPFoundation

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

    private let archive: Archive

    /// The archive in a file's bytes (read through the guarded path; never reopened by name).
    init(bytes: [UInt8]) throws {
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw Failure.notAZip(Self.describe(error))
        }
    }

    /// Whether the archive has a part.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The paths of every part, in archive order.
    var paths: [String] { archive.map(\.path) }

    /// A part's bytes, or nil when the archive has no such part.
    func read(_ path: String) throws -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(Self.partLimit) else { throw Failure.partTooLarge(path, limit: Self.partLimit) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > Self.partLimit { throw Failure.partTooLarge(path, limit: Self.partLimit) }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure.damagedPart(path, Self.describe(error))
        }
        return [UInt8](data)
    }

    static func describe(_ error: Error) -> String {
        if let archiveError = error as? Archive.ArchiveError {
            switch archiveError {
            case .unreadableArchive, .missingEndOfCentralDirectoryRecord: return "truncated or not a zip"
            case .invalidCRC32: return "checksum mismatch"
            default: return "\(archiveError)"
            }
        }
        return "\(error)"
    }
}
