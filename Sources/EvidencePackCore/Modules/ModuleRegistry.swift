/// The modules a run can use: the built-in list plus any discovered external importers.
public struct ModuleRegistry: Sendable {
    /// Importers, in priority order (earlier wins a confidence tie).
    public var importers: [any Importer]
    /// Exporters.
    public var exporters: [any Exporter]

    public init(importers: [any Importer], exporters: [any Exporter]) {
        self.importers = importers
        self.exporters = exporters
    }

    /// The importer with an id, if registered.
    public func importer(id: String) -> (any Importer)? {
        importers.first { $0.descriptor.id == id }
    }

    /// The exporter with an id, if registered.
    public func exporter(id: String) -> (any Exporter)? {
        exporters.first { $0.descriptor.id == id }
    }

    /// The importer most confident that a probe is its own, or nil when none claims it.
    public func bestImporter(for probe: SourceProbe) -> (any Importer)? {
        var best: (importer: any Importer, confidence: Double)?
        for importer in importers {
            let confidence = importer.confidence(for: probe)
            guard confidence > 0 else { continue }
            if let current = best, confidence <= current.confidence { continue }
            best = (importer, confidence)
        }
        return best?.importer
    }
}
