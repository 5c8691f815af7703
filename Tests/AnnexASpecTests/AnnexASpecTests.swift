import AnnexASpec
import BuiltinPacks
import EvidenceModel
import Foundation
import Testing
import Yams

/// The package root, from this file's path (Tests/AnnexASpecTests/AnnexASpecTests.swift).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The Annex A list document in ../shared (absent on a bare clone: the tests that need it are skipped).
let sharedListDocument = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/docs/annex-a-lists.yaml")
let hasSharedListDocument = FileManager.default.fileExists(atPath: sharedListDocument.path)

/// The 2024 template spec, read from Packs/annex-a.
func template2024() throws -> AnnexATemplate {
    try AnnexATemplateLoader.load(file: packageRoot.appendingPathComponent("Packs/annex-a/template-2024.yaml"))
}

@Suite struct AnnexATemplateTests {
    @Test func loadsElevenListsWithTheirColumns() throws {
        let template = try template2024()
        #expect(template.template == "2024")
        #expect(template.validFrom.iso8601 == "2024-01-01")
        #expect(template.lists.map(\.number) == Array(1...11))
        let referrals = try #require(template.list(3))
        #expect(referrals.sheetName == "List 3")
        #expect(referrals.headers == ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Referral",
                                      "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months",
                                      "Allocated Team", "Allocated Worker"])
        #expect(referrals.reportingWindow.months == 6)
        #expect(referrals.duplicateKeyColumns == [0, 5, 6])
        #expect(referrals.columns[1].valueSet?.name == "gender")
        #expect(referrals.columns[8].type == .integer && referrals.columns[8].minimum == 0)
        #expect(try #require(template.list(10)).reportingWindow.months == 12)
        #expect(try #require(template.list(11)).reportingWindow.months == 12)
        #expect(template.lists.filter { $0.number <= 9 }.allSatisfy { $0.reportingWindow.months == 6 })
    }

    /// The templates are built into the program: found with no packs folder and from any current
    /// folder, and byte for byte the files under Packs/annex-a.
    @Test func theTemplatesAreBuiltIn() throws {
        let all = try AnnexATemplateLoader.loadAvailable(environment: [:])
        #expect(all.map(\.template).contains("2024"))
        let builtIn = try #require(BuiltinPacks.text(of: "annex-a/template-2024.yaml"))
        let onDisk = try String(contentsOf: packageRoot.appendingPathComponent("Packs/annex-a/template-2024.yaml"), encoding: .utf8)
        #expect(builtIn == onDisk)
        #expect(try AnnexATemplateLoader.template(for: try #require(CalendarDate(iso8601: "2026-11-20"))).template == "2024")
    }

    /// A template in `annex-a/` under a folder of EVIDENCE_PACK_PACKS adds to the built-in ones, and
    /// replaces the built-in one of the same name.
    @Test func templatesOnDiskAddToAndReplaceTheBuiltInOnes() throws {
        let packs = FileManager.default.temporaryDirectory.appendingPathComponent("annexa-packs-\(UUID().uuidString)")
        let folder = packs.appendingPathComponent("annex-a")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: packs) }
        for (name, from) in [("2024", "2024-01-01"), ("2027", "2027-04-01")] {
            try Data("template: '\(name)'\nvalidFrom: '\(from)'\nlists:\n- number: 1\n  columns:\n  - {header: Local ID \(name), type: id}\n".utf8)
                .write(to: folder.appendingPathComponent("template-\(name).yaml"))
        }
        let all = try AnnexATemplateLoader.loadAvailable(environment: ["EVIDENCE_PACK_PACKS": "/nonexistent:\(packs.path)"])
        #expect(all.map(\.template) == ["2024", "2027"])
        #expect(all.first?.list(1)?.headers == ["Local ID 2024"])
    }

    /// The spec must stay what shared/docs/annex-a-lists.yaml says: header text byte for byte,
    /// column types and LIIA's required flags, list by list.
    @Test(.enabled(if: hasSharedListDocument, "needs ../shared/docs/annex-a-lists.yaml")) func matchesTheSharedListDocument() throws {
        let doc = sharedListDocument
        let template = try template2024()
        let top = try #require(try Yams.load(yaml: String(contentsOf: doc, encoding: .utf8)) as? [String: Any])
        let lists = try #require(top["lists"] as? [[String: Any]])
        #expect(lists.count == 11)
        for list in lists {
            let number = try #require(list["number"] as? Int)
            let spec = try #require(template.list(number))
            let columns = try #require(list["columns"] as? [[String: Any]])
            #expect(spec.headers == columns.compactMap { $0["header"] as? String }, "list \(number) headers")
            for (index, column) in columns.enumerated() where index < spec.columns.count {
                let docType = (column["type"] as? String ?? "").split(separator: " ").first.map(String.init) ?? ""
                #expect(spec.columns[index].type.rawValue == docType, "list \(number) column \(index + 1) type")
                // The document lost `required_by_liia` where LIIA's regex line ends in its
                // `*date-not-blank` anchor (List 3 'Date of Referral'); that anchor means required.
                let regexSaysRequired = (column["liia_header_regex"] as? [String] ?? []).contains { $0.contains("date-not-blank") }
                let docRequired = (column["required_by_liia"] as? Bool ?? false) || regexSaysRequired
                #expect(spec.columns[index].required == docRequired, "list \(number) column \(index + 1) required")
            }
        }
    }

    /// Every code list holds the document's values, in its order (the spec may add aliases, not codes).
    @Test(.enabled(if: hasSharedListDocument, "needs ../shared/docs/annex-a-lists.yaml")) func valueSetsMatchTheSharedListDocument() throws {
        let doc = sharedListDocument
        let template = try template2024()
        let top = try #require(try Yams.load(yaml: String(contentsOf: doc, encoding: .utf8)) as? [String: Any])
        let sets = try #require(top["value_sets"] as? [String: Any])
        #expect(Set(sets.keys) == Set(template.valueSets.keys))
        for (name, raw) in sets {
            let values = ((raw as? [String: Any])?["values"] as? [Any] ?? []).map { "\($0)" }
            // A placeholder such as `<English LA name>` means any such value: an open set.
            let placeholders = values.filter { $0.hasPrefix("<") && $0.hasSuffix(">") }
            #expect(template.valueSets[name]?.values == values.filter { !placeholders.contains($0) }, "value set \(name)")
            #expect(template.valueSets[name]?.isOpen == !placeholders.isEmpty, "value set \(name) open")
        }
    }

    @Test func reportsABrokenSpecWithItsPath() {
        #expect(throws: AnnexATemplateError.self) {
            try AnnexATemplateLoader.parse(yaml: "template: '2030'\nvalidFrom: 'soon'\nlists: []\n", path: "template-2030.yaml")
        }
        do {
            _ = try AnnexATemplateLoader.parse(yaml: """
            template: '2030'
            validFrom: '2030-01-01'
            lists:
            - number: 1
              columns:
              - {header: Gender, type: category, valueSet: nothing}
            """, path: "template-2030.yaml")
            Issue.record("an unknown value set was accepted")
        } catch {
            #expect("\(error)".contains("template-2030.yaml"))
            #expect("\(error)".contains("nothing"))
        }
    }

    @Test func picksTheTemplateInForceOnTheReferenceDate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("annexa-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, from, header) in [("2024", "2024-01-01", "Child Unique ID"), ("2026", "2026-04-01", "Child ID")] {
            try Data("""
            template: '\(name)'
            validFrom: '\(from)'
            lists:
            - number: 1
              columns:
              - {header: \(header), type: id, required: true}
            """.utf8).write(to: folder.appendingPathComponent("template-\(name).yaml"))
        }
        let before = try AnnexATemplateLoader.template(for: try #require(CalendarDate(iso8601: "2026-03-31")), folder: folder.path)
        let after = try AnnexATemplateLoader.template(for: try #require(CalendarDate(iso8601: "2026-04-01")), folder: folder.path)
        let named = try AnnexATemplateLoader.template(for: try #require(CalendarDate(iso8601: "2026-04-01")), version: "2024", folder: folder.path)
        #expect(before.template == "2024")
        #expect(after.template == "2026")
        #expect(after.list(1)?.headers == ["Child ID"])
        #expect(named.template == "2024")
    }
}

@Suite struct HeaderKeyTests {
    @Test func ignoresCaseSpacingPunctuationAndCurlyQuotes() {
        #expect(HeaderKey.make("Date of referral") == HeaderKey.make(" DATE  OF Referral "))
        #expect(HeaderKey.make("Referral NFA?") == HeaderKey.make("referral_nfa"))
        #expect(HeaderKey.make("Child’s ID") == HeaderKey.make("Child's ID"))
        #expect(HeaderKey.make("Date of Birth") != HeaderKey.make("Date of Death"))
    }

    @Test func findsAColumnByAVariant() throws {
        let list = try #require(try template2024().list(3))
        #expect(list.columnIndex(named: "date of REFERRAL") == 5)
        #expect(list.columnIndex(named: "Age of Child (Years)") == 4)
        #expect(list.columnIndex(named: "Shoe size") == nil)
        #expect(list.dateOfBirthColumn == 3)
    }
}

@Suite struct AnnexADateTests {
    func parse(_ text: String) -> (String, AnnexADate.Form)? {
        AnnexADate.parse(text).map { ($0.date.iso8601, $0.form) }
    }

    @Test func readsTheTemplateForm() {
        #expect(parse("05/11/2025")?.0 == "2025-11-05")
        #expect(parse("05/11/2025")?.1 == .template)
        #expect(parse("5/1/2025")?.0 == "2025-01-05")
        #expect(parse("05-11-2025")?.0 == "2025-11-05")
        #expect(parse("29/02/2024")?.0 == "2024-02-29")
        #expect(parse("05/11/2025 00:00:00")?.0 == "2025-11-05")
    }

    @Test func readsISOAndExcelSerials() {
        #expect(parse("2025-11-05")?.0 == "2025-11-05")
        #expect(parse("2025-11-05")?.1 == .iso)
        #expect(parse("2025-11-05T00:00:00")?.0 == "2025-11-05")
        // 45658 is 1 January 2025 in Excel's 1900 system; 45658.75 the same day at 18:00.
        #expect(parse("45658")?.0 == "2025-01-01")
        #expect(parse("45658")?.1 == .excelSerial)
        #expect(parse("45658.75")?.0 == "2025-01-01")
        #expect(parse("61")?.0 == "1900-03-01")
    }

    @Test func rejectsWhatIsNotADay() {
        for text in ["31/02/2025", "29/02/2025", "13/13/2025", "2025/11", "05/11/25", "yesterday", "", "7", "05/11-2025", "1.2.3", "2025-11-05x"] {
            #expect(AnnexADate.parse(text) == nil, "\(text)")
        }
    }
}

@Suite struct AnnexAValueSetTests {
    @Test func resolvesTemplateCodesAndLooseSpellings() throws {
        let template = try template2024()
        let gender = try #require(template.valueSets["gender"])
        #expect(gender.resolve("a) Male") == .exact(0))
        #expect(gender.resolve("Male") == .normalised(0))
        #expect(gender.resolve("  FEMALE ") == .normalised(1))
        #expect(gender.resolve("F") == .normalised(1))
        #expect(gender.resolve("c) Not stated/recorded (or unborn)") == .normalised(2))
        #expect(gender.resolve("Other") == .unknown)
        let ethnicity = try #require(template.valueSets["ethnicity"])
        #expect(ethnicity.resolve("WBRI").normalisedIndex == 0)
        #expect(ethnicity.resolve("a) WBRI") == .exact(0))
        let source = try #require(template.valueSets["referral_source"])
        #expect(source.resolve("1A") == .normalised(0))
        #expect(source.resolve("3D").normalisedIndex.map { source.values[$0] } == "j) 3D: Health services")
        let yesNo = try #require(template.valueSets["yes_no"])
        #expect(yesNo.resolve("Y") == .normalised(0))
        #expect(yesNo.resolve("no") == .normalised(1))
    }

    /// A spelling two codes share (`Individual` is 1A to 1D) is never guessed.
    @Test func leavesAmbiguousSpellingsUnresolved() throws {
        let source = try #require(try template2024().valueSets["referral_source"])
        #expect(source.resolve("Individual") == .unknown)
        #expect(source.resolve("Health services") == .unknown)
        let made = AnnexAValueSet(name: "t", values: ["a) Yes", "b) Yes please"])
        #expect(made.resolve("Yes") == .normalised(0))
        #expect(made.resolve("a") == .unknown)
    }
}

extension AnnexAValueSet.Resolution {
    /// The template value's index, however it matched.
    var normalisedIndex: Int? {
        switch self {
        case .exact(let index), .normalised(let index): index
        case .unknown: nil
        }
    }
}

/// The spellings councils' systems export for a code are read as the template's code; a wrong value
/// close to a code never is.
@Suite struct AnnexAValueSetVariantTests {
    @Test(arguments: ["M", "Male", "male", "MALE", " Male ", "1 - Male", "a)Male", "a) male", "A) MALE", "a)  Male", "a) Male."])
    func readsASpellingOfMale(_ text: String) throws {
        let gender = try #require(try template2024().valueSets["gender"])
        #expect(gender.resolve(text) == .normalised(0), "\(text)")
    }

    @Test func readsTheSpellingsTheSpecLists() throws {
        let template = try template2024()
        let ethnicity = try #require(template.valueSets["ethnicity"])
        // "s) NOBT": the older template's letter for NOBT, which authorities still use (S4, S1).
        #expect(ethnicity.resolve("s) NOBT").normalisedIndex.map { ethnicity.values[$0] } == "t) NOBT")
        #expect(ethnicity.resolve("t) NOBT") == .exact(19))
        #expect(ethnicity.aliases["s) NOBT"] == "t) NOBT")
        let gender = try #require(template.valueSets["gender"])
        #expect(gender.resolve("2 - Female") == .normalised(1))
        let provider = try #require(template.valueSets["placement_provider"])
        #expect(provider.resolve("e) PR4 - Private provision") == .normalised(4))
        let need = try #require(template.valueSets["primary_need"])
        // Excel's typographic apostrophe.
        #expect(need.resolve("N2 - Child’s disability") == .normalised(1))
        #expect(need.resolve("N1 - Abuse or Neglect") == .normalised(0))
    }

    /// The peer's mistake: a contact source containing the digit 9 read as "t) 9: Anonymous".
    @Test(arguments: ["9 - Police", "Contact 9", "29", "9a", "t) 9", "q) 9: Anonymous", "9: Anonymus", "9?", "9+", "Referral 9", "t) 9: Anonymous (police)"])
    func aValueContainingACodesDigitIsNotThatCode(_ text: String) throws {
        let source = try #require(try template2024().valueSets["referral_source"])
        #expect(source.resolve(text) == .unknown, "\(text)")
    }

    @Test(arguments: ["b) Male", "a) Female", "Male?", "Mâle", "M/F", "Mal", "Males", "1 - Female", "2 - Male", "Not Male", "N/A"])
    func aWrongValueCloseToAGenderCodeIsNotThatCode(_ text: String) throws {
        let gender = try #require(try template2024().valueSets["gender"])
        #expect(gender.resolve(text) == .unknown, "\(text)")
    }

    @Test func punctuationThatChangesMeaningCounts() throws {
        let yesNo = try #require(try template2024().valueSets["yes_no"])
        #expect(yesNo.resolve("Y?") == .unknown)
        #expect(yesNo.resolve("Yes!") == .unknown)
        #expect(yesNo.resolve("b) No") == .exact(1))
        #expect(yesNo.resolve("B) NO") == .normalised(1))
    }
}
