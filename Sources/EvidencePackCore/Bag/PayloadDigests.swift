import Foundation

/// The SHA-256 of each payload file as this build wrote it, so that sealing the bag need not read
/// the payload back: a large pack's is half a gigabyte, and hashing it again held the end of every
/// build (a next-day one's too) for a few tenths of a second.
///
/// A digest is recorded with the file's state (size, inode, modification and change times, as
/// `BagFileStates` keeps them) when the writing is done, and given back only while the file is in
/// that state: a file written again or otherwise touched since is hashed as before. Digests are
/// recorded only by code that hashed the very bytes written (`OwnerOnlyFile`, `OutputDirectory`) or
/// checked a linked file against its digest.
public final class PayloadDigests: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [String: (sha256: String, state: BagFileStates.State)] = [:]

    /// An empty ledger.
    public init() {}

    /// Records `sha256` as the digest of the plain file at `path`, in the state it is in now.
    public func record(_ sha256: String, ofFileAt path: String) {
        guard let state = BagFileStates.State.ofRegularFile(at: path) else { return }
        lock.withLock { known[path] = (sha256, state) }
    }

    /// The digest recorded for the file at `path`, when it is still in the state it was recorded in.
    public func sha256(ofFileAt path: String) -> String? {
        guard let entry = lock.withLock({ known[path] }), BagFileStates.State.ofRegularFile(at: path) == entry.state else { return nil }
        return entry.sha256
    }

    /// How many digests are recorded.
    public var count: Int { lock.withLock { known.count } }
}
