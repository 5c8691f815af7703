/// Spreadsheet cell references: column letters (`A`, `Z`, `AA`) and `B52`-style references.
public enum CellReference {
    /// The largest column a worksheet has (`XFD`), 0-based.
    public static let maximumColumn = 16_383

    /// Column letters for a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func columnLetters(_ index: Int) -> String {
        var index = max(0, index)
        var letters: [UInt8] = []
        repeat {
            letters.append(UInt8(65 + index % 26))
            index = index / 26 - 1
        } while index >= 0
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// `Sheet!B52` for a 0-based column and a 1-based row.
    public static func name(sheet: String, column: Int, row: Int) -> String {
        "\(sheet)!\(columnLetters(column))\(row)"
    }

    /// The 0-based column and 1-based row of a reference such as `B52` (either may be missing: nil
    /// parts). Letters past `XFD` or a malformed reference give nil for that part.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (column: Int?, row: Int?) {
        var column = 0, letters = 0, row = 0, digits = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - 64)
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - 96)
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                row = row * 10 + Int(byte - 48)
                digits += 1
                if digits > 8 { return (nil, nil) }
            case UInt8(ascii: "$"):
                continue
            default:
                return (nil, nil)
            }
            if letters > 3 { return (nil, nil) }
        }
        let columnIndex = letters > 0 && column - 1 <= maximumColumn ? column - 1 : nil
        return (columnIndex, digits > 0 && row > 0 ? row : nil)
    }
}
