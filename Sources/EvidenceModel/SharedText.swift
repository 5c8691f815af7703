import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps one copy of each text that many documents repeat, so a large pack holds it once in memory.
///
/// A council's pages say the same things over and over: a meeting page and each of its agenda-item
/// pages carry the same minutes, every page names its committee and venue, and each fact repeats its
/// sentence. A Swift string longer than 15 bytes is its own allocation (with a 32-byte header), so
/// ten thousand pages hold hundreds of thousands of them. Sharing equal texts changes nothing a
/// reader of the records can see: texts are shared only when their UTF-8 bytes are the same (not
/// merely canonically equivalent, as `String`'s `==` would allow), so every byte written stays as read.
///
/// One table serves the whole build and every core: it is split into shards, each behind its own
/// lock, so the import's tasks share their texts as they go (a next-day build's cache entries are
/// shared as they are decoded, and a text already held is then never made at all).
public final class SharedText: Sendable {
    /// One shard of the table: texts by the hash of their UTF-8 bytes. Two texts with one hash (never
    /// seen in practice) are not merged: the second is simply not shared.
    private final class Shard: Sendable {
        let texts = Mutex<[Int: String]>([:])
    }

    private static let shardCount = 64
    private let shards: [Shard] = (0..<SharedText.shardCount).map { _ in Shard() }

    public init() {}

    /// How many distinct texts are held.
    public var count: Int { shards.reduce(0) { $0 + $1.texts.withLock { $0.count } } }

    /// Replaces `text` with the copy already held when their bytes are equal, else holds it.
    public func share(_ text: inout String) {
        // A text of up to 15 UTF-8 bytes lives inside the string value itself: nothing to share.
        guard text.utf8.count > 15 else { return }
        let hash = Self.hash(of: text)
        let incoming = text
        let held = shard(for: hash).texts.withLock { texts -> String? in
            if let held = texts[hash] { return held }
            texts[hash] = incoming
            return nil
        }
        if let held, Self.sameBytes(held, text) { text = held }
    }

    /// `share` for an optional text.
    public func share(_ text: inout String?) {
        guard var value = text else { return }
        text = nil
        share(&value)
        text = value
    }

    /// The text whose UTF-8 bytes are `utf8`: the copy held when there is one (nothing is made), else
    /// the one `make` makes from them, now held; nil when `make` gives nil (bytes that are not text).
    public func text(utf8: UnsafeBufferPointer<UInt8>, make: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
        guard utf8.count > 15 else { return make(utf8) }
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(utf8))
        let hash = hasher.finalize()
        let shard = shard(for: hash)
        if let held = shard.texts.withLock({ $0[hash] }) {
            return Self.bytes(of: held, equal: utf8) ? held : make(utf8)
        }
        guard let made = make(utf8) else { return nil }
        // Another task may have held the same text meanwhile: then its copy is the one kept.
        let kept = shard.texts.withLock { texts -> String in
            if let held = texts[hash] { return held }
            texts[hash] = made
            return made
        }
        return Self.bytes(of: kept, equal: utf8) ? kept : made
    }

    private func shard(for hash: Int) -> Shard {
        shards[Int(UInt(bitPattern: hash) % UInt(Self.shardCount))]
    }

    /// The hash of a text's UTF-8 bytes, the same as `text(utf8:make:)` works out from the bytes.
    private static func hash(of text: String) -> Int {
        var hasher = Hasher()
        // Read in place: `withUTF8` needs a mutable copy, one more retain and release per text.
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            // The same bytes fed the same way, so equal texts hash alike whichever way they are stored.
            Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
        return hasher.finalize()
    }

    /// Whether two texts have the same UTF-8 bytes (not merely equal as `String`s).
    private static func sameBytes(_ left: String, _ right: String) -> Bool {
        // Native strings hold their bytes in one piece: compare them with memcmp, far cheaper than
        // stepping through two UTF-8 views.
        let compared = right.utf8.withContiguousStorageIfAvailable { bytes(of: left, equal: $0) }
        return compared ?? left.utf8.elementsEqual(right.utf8)
    }

    /// Whether `text`'s UTF-8 bytes are `utf8`.
    private static func bytes(of text: String, equal utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.utf8.count == utf8.count else { return false }
        let compared = text.utf8.withContiguousStorageIfAvailable { own in
            own.isEmpty || memcmp(own.baseAddress!, utf8.baseAddress!, own.count) == 0
        }
        return compared ?? text.utf8.elementsEqual(utf8)
    }
}

extension Record {
    /// Shares this record's repeated texts (a document's; a table's cells are left as they are).
    public mutating func shareText(_ shared: SharedText) {
        guard case .document(var document) = content else { return }
        // Not left holding the document too: its arrays then change in place rather than by copy.
        content = .document(Document(kind: .page))
        document.shareText(shared)
        content = .document(document)
    }
}

extension Document {
    /// Shares every text of this document with equal texts seen before.
    public mutating func shareText(_ shared: SharedText) {
        shared.share(&title)
        shared.share(&committee)
        shared.share(&dateBasis)
        shared.share(&venue)
        shared.share(&itemNumber)
        shared.share(&author)
        for index in attendance.indices { shared.share(&attendance[index]) }
        for index in apologies.indices { shared.share(&apologies[index]) }
        if !properties.isEmpty {
            properties = properties.mapValues { value in
                var value = value
                shared.share(&value)
                return value
            }
        }
        for index in items.indices { items[index].shareText(shared) }
        Block.shareText(in: &blocks, shared)
        for index in links.indices { links[index].shareText(shared) }
        for index in facts.indices { facts[index].shareText(shared) }
    }
}

extension AgendaItem {
    /// Shares every text of this item with equal texts seen before.
    public mutating func shareText(_ shared: SharedText) {
        shared.share(&number)
        shared.share(&title)
        Block.shareText(in: &description, shared)
        Block.shareText(in: &minutes, shared)
        Block.shareText(in: &decisions, shared)
        for index in links.indices { links[index].shareText(shared) }
    }
}

extension DocumentLink {
    /// Shares every text of this link with equal texts seen before.
    public mutating func shareText(_ shared: SharedText) {
        shared.share(&title)
        shared.share(&href)
        shared.share(&format)
        shared.share(&sizeText)
        shared.share(&itemNumber)
    }
}

extension Fact {
    /// Shares every text of this fact with equal texts seen before.
    public mutating func shareText(_ shared: SharedText) {
        shared.share(&unit)
        shared.share(&subject)
        shared.share(&text)
        shared.share(&sentence)
    }
}

extension Block {
    /// Shares the texts of each block (and of its children) with equal texts seen before.
    static func shareText(in blocks: inout [Block], _ shared: SharedText) {
        for index in blocks.indices { blocks[index].shareText(shared) }
    }

    /// Shares every text of this block and its children with equal texts seen before.
    mutating func shareText(_ shared: SharedText) {
        shared.share(&text)
        shared.share(&number)
        shared.share(&marker)
        if var children {
            // Let go of the block's own reference first, so the children change in place.
            self.children = nil
            Block.shareText(in: &children, shared)
            self.children = children
        }
        // The seldom-set fields are rare (a table's cells, an action's owner): only a block that has
        // them pays for a new box.
        if owner != nil || rows != nil {
            var owner = owner, rows = rows
            shared.share(&owner)
            if var cells = rows {
                for row in cells.indices {
                    for column in cells[row].indices { shared.share(&cells[row][column]) }
                }
                rows = cells
            }
            self.owner = owner
            self.rows = rows
        }
    }
}
