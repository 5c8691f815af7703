/// The named steps of a build, in order. Errors and diagnostics are tagged with the step name.
public enum PipelineStep: String, Sendable, CaseIterable {
    case discover, `import`, assemble, validate, export, seal

    /// The steps `check` runs (it writes nothing).
    public static let checkSteps: [PipelineStep] = [.discover, .import, .assemble, .validate]
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
