/// The tool's name and version, written into every bundle (`generator`) and bag (`Bag-Software-Agent`).
public enum EvidencePackVersion {
    /// Semantic version of the tool.
    public static let current = "0.1.0"
    /// The tool's name.
    public static let name = "evidence-pack"
    /// `evidence-pack <version>`.
    public static let generator = "\(name) \(current)"
}
