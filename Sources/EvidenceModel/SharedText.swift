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
public struct SharedText {
    /// An open-addressing table (linear probing), a power of two long and at most three quarters
    /// full: each slot's text and the hash of its UTF-8 bytes (0: empty). Probing compares the kept
    /// hashes first, so a text is touched only when its hash matches; `Set` hashed each member's hash
    /// again on every probe and on every growth, and retained each member it looked at.
    private var hashes: [Int] = []
    private var texts: [String?] = []

    public init() {}

    /// How many distinct texts are held.
    public private(set) var count = 0

    /// Replaces `text` with the copy already held when their bytes are equal, else holds it.
    public mutating func share(_ text: inout String) {
        // A text of up to 15 UTF-8 bytes lives inside the string value itself: nothing to share.
        guard text.utf8.count > 15 else { return }
        if (count + 1) * 4 > hashes.count * 3 { grow() }
        let hash = Self.bytesHash(of: text)
        let mask = hashes.count - 1
        var slot = Int(UInt(bitPattern: hash) & UInt(mask))
        while hashes[slot] != 0 {
            // Equal hashes with other bytes (never seen in practice) are not merged: the probe goes on.
            if hashes[slot] == hash, let held = texts[slot], Self.sameBytes(held, text) {
                text = held
                return
            }
            slot = (slot + 1) & mask
        }
        hashes[slot] = hash
        texts[slot] = text
        count += 1
    }

    /// `share` for an optional text.
    public mutating func share(_ text: inout String?) {
        guard var value = text else { return }
        text = nil
        share(&value)
        text = value
    }

    /// Doubles the table (from 4,096 slots), placing each text by its kept hash.
    private mutating func grow() {
        let oldHashes = hashes
        var oldTexts = texts
        texts = []
        let capacity = max(4_096, oldHashes.count * 2)
        hashes = [Int](repeating: 0, count: capacity)
        texts = [String?](repeating: nil, count: capacity)
        let mask = capacity - 1
        for index in oldHashes.indices where oldHashes[index] != 0 {
            var slot = Int(UInt(bitPattern: oldHashes[index]) & UInt(mask))
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = oldHashes[index]
            texts[slot] = oldTexts[index].take()
        }
    }

    /// The hash of a text's UTF-8 bytes (Swift's seeded hasher, so no input can be made to collide),
    /// never 0, which marks an empty slot.
    private static func bytesHash(of text: String) -> Int {
        var hasher = Hasher()
        // Read in place: `withUTF8` needs a mutable copy, one more retain and release per text.
        if text.utf8.withContiguousStorageIfAvailable({ hasher.combine(bytes: UnsafeRawBufferPointer($0)) }) == nil {
            // The same bytes fed the same way, so equal texts hash alike whichever way they are stored.
            Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
        let hash = hasher.finalize()
        return hash == 0 ? 1 : hash
    }

    /// Whether two texts have the same UTF-8 bytes (not merely equal as `String`s).
    private static func sameBytes(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        // Native strings hold their bytes in one piece: compare them with memcmp, far cheaper than
        // stepping through two UTF-8 views (which took a quarter of the sharing's time).
        let compared = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                leftBytes.count == 0 || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0
            }
        }
        return (compared ?? nil) ?? left.utf8.elementsEqual(right.utf8)
    }
}

extension Record {
    /// Shares this record's repeated texts (a document's; a table's cells are left as they are).
    public mutating func shareText(_ shared: inout SharedText) {
        guard case .document(var document) = content else { return }
        // Not left holding the document too: its arrays then change in place rather than by copy.
        content = .document(Document(kind: .page))
        document.shareText(&shared)
        content = .document(document)
    }
}

extension Document {
    /// Shares every text of this document with equal texts seen before.
    public mutating func shareText(_ shared: inout SharedText) {
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
        for index in items.indices { items[index].shareText(&shared) }
        Block.shareText(in: &blocks, &shared)
        for index in links.indices { links[index].shareText(&shared) }
        for index in facts.indices { facts[index].shareText(&shared) }
    }
}

extension AgendaItem {
    /// Shares every text of this item with equal texts seen before.
    public mutating func shareText(_ shared: inout SharedText) {
        shared.share(&number)
        shared.share(&title)
        Block.shareText(in: &description, &shared)
        Block.shareText(in: &minutes, &shared)
        Block.shareText(in: &decisions, &shared)
        for index in links.indices { links[index].shareText(&shared) }
    }
}

extension DocumentLink {
    /// Shares every text of this link with equal texts seen before.
    public mutating func shareText(_ shared: inout SharedText) {
        shared.share(&title)
        shared.share(&href)
        shared.share(&format)
        shared.share(&sizeText)
        shared.share(&itemNumber)
    }
}

extension Fact {
    /// Shares every text of this fact with equal texts seen before.
    public mutating func shareText(_ shared: inout SharedText) {
        shared.share(&unit)
        shared.share(&subject)
        shared.share(&text)
        shared.share(&sentence)
    }
}

extension Block {
    /// Shares the texts of each block (and of its children) with equal texts seen before.
    static func shareText(in blocks: inout [Block], _ shared: inout SharedText) {
        for index in blocks.indices { blocks[index].shareText(&shared) }
    }

    /// Shares every text of this block and its children with equal texts seen before.
    mutating func shareText(_ shared: inout SharedText) {
        shared.share(&text)
        shared.share(&number)
        shared.share(&marker)
        if var children {
            // Let go of the block's own reference first, so the children change in place.
            self.children = nil
            Block.shareText(in: &children, &shared)
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
