/// The named steps of a build, in order. Errors and diagnostics are tagged with the step name.
public enum PipelineStep: String, Sendable, CaseIterable {
    // Validation comes before assembly: an item's status rests on the diagnostics and cross-checks.
    case discover, `import`, validate, assemble, export, seal

    /// The steps `check` runs (it writes nothing).
    public static let checkSteps: [PipelineStep] = [.discover, .import, .validate, .assemble]
}

/// A step failed in a way that stops the build (not a per-file problem: those are diagnostics).
public struct PipelineError: Error, CustomStringConvertible {
    /// The step.
    public var step: PipelineStep
    /// What went wrong.
    public var message: String

    public init(step: PipelineStep, message: String) {
        self.step = step
        self.message = message
    }

    public var description: String { "[\(step.rawValue)] \(message)" }
}
