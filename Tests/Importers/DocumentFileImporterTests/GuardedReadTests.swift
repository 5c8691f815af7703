@testable import DocumentFileImporter
import EvidenceModel
import EvidencePackCore
import EvidenceFixtures
import Foundation
import Testing

/// Issue 23 items 2 and 3 for documents: the document importer reads its file once, through
/// `GuardedInput` (no link out of the inputs followed, bytes hashed against discovery's SHA-256), under
/// a size limit; `pdftotext` and `pdfinfo` get those bytes on stdin, never a path to open again.
@Suite struct GuardedReadTests {
    let referenceDate = CalendarDate(iso8601: "2024-06-01") ?? CalendarDate(daysSinceEpoch: 0)

    /// The source as discovery fingerprinted the file at `relative` (under `in/`).
    func source(_ relative: String, in folder: TemporaryFolder) throws -> Source {
        let url = folder.path("in/" + relative)
        let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.int64Value ?? 0
        return Source(path: relative, sha256: try FileHashing.sha256(of: url), size: size, mediaType: "application/pdf")
    }

    func context(_ folder: TemporaryFolder, options: [String: String] = [:]) -> ImportContext {
        ImportContext(inputsRoot: folder.path("in"), referenceDate: referenceDate, options: options)
    }

    @Test func aDocumentChangedSinceDiscoveryIsNotRead() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        _ = try folder.write(Fixtures.pdf(info: "<< /Title (Improvement plan) >>"), to: "in/plan.pdf")
        let discovered = try source("plan.pdf", in: folder)
        _ = try folder.write(Fixtures.pdf(info: "<< /Title (Something else!) >>"), to: "in/plan.pdf")
        await #expect(throws: GuardedInputError.self) {
            _ = try await DocumentFileImporter(poppler: .none).records(from: discovered, context: context(folder))
        }
    }

    @Test func aDocumentSwappedForALinkOutOfTheInputsIsNotRead() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        let bytes = Fixtures.pdf(info: "<< /Title (Improvement plan) >>")
        _ = try folder.write(bytes, to: "in/plan.pdf")
        _ = try folder.write(bytes, to: "outside/plan.pdf")
        let discovered = try source("plan.pdf", in: folder)
        try FileManager.default.removeItem(at: folder.path("in/plan.pdf"))
        try FileManager.default.createSymbolicLink(at: folder.path("in/plan.pdf"), withDestinationURL: folder.path("outside/plan.pdf"))
        await #expect(throws: GuardedInputError.outsideInputs(path: "plan.pdf")) {
            _ = try await DocumentFileImporter(poppler: .none).records(from: discovered, context: context(folder))
        }
    }

    @Test func aDocumentOverTheSizeLimitIsCarriedWithAWarning() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        _ = try folder.write(Fixtures.pdf(info: "<< /Title (Improvement plan) >>"), to: "in/Improvement_Plan_2024-05-01.pdf")
        let discovered = try source("Improvement_Plan_2024-05-01.pdf", in: folder)
        let result = try await DocumentFileImporter(poppler: .none).records(from: discovered, context: context(folder, options: ["maxFileBytes": "100"]))
        #expect(result.diagnostics.contains { $0.code == "document.too-large" && $0.message.contains("100 bytes") })
        guard case .document(let document)? = result.records.first else {
            Issue.record("no file record: a file over the limit must still be carried")
            return
        }
        #expect(document.kind == .file)
        #expect(document.properties["titleBasis"] == "file name")
        #expect(document.properties["mediaType"] == "application/pdf")
        #expect(document.date == CalendarDate(iso8601: "2024-05-01"))
    }

    @Test func pdftotextReadsTheBytesOnStdinSoADashNameIsNoOption() async throws {
        let tools = PopplerTools.fromPath()
        guard tools.pdftotext != nil else { return }  // poppler-utils not installed
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        _ = try folder.write(Fixtures.pdf(info: nil, pageText: "Dash named plan"), to: "in/--help.pdf")
        _ = try folder.write(Fixtures.pdf(info: nil, pageText: "Dash named plan"), to: "in/-l 0.pdf")
        for name in ["--help.pdf", "-l 0.pdf"] {
            let result = try await DocumentFileImporter(poppler: tools).records(from: try source(name, in: folder), context: context(folder))
            guard case .document(let document)? = result.records.first else {
                Issue.record("no record for \(name)")
                continue
            }
            #expect(document.properties["textExtraction"] == "pdftotext", "\(name)")
            #expect(document.blocks.description.contains("Dash named plan"), "\(name)")
        }
    }
}
