import EvidenceModel
import EvidencePackCore
import EvidencePackModules
import EvidenceFixtures
import Foundation
import LibXML
import Testing

/// Seeded mutation fuzzing (the fallback where libFuzzer cannot run): every registered importer, and
/// the libxml2 wrapper, on mutated copies of the shared samples (read in place) and of small inline
/// seeds. Deterministic for a seed; `FUZZ_SEED`, `FUZZ_ITERATIONS` and `FUZZ_SECONDS` widen a run
/// (scripts/fuzz.sh), and `FUZZ_SAVE_DIR` keeps the input being tried so a crash can be replayed.
@Suite struct MutationFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let seed = UInt64(environment["FUZZ_SEED"] ?? "") ?? 0x5EED_1234
    static let iterations = Int(environment["FUZZ_ITERATIONS"] ?? "") ?? 12
    static let timeBudget = Double(environment["FUZZ_SECONDS"] ?? "")
    static let saveFolder = environment["FUZZ_SAVE_DIR"].map { URL(fileURLWithPath: $0) }

    /// Small seeds that exist in every checkout (the shared samples may be absent).
    static let inlineSeeds: [(name: String, bytes: [UInt8])] = [
        ("minutes.txt", Array("""
        Agenda and minutes
        Corporate Parenting Board
        Monday, 13th November, 2017 4.00pm
        Venue: Committee Room 1
        Apologies: Cllr Smith
        38. Minutes of the previous meeting
        38.1 RESOLVED that the minutes be agreed.
        - Report of the Director PDF 268 KB
        ACTION: Head of Service
        Meeting: 23/01/2020 - Children and Families Scrutiny Panel (Item 25)
        """.utf8)),
        ("meeting.xml", Array("""
        <?xml version="1.0" encoding="utf-8"?>
        <meeting><meetingid>7001</meetingid><meetingdate>05/03/2026</meetingdate><meetingtime>2.00 pm</meetingtime>
        <meetingstatus>Confirmed</meetingstatus><agendaitems><agendaitem><agendaitemtitle>Performance</agendaitemtitle>
        <fulldisplaynumberformat>4.</fulldisplaynumberformat><agendaitemnumber> 6</agendaitemnumber>
        <minutesnonemptyhtmlbody>&lt;p&gt;RESOLVED:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;That the report be noted.&lt;/li&gt;&lt;/ol&gt;</minutesnonemptyhtmlbody>
        <linkeddocuments><linkeddoc><title>Report</title><url>https://x.example/a.pdf</url><isrestricted>True</isrestricted>
        <publicationdate>25/02/2026</publicationdate></linkeddoc></linkeddocuments></agendaitem></agendaitems>
        <attendees><attendee name="Cllr A" roledescription="Chair" attendance="Apologies"></attendee></attendees></meeting>
        """.utf8)),
        ("table.csv", Array("Child Unique ID,Gender,Date of Birth,Age\nA1,a) Male,01/02/2015,9\n\"B,2\",b) Female,\"31/02/2014\",x\n".utf8)),
        ("page.html", Array("""
        <html><head><meta charset="utf-8"><title>Agenda</title></head><body><h1 class="mgMainTitleTxt">Corporate Parenting Board</h1>
        <p>Date: 12/03/2025</p><table><tr><td>1.</td><td><a href="x.pdf">Minutes PDF 120 KB</a></td></tr></table></body></html>
        """.utf8)),
        ("doc.xml", Array("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aa\">]><r x=\"&a;\"><c>&a;</c><![CDATA[x]]></r>".utf8)),
        // Zip containers, their parts stored so that mutations reach the XML as well as the zip records.
        ("report.docx", HandMadeZip.zip([
            HandMadeZip.Part(name: "[Content_Types].xml", bytes: Array("<Types/>".utf8), deflate: false),
            HandMadeZip.Part(name: "word/document.xml", bytes: Array("""
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>\
                <w:r><w:t>Annual report</w:t></w:r></w:p><w:p><w:r><w:t>There were 513 children looked after.</w:t></w:r></w:p></w:body></w:document>
                """.utf8), deflate: false),
            HandMadeZip.Part(name: "docProps/core.xml", bytes: Array("<cp:coreProperties xmlns:cp=\"x\" xmlns:dc=\"y\"><dc:title>Report</dc:title></cp:coreProperties>".utf8)),
        ]).bytes),
        ("annex-a.xlsx", HandMadeZip.zip([
            HandMadeZip.Part(name: "xl/workbook.xml", bytes: Array("""
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="List 1" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8), deflate: false),
            HandMadeZip.Part(name: "xl/_rels/workbook.xml.rels", bytes: Array("""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>
                """.utf8), deflate: false),
            HandMadeZip.Part(name: "xl/sharedStrings.xml", bytes: Array("<sst><si><t>Child Unique ID</t></si><si><t>Gender</t></si><si><t>a) Male</t></si></sst>".utf8), deflate: false),
            HandMadeZip.Part(name: "xl/worksheets/sheet1.xml", bytes: Array("""
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>\
                <c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>ID1</t></is></c><c r="B2" t="s"><v>2</v></c></row></sheetData></worksheet>
                """.utf8)),
        ]).bytes),
    ]

    /// Seeds: the inline ones plus every shared sample (read in place) where ../shared is present.
    /// Without it the fuzz still runs on the inline seeds; `sharedSamplesAreFuzzSeeds` is then reported skipped.
    static func seeds() -> [(name: String, bytes: [UInt8])] {
        var seeds = inlineSeeds
        for url in Samples.files() {
            if let data = try? Data(contentsOf: url) { seeds.append((url.lastPathComponent, [UInt8](data.prefix(400_000)))) }
        }
        return seeds
    }

    /// The shared samples join the seeds where they are present (so a bare clone's run says so).
    @Test(.enabled(if: !Samples.files().isEmpty, "needs ../shared/samples: without them only the inline seeds are fuzzed"))
    func sharedSamplesAreFuzzSeeds() {
        #expect(Self.seeds().count == Self.inlineSeeds.count + Samples.files().count)
    }

    @Test(.timeLimit(.minutes(10))) func everyImporterSurvivesMutatedInputs() async throws {
        let registry = BuiltinModules.registry
        let seeds = Self.seeds()
        var random = SplitMix64(seed: Self.seed)
        let started = Date()
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        var runs = 0
        for importer in registry.importers {
            let id = importer.descriptor.id
            for iteration in 0..<Self.iterations {
                if let budget = Self.timeBudget, Date().timeIntervalSince(started) > budget { break }
                let seed = seeds[Int(random.next() % UInt64(seeds.count))]
                let other = seeds[Int(random.next() % UInt64(seeds.count))]
                let bytes = Mutator.mutate(seed.bytes, splice: other.bytes, random: &random)
                // The seed's own extension when the importer reads it (a .docx seed stays a .docx), else the importer's first.
                let seedExtension = (seed.name as NSString).pathExtension
                let fileExtension = importer.descriptor.fileExtensions.contains(seedExtension) ? seedExtension
                    : importer.descriptor.fileExtensions.first ?? seedExtension
                let fileName = "fuzz-\(iteration).\(fileExtension)"
                Self.save(bytes, label: id)
                let (records, diagnostics) = try await ImporterHarness.run(importerID: id, bytes: bytes, fileName: fileName, in: folder)
                try Self.checkInvariants(records: records, diagnostics: diagnostics, fileName: fileName, importer: id)
                // Sniffing the same bytes must not trap either.
                _ = registry.bestImporter(for: SourceProbe(path: fileName, head: Array(bytes.prefix(SourceDiscovery.probeSize)), size: Int64(bytes.count)))
                runs += 1
            }
        }
        #expect(runs > 0 || registry.importers.isEmpty)
        print("mutation fuzz: \(runs) importer runs over \(seeds.count) seeds, seed \(Self.seed)")
    }

    @Test(.timeLimit(.minutes(10))) func libxmlSurvivesMutatedInputs() throws {
        let seeds = Self.seeds()
        var random = SplitMix64(seed: Self.seed ^ 0xA5A5)
        let started = Date()
        for _ in 0..<(Self.iterations * 4) {
            if let budget = Self.timeBudget, Date().timeIntervalSince(started) > budget { break }
            let seed = seeds[Int(random.next() % UInt64(seeds.count))]
            let other = seeds[Int(random.next() % UInt64(seeds.count))]
            let bytes = Mutator.mutate(seed.bytes, splice: other.bytes, random: &random)
            Self.save(bytes, label: "libxml")
            Self.walk(bytes)
        }
    }

    /// Regression cases found by fuzzing and by the hostile tests, replayed on every importer.
    @Test func regressionsStayFixed() async throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanup() }
        for (name, bytes) in Regressions.cases {
            Self.walk(bytes)
            for importer in BuiltinModules.registry.importers {
                let fileName = "\(name).\(importer.descriptor.fileExtensions.first ?? "txt")"
                let (records, diagnostics) = try await ImporterHarness.run(importerID: importer.descriptor.id, bytes: bytes, fileName: fileName, in: folder)
                try Self.checkInvariants(records: records, diagnostics: diagnostics, fileName: fileName, importer: importer.descriptor.id)
            }
        }
    }

    /// Parses bytes as HTML and XML and reads every node, as importers do.
    static func walk(_ bytes: [UInt8]) {
        if let html = try? HTMLDocument(bytes: bytes) {
            for node in html.select("//node()").prefix(5000) {
                _ = node.textContent
                _ = node.attribute("href")
                _ = node.classes
                _ = node.line
            }
        }
        if let xml = try? XMLDocument(bytes: bytes) {
            for node in xml.select("//node()").prefix(5000) {
                _ = node.textContent
                _ = node.children.count
            }
        }
    }

    /// What any import must satisfy, whatever the bytes: diagnostics located in the file, records
    /// encodable (the pack's JSON can always be written), no text larger than the file allows.
    static func checkInvariants(records: [Record], diagnostics: [Diagnostic], fileName: String, importer: String) throws {
        for diagnostic in diagnostics {
            #expect(diagnostic.location?.path == fileName, "\(importer): \(diagnostic)")
        }
        _ = try EvidenceJSON.encode(records)
    }

    static func save(_ bytes: [UInt8], label: String) {
        guard let saveFolder else { return }
        try? FileManager.default.createDirectory(at: saveFolder, withIntermediateDirectories: true)
        try? Data(bytes).write(to: saveFolder.appendingPathComponent("current-\(label).bin"))
    }
}

/// A small deterministic generator (SplitMix64): same seed, same mutations, on every machine.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }
}

/// Byte-level mutations aimed at text, CSV and markup readers.
enum Mutator {
    static let tokens: [[UInt8]] = [
        [0], [0xFF], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF], [0xC3], [0xED, 0xA0, 0x80], [0x80], [0x96],
        Array("\"".utf8), Array("\"\"".utf8), Array(",".utf8), Array("\r".utf8), Array("\r\n".utf8), Array("\t".utf8),
        Array("<".utf8), Array("</".utf8), Array("&".utf8), Array("&#0;".utf8), Array("&#xD800;".utf8), Array("&nbsp;".utf8),
        Array("<!ENTITY a \"x\">".utf8), Array("<![CDATA[".utf8), Array("<!--".utf8), Array("<script>".utf8),
        Array("=HYPERLINK(\"http://x\",\"y\")".utf8), Array("+1".utf8), Array("-1".utf8), Array("@SUM(1)".utf8),
        Array("31/02/2025".utf8), Array("29/02/2023".utf8), Array("00/00/0000".utf8), Array("99/99/99999999999999999999".utf8),
        Array("Meeting: ".utf8), Array("RESOLVED".utf8), Array("(Item ".utf8), Array("Meeting of ".utf8), Array("PDF 9999999999999999999999 GB".utf8),
        Array("1.1.1.1.1.1.1.1.1.1 ".utf8), Array("18446744073709551616".utf8), Array("-0".utf8), Array("NaN".utf8), Array("1e309".utf8),
        Array(String(repeating: "<div>", count: 300).utf8), Array(String(repeating: "\"", count: 501).utf8),
        Array(String(repeating: ",", count: 2000).utf8), Array(String(repeating: "9", count: 400).utf8),
    ]

    static func mutate(_ seed: [UInt8], splice other: [UInt8], random: inout SplitMix64) -> [UInt8] {
        var bytes = seed
        for _ in 0..<(1 + random.below(6)) {
            let position = random.below(bytes.count + 1)
            switch random.below(9) {
            case 0 where !bytes.isEmpty: // flip a bit
                let index = random.below(bytes.count)
                bytes[index] ^= UInt8(1 << random.below(8))
            case 1: // insert a token
                bytes.insert(contentsOf: tokens[random.below(tokens.count)], at: position)
            case 2 where !bytes.isEmpty: // delete a range
                let length = min(bytes.count - min(position, bytes.count - 1), 1 + random.below(64))
                let start = min(position, bytes.count - 1)
                bytes.removeSubrange(start..<min(bytes.count, start + length))
            case 3 where !bytes.isEmpty: // duplicate a range many times
                let start = random.below(bytes.count)
                let chunk = Array(bytes[start..<min(bytes.count, start + 1 + random.below(32))])
                let copies = 1 + random.below(200)
                bytes.insert(contentsOf: Array([[UInt8]](repeating: chunk, count: copies).joined()), at: position)
            case 4: // truncate
                bytes = Array(bytes.prefix(position))
            case 5 where !other.isEmpty: // splice another seed
                let start = random.below(other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + 1 + random.below(512))], at: position)
            case 6 where !bytes.isEmpty: // overwrite with a random byte
                bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
            case 7: // a very long line
                bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "a") + UInt8(random.below(26)), count: 1 + random.below(200_000)), at: position)
            default: // swap line endings
                bytes = bytes.map { $0 == 0x0A ? (random.below(2) == 0 ? 0x0D : 0x0A) : $0 }
            }
        }
        return bytes
    }
}

/// Inputs that once broke something, kept as regression cases (name, bytes).
enum Regressions {
    static let cases: [(String, [UInt8])] = [
        // UTF-16 with a lone surrogate decoded to "" (every line lost): TextDecoding now repairs it.
        ("utf16-lone-surrogate", [0xFF, 0xFE] + Array("Minutes\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0x00, 0xD8, 0x41, 0x00]),
        // Quadratic entity expansion: a 1.1 MB document read as 1 GB of text.
        ("entity-blowup", Array(("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"" + String(repeating: "A", count: 20_000) + "\">]><r>"
            + String(repeating: "&a;", count: 2_000) + "</r>").utf8)),
        // Nesting past libxml2's 256 levels silently dropped the rest of the page: now a warning.
        ("deep-html", Array(("<html><body>" + String(repeating: "<div>", count: 5_000) + "x</body></html>").utf8)),
    ]
}
