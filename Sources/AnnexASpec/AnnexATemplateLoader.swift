import BuiltinPacks
import EvidenceModel
import Foundation
import Yams

/// A problem with a template spec file (project data, not user input).
public struct AnnexATemplateError: Error, CustomStringConvertible, Sendable {
    /// What is wrong, with the file's path.
    public var description: String

    /// Makes an error from its message.
    public init(description: String) { self.description = description }
}

/// Finds and reads the Annex A template specs (`template-YYYY.yaml`): those built into the program
/// (from `Packs/annex-a/`), and those in `annex-a/` under each folder of `EVIDENCE_PACK_PACKS`
/// (which `--packs-dir` extends), which add templates or replace a built-in one of the same name.
public enum AnnexATemplateLoader {
    /// The folder name under `Packs/` (and under each packs folder on disk).
    public static let folderName = "annex-a"

    /// Every template available, oldest first: the built-in ones, then those on disk, a template in
    /// an earlier packs folder replacing one of the same name from a later folder or the program.
    public static func loadAvailable(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> [AnnexATemplate] {
        var byName: [String: AnnexATemplate] = [:]
        for (name, text) in BuiltinPacks.files(in: folderName) where isTemplateFile(name) {
            let template = try parse(yaml: text, path: "built-in \(folderName)/\(name)")
            byName[template.template] = template
        }
        for packs in PackSearchPath.directories(environment: environment).reversed() {
            let folder = packs.appendingPathComponent(folderName)
            guard isFolder(folder) else { continue }
            for template in try loadAll(folder: folder) { byName[template.template] = template }
        }
        return byName.values.sorted { $0.validFrom < $1.validFrom }
    }

    /// Loads every `template-*.yaml` in a folder, oldest first.
    public static func loadAll(folder: URL) throws -> [AnnexATemplate] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter(isTemplateFile).sorted()
        return try names.map { try load(file: folder.appendingPathComponent($0)) }
            .sorted { $0.validFrom < $1.validFrom }
    }

    /// The template in force on a reference date: the newest whose `validFrom` is not after it
    /// (else the oldest), or the one named `version` when given. With `folder`, only the templates
    /// in that folder are considered; else every available one (`loadAvailable`).
    public static func template(for referenceDate: CalendarDate, version: String? = nil, folder explicit: String? = nil) throws -> AnnexATemplate {
        let all: [AnnexATemplate]
        let place: String
        if let explicit {
            let folder = URL(fileURLWithPath: explicit).standardizedFileURL
            guard isFolder(folder) else {
                throw AnnexATemplateError(description: "the Annex A template folder \(folder.path) does not exist")
            }
            all = try loadAll(folder: folder)
            place = folder.path
        } else {
            all = try loadAvailable()
            place = "the built-in templates or \(PackSearchPath.environmentVariable)"
        }
        if let version {
            guard let match = all.first(where: { $0.template == version }) else {
                let known = all.map(\.template).joined(separator: ", ")
                throw AnnexATemplateError(description: "no Annex A template '\(version)' in \(place) (known: \(known))")
            }
            return match
        }
        guard let chosen = all.last(where: { $0.validFrom <= referenceDate }) ?? all.first else {
            throw AnnexATemplateError(description: "no template-*.yaml in \(place)")
        }
        return chosen
    }

    private static func isTemplateFile(_ name: String) -> Bool {
        name.hasPrefix("template-") && name.hasSuffix(".yaml")
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Reads one spec file.
    public static func load(file: URL) throws -> AnnexATemplate {
        let text = try String(contentsOf: file, encoding: .utf8)
        return try parse(yaml: text, path: file.lastPathComponent)
    }

    /// Reads a spec from YAML text.
    public static func parse(yaml text: String, path: String) throws -> AnnexATemplate {
        func fail(_ message: String) -> AnnexATemplateError { AnnexATemplateError(description: "\(path): \(message)") }
        guard let top = try Yams.load(yaml: text) as? [String: Any] else { throw fail("not a YAML mapping") }
        guard let name = top["template"] as? String ?? (top["template"] as? Int).map(String.init) else { throw fail("missing 'template'") }
        let validText = top["validFrom"] as? String ?? ""
        guard let validFrom = CalendarDate(iso8601: validText) else { throw fail("'validFrom' must be YYYY-MM-DD") }
        var valueSets: [String: AnnexAValueSet] = [:]
        for (setName, raw) in (top["valueSets"] as? [String: Any]) ?? [:] {
            guard let map = raw as? [String: Any], let values = map["values"] as? [Any] else { throw fail("value set '\(setName)' has no values") }
            let aliases = (map["aliases"] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
            valueSets[setName] = AnnexAValueSet(name: setName, values: values.map { "\($0)" }, isOpen: map["open"] as? Bool ?? false,
                                                aliases: aliases, evidence: strings(map["evidence"]))
        }
        guard let rawLists = top["lists"] as? [[String: Any]] else { throw fail("missing 'lists'") }
        let lists = try rawLists.map { try parseList($0, valueSets: valueSets, fail: fail) }
        return AnnexATemplate(template: name, validFrom: validFrom, lists: lists, valueSets: valueSets, sources: sources(top["sources"]))
    }

    /// The spec's sources as `owner/repo@commit path`, by id.
    private static func sources(_ value: Any?) -> [String: String] {
        var result: [String: String] = [:]
        for (id, raw) in value as? [String: Any] ?? [:] {
            guard let map = raw as? [String: Any] else { continue }
            let repo = map["repo"] as? String ?? "?", path = map["path"] as? String ?? "?"
            let commit = (map["commit"] as? String).map { "@" + $0.prefix(12) } ?? ""
            result[id] = "\(repo)\(commit) \(path)"
        }
        return result
    }

    private static func parseList(_ map: [String: Any], valueSets: [String: AnnexAValueSet],
                                  fail: (String) -> AnnexATemplateError) throws -> AnnexAListSpec {
        guard let number = map["number"] as? Int, let rawColumns = map["columns"] as? [[String: Any]] else { throw fail("a list lacks 'number' or 'columns'") }
        var columns: [AnnexAColumnSpec] = []
        for raw in rawColumns {
            guard let header = raw["header"] as? String, let type = AnnexAColumnType(rawValue: raw["type"] as? String ?? "") else {
                throw fail("list \(number): a column lacks a header or has an unknown type")
            }
            var valueSet: AnnexAValueSet?
            if let setName = raw["valueSet"] as? String {
                guard let set = valueSets[setName] else { throw fail("list \(number) '\(header)': unknown value set '\(setName)'") }
                valueSet = set
            }
            columns.append(AnnexAColumnSpec(header: header, type: type, required: raw["required"] as? Bool ?? false,
                                            variants: strings(raw["variants"]), patterns: strings(raw["patterns"]),
                                            valueSet: valueSet, minimum: raw["min"] as? Int, fractionsAllowed: raw["fractions"] as? Bool ?? false,
                                            postcodeForms: try postcodeForms(raw["postcodeForms"], fail: { fail("list \(number) '\(header)': \($0)") }),
                                            evidence: strings(raw["evidence"])))
        }
        let draft = AnnexAListSpec(number: number, sheetName: map["sheetName"] as? String ?? "List \(number)", name: map["name"] as? String ?? "List \(number)",
                                   columns: columns, fileNameWords: strings(map["fileNameWords"]),
                                   reportingWindow: AnnexAReportingWindow(months: 6, dateColumns: [], openWhenBlank: []),
                                   duplicateKeyColumns: [], dateOrder: [], olderTemplateHeaders: strings(map["olderTemplateHeaders"]))
        func index(_ header: String) throws -> Int {
            guard let found = draft.columnIndex(named: header) else { throw fail("list \(number): '\(header)' is not one of its columns") }
            return found
        }
        var list = draft
        let window = map["reportingWindow"] as? [String: Any] ?? [:]
        list.reportingWindow = AnnexAReportingWindow(months: window["months"] as? Int ?? 6,
                                                     dateColumns: try strings(window["dateColumns"]).map(index),
                                                     openWhenBlank: try strings(window["openWhenBlank"]).map(index))
        list.duplicateKeyColumns = try strings(map["duplicateKeys"]).map(index)
        list.dateOrder = try ((map["dateOrder"] as? [[String]]) ?? []).map { pair in
            guard pair.count == 2 else { throw fail("list \(number): dateOrder pairs have two headers") }
            return (earlier: try index(pair[0]), later: try index(pair[1]))
        }
        return list
    }

    /// The postcode forms a column allows (`full` when the spec names none).
    private static func postcodeForms(_ value: Any?, fail: (String) -> AnnexATemplateError) throws -> [AnnexAPostcode.Form] {
        let names = strings(value)
        guard !names.isEmpty else { return [.full] }
        return try names.map { name in
            guard let form = AnnexAPostcode.Form(rawValue: name) else { throw fail("unknown postcode form '\(name)' (full, sector, district)") }
            return form
        }
    }

    private static func strings(_ value: Any?) -> [String] {
        (value as? [Any] ?? []).map { "\($0)" }
    }
}
