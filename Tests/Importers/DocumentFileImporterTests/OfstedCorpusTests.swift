@testable import DocumentFileImporter
import EvidenceFixtures
import EvidenceModel
import EvidencePackCore
import Foundation
import Testing

/// The real Ofsted reports in ../shared/corpus/ofsted, read in place through the document-file
/// importer, field by field. Skipped (with the reason) without the corpus or without pdftotext.
enum OfstedCorpus {
    /// `../shared/corpus/ofsted` beside the package.
    static let folder = CLIRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/ofsted")
    /// True when the corpus is there.
    static let isPresent = FileManager.default.fileExists(atPath: folder.path)
    /// True when the corpus is there and pdftotext can read its PDFs.
    static let isReadable = isPresent && PopplerTools.fromPath().pdftotext != nil

    /// Imports one corpus file in place: its document and diagnostics.
    static func importFile(_ name: String) async throws -> (Document, [Diagnostic]) {
        let url = folder.appendingPathComponent(name)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber).int64Value
        let source = Source(path: name, sha256: try FileHashing.sha256(of: url), size: size, mediaType: "application/octet-stream")
        let context = ImportContext(inputsRoot: folder, referenceDate: try #require(CalendarDate(iso8601: "2026-12-01")))
        let result = try await DocumentFileImporter().records(from: source, context: context)
        guard case .document(let document)? = result.records.first else {
            Issue.record("expected a document record")
            throw CancellationError()
        }
        return (document, result.diagnostics)
    }

    static func report(_ name: String) async throws -> (InspectionReport, [Diagnostic]) {
        let (document, diagnostics) = try await importFile(name)
        #expect(document.kind == .inspectionReport)
        return (try #require(InspectionReport(document: document)), diagnostics)
    }
}

@Suite(.enabled(if: OfstedCorpus.isReadable, "needs ../shared/corpus/ofsted and pdftotext"))
struct OfstedCorpusTests {
    typealias J = InspectionReport.Judgement
    static let leaders = "The impact of leaders on social work practice with children and families"
    static let helpAndProtection = "The experiences and progress of children who need help and protection"
    static let inCareAndLeavers = "The experiences and progress of children in care and care leavers"
    static let ri = "Requires improvement to be good"

    func date(_ iso: String) -> CalendarDate? { CalendarDate(iso8601: iso) }

    @Test func cheshireEast2024() async throws {
        let (report, diagnostics) = try await OfstedCorpus.report("d2i-ilacs_cheshire-east_16-may-2024.pdf")
        #expect(report.framework == "ILACS inspection")
        #expect(report.localAuthority == "Cheshire East")
        #expect(report.inspectionStart == date("2024-02-26"))
        #expect(report.inspectionEnd == date("2024-03-08"))
        #expect(report.publicationDate == nil)
        #expect(report.leadInspector == "Teresa Godfrey")
        #expect(report.overallEffectiveness == "Inadequate")
        #expect(report.judgements == [J(area: Self.leaders, grade: Self.ri), J(area: Self.helpAndProtection, grade: Self.ri),
                                      J(area: "The experiences and progress of children in care", grade: Self.ri),
                                      J(area: "The experiences and progress of care leavers", grade: "Inadequate"),
                                      J(area: "Overall effectiveness", grade: "Inadequate")])
        #expect(report.improvementPoints.count == 7)
        #expect(report.improvementPoints.first == "Senior leaders' oversight of performance to ensure that there is a coherent approach to continuous improvement.")
        #expect(report.improvementPoints.last == "The effectiveness of child protection chairs and independent reviewing officers (IROs) to escalate, challenge and scrutinise plans for children.")
        #expect(diagnostics.map(\.code).contains("ofsted.no-publication-date"))
        #expect(!diagnostics.map(\.code).contains("ofsted.field-not-found"))
    }

    @Test func coventry2022() async throws {
        let (report, _) = try await OfstedCorpus.report("d2i-ilacs_coventry_12-august-2022.pdf")
        #expect(report.localAuthority == "Coventry")
        #expect(report.inspectionStart == date("2022-06-20"))
        #expect(report.inspectionEnd == date("2022-07-01"))
        #expect(report.leadInspector == "Nick Bennison")
        #expect(report.overallEffectiveness == "Good")
        #expect(report.judgements == [J(area: Self.leaders, grade: "Good"), J(area: Self.helpAndProtection, grade: "Good"),
                                      J(area: Self.inCareAndLeavers, grade: "Good"), J(area: "Overall effectiveness", grade: "Good")])
        #expect(report.improvementPoints == [
            "The focus on children's views and carers' capacity to meet children's needs in private fostering arrangements.",
            "The response to children aged 16 and 17 who are homeless.",
            "The mental health and emotional well-being provision for care leavers.",
            "The quality of team managers' supervision provided to social workers.",
        ])
    }

    @Test func darlington2022() async throws {
        let (report, _) = try await OfstedCorpus.report("d2i-ilacs_darlington_02-december-2022.pdf")
        #expect(report.localAuthority == "Darlington")
        #expect(report.inspectionStart == date("2022-10-10"))
        #expect(report.inspectionEnd == date("2022-10-21"))
        #expect(report.leadInspector == "Vicky Metheringham")
        #expect(report.overallEffectiveness == "Good")
        #expect(report.judgements.map(\.grade) == ["Good", "Good", "Outstanding", "Good"])
        #expect(report.judgements[2].area == Self.inCareAndLeavers)
        #expect(report.improvementPoints.count == 3)
        #expect(report.improvementPoints[2] == "Consistency of management oversight and decisions to be accurately recorded on children's records.")
    }

    @Test func thurrock2019() async throws {
        let (report, _) = try await OfstedCorpus.report("d2i-ilacs_thurrock_20-december-2019.pdf")
        #expect(report.localAuthority == "Thurrock Council")
        #expect(report.inspectionStart == date("2019-11-11"))
        #expect(report.inspectionEnd == date("2019-11-22"))
        #expect(report.leadInspector == "Brenda McLaughlin")
        #expect(report.overallEffectiveness == "Good")
        #expect(report.judgements == [J(area: Self.leaders, grade: "Good"), J(area: Self.helpAndProtection, grade: "Good"),
                                      J(area: Self.inCareAndLeavers, grade: "Good"), J(area: "Overall effectiveness", grade: "Good")])
        #expect(report.improvementPoints.count == 3)
        #expect(report.improvementPoints[2] == "Alignment and effectiveness of systems that support children at risk of criminal and sexual exploitation and children missing from home and care, to ensure that children can tell their stories.")
    }

    @Test func wokingham2023() async throws {
        let (report, _) = try await OfstedCorpus.report("d2i-ilacs_wokingham_09-may-2023.pdf")
        #expect(report.localAuthority == "Wokingham Borough Council")
        #expect(report.inspectionStart == date("2023-03-06"))
        #expect(report.inspectionEnd == date("2023-03-17"))
        #expect(report.leadInspector == "Tom Anthony")
        #expect(report.overallEffectiveness == Self.ri)
        #expect(report.judgements.map(\.grade) == [Self.ri, Self.ri, "Good", Self.ri, Self.ri])
        #expect(report.judgements.map(\.area)[3] == "The experiences and progress of care leavers")
        #expect(report.improvementPoints.count == 5)
        #expect(report.improvementPoints[4] == "The response to children who are vulnerable to exploitation.")
    }

    @Test func wokingham2019WithGradesWrapped() async throws {
        let (report, _) = try await OfstedCorpus.report("d2i-ilacs_wokingham_15-july-2019.pdf")
        #expect(report.localAuthority == "Wokingham Borough Council")
        #expect(report.inspectionStart == date("2019-06-03"))
        #expect(report.inspectionEnd == date("2019-06-14"))
        #expect(report.leadInspector == "Nigel Parkes")
        #expect(report.overallEffectiveness == Self.ri)
        #expect(report.judgements.map(\.grade) == [Self.ri, Self.ri, Self.ri, Self.ri])
        #expect(report.improvementPoints.count == 5)
        #expect(report.improvementPoints[4] == "The oversight and impact of the corporate parenting board.")
    }

    @Test func worcestershireSIF2017() async throws {
        let (report, diagnostics) = try await OfstedCorpus.report("d2i-ilacs_worcestershire_24-january-2017.pdf")
        #expect(report.framework == "SIF inspection")
        #expect(report.localAuthority == "Worcestershire County Council")
        #expect(report.inspectionStart == date("2016-10-24"))
        #expect(report.inspectionEnd == date("2016-11-17"))
        #expect(report.publicationDate == date("2017-01-24"))
        #expect(report.leadInspector == "Jenny Turnross")
        #expect(report.overallEffectiveness == "Inadequate")
        #expect(report.judgements == [
            J(area: "Children who need help and protection", grade: "Inadequate"),
            J(area: "Children looked after and achieving permanence", grade: "Inadequate"),
            J(area: "Adoption performance", grade: "Requires improvement"),
            J(area: "Experiences and progress of care leavers", grade: "Inadequate"),
            J(area: "Leadership, management and governance", grade: "Inadequate"),
        ])
        #expect(report.improvementPoints.count == 14)
        #expect(report.improvementPoints[9] == "Improve the timeliness of health assessments for children looked after to ensure that their needs are fully understood and met.")
        #expect(report.improvementPoints[12] == "Improve the service to care leavers by ensuring that there is a sufficient range of support and services available to all care leavers.")
        #expect(diagnostics.map(\.code).filter { $0.hasPrefix("ofsted.") } == ["ofsted.report"])
    }

    @Test func theHTMLPageNamedPDFIsRecognisedAndDiagnosed() async throws {
        let (document, diagnostics) = try await OfstedCorpus.importFile("d2i-ilacs_rotherham_10-august-2012.pdf")
        #expect(document.kind == .file)
        #expect(document.properties["mediaType"] == "text/html")
        #expect(document.title == "Report not found - Find an Inspection Report - Ofsted")
        let wrongType = try #require(diagnostics.first { $0.code == "document.wrong-type" })
        #expect(wrongType.severity == .warning)
        #expect(wrongType.message.contains("HTML web page saying the document was not found"))
        #expect(!diagnostics.contains { $0.code == "document.damaged" })
    }
}

/// The two text excerpts (SIF reports as document-hosting sites render them), read in place.
@Suite(.enabled(if: OfstedCorpus.isPresent, "needs ../shared/corpus/ofsted"))
struct OfstedExcerptTests {
    @Test func manchesterReinspectionExcerpt() async throws {
        let (report, diagnostics) = try await OfstedCorpus.report("o01_manchester_reinspection_2017_pdfslide.txt")
        #expect(report.framework == "SIF re-inspection")
        #expect(report.localAuthority == "Manchester City Council")
        #expect(report.inspectionStart == CalendarDate(iso8601: "2017-10-09"))
        #expect(report.inspectionEnd == CalendarDate(iso8601: "2017-11-02"))
        #expect(report.publicationDate == CalendarDate(iso8601: "2017-12-21"))
        #expect(report.overallEffectiveness == "Requires improvement to be good")
        #expect(report.judgements.map(\.grade) == ["Requires improvement", "Requires improvement", "Good", "Requires improvement", "Good"])
        #expect(report.judgements.map(\.area) == ["Children who need help and protection", "Children looked after and achieving permanence",
                                                  "Adoption performance", "Experiences and progress of care leavers",
                                                  "Leadership, management and governance"])
        // The excerpt is cut before the inspection team: no lead inspector, and it says so.
        #expect(report.leadInspector == nil)
        #expect(diagnostics.contains { $0.code == "ofsted.field-not-found" && $0.message.contains("the lead inspector") })
    }

    @Test func windsorAndMaidenheadExcerptWithWrappedJudgements() async throws {
        let (report, _) = try await OfstedCorpus.report("o02_windsormaidenhead_inspection_2015_abcdocz.txt")
        #expect(report.framework == "SIF inspection")
        #expect(report.localAuthority == "Windsor and Maidenhead")
        #expect(report.inspectionStart == CalendarDate(iso8601: "2015-03-03"))
        #expect(report.inspectionEnd == CalendarDate(iso8601: "2015-03-25"))
        #expect(report.publicationDate == CalendarDate(iso8601: "2015-05-13"))
        #expect(report.overallEffectiveness == "Requires improvement")
        #expect(report.judgements.count == 5)
        #expect(report.judgements.allSatisfy { $0.grade == "Requires improvement" })
        #expect(report.judgements.first?.area == "Children who need help and protection")
        #expect(report.improvementPoints.isEmpty)
    }

    @Test func minutesQuotingAReportTitleAreLeftToTheMinutesReader() throws {
        // Council minutes (../shared/corpus/minutes) with "OFSTED Inspection of Services for children
        // in need ..." as an item title, but none of Ofsted's labels.
        let url = OfstedCorpus.folder.deletingLastPathComponent().appendingPathComponent("minutes/38_worcestershire_mgAi_4628.txt")
        let bytes = try [UInt8](Data(contentsOf: url).prefix(SourceDiscovery.probeSize))
        #expect(DocumentFileImporter().confidence(for: SourceProbe(path: "38.txt", head: bytes, size: Int64(bytes.count))) == 0.05)
        #expect(OfstedReportReader.read(String(decoding: bytes, as: UTF8.self)) == nil)
    }

    @Test func theImporterClaimsTheExcerptsBeforeTheMinutesReader() throws {
        for name in ["o01_manchester_reinspection_2017_pdfslide.txt", "o02_windsormaidenhead_inspection_2015_abcdocz.txt"] {
            let bytes = try [UInt8](Data(contentsOf: OfstedCorpus.folder.appendingPathComponent(name)).prefix(SourceDiscovery.probeSize))
            let probe = SourceProbe(path: name, head: bytes, size: Int64(bytes.count))
            #expect(DocumentFileImporter().confidence(for: probe) == 0.9)
        }
    }
}
