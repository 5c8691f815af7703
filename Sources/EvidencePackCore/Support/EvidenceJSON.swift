import Foundation

/// The one JSON style of every machine-readable output: sorted keys (byte-identical reruns),
/// pretty-printed, slashes unescaped.
public enum EvidenceJSON {
    /// An encoder in that style.
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes a value, ending with a newline.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) throws -> Data {
        var data = try encoder(pretty: pretty).encode(value)
        data.append(0x0A)
        return data
    }
}
