import EvidenceModel

/// Problems in a pack definition, each naming the file and line, collected so that one run reports
/// all of them rather than the first.
public struct PackDefinitionError: Error, CustomStringConvertible, Sendable {
    /// The problems, in file order.
    public var problems: [Diagnostic]

    public init(problems: [Diagnostic]) {
        self.problems = problems
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
