import AnnexASpec
import EvidenceModel

/// Which Annex A template a reader checks against: the one in force on the reference date, unless the
/// importer options name a version (`annexATemplate`) or a folder (`annexATemplateFolder`). The
/// templates are read once per process.
public enum AnnexATemplateChoice {
    /// Every template in the default folder, oldest first (nil when the folder cannot be found).
    public static let all: [AnnexATemplate]? = try? AnnexATemplateLoader.loadAvailable()

    /// The newest template (for sniffing before a reference date is known).
    public static var newest: AnnexATemplate? { all?.last }

    /// The template for a reference date and importer options, or why there is none.
    public static func template(referenceDate: CalendarDate, options: [String: String]) -> Result<AnnexATemplate, AnnexATemplateError> {
        do {
            if options["annexATemplate"] == nil, options["annexATemplateFolder"] == nil, let all, !all.isEmpty {
                return .success(all.last { $0.validFrom <= referenceDate } ?? all[0])
            }
            return .success(try AnnexATemplateLoader.template(for: referenceDate, version: options["annexATemplate"],
                                                              folder: options["annexATemplateFolder"]))
        } catch let error as AnnexATemplateError {
            return .failure(error)
        } catch {
            return .failure(AnnexATemplateError(description: "cannot read the Annex A template: \(error)"))
        }
    }

    /// What of the reference date a reading with deferred date checks depends on: the template the
    /// date selects; the date itself when no template can be read (the reading then reports why).
    public static func readingKey(referenceDate: CalendarDate, options: [String: String]) -> String {
        switch template(referenceDate: referenceDate, options: options) {
        case .success(let template): "annex-a-template \(template.template) from \(template.validFrom.iso8601)"
        case .failure: referenceDate.iso8601
        }
    }
}
