import AnnexAWorkbookExporter
import AnnexAWorkbookImporter
import CSVTableImporter
import DocumentFileImporter
import EvidencePackCore
import HTMLIndexExporter
import HTMLAgendaImporter
import JSONExporter
import MinutesTextImporter
import ModernGovXMLImporter
import XMLExporter

/// The one list of built-in modules (like pandoc's `readers` and `writers`). Adding an importer is
/// one new target plus one line here; `swift package new-importer <Name>` does both.
public enum BuiltinModules {
    /// Every built-in importer, in priority order (earlier wins a confidence tie).
    public static var importers: [any Importer] {
        [
            MinutesTextImporter(),
            CSVTableImporter(),
            AnnexAWorkbookImporter(),
            HTMLAgendaImporter(),
            DocumentFileImporter(),
            ModernGovXMLImporter(),
            // new-importer: insert above this line
        ]
    }

    /// Every built-in exporter.
    public static var exporters: [any Exporter] {
        [
            JSONExporter(),
            XMLExporter(),
            HTMLIndexExporter(),
            AnnexAWorkbookExporter(),
        ]
    }

    /// The registry of built-in modules.
    public static var registry: ModuleRegistry {
        ModuleRegistry(importers: importers, exporters: exporters)
    }
}
