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

/// Finds and reads the Annex A template specs under `Packs/annex-a/` (`template-YYYY.yaml`).
public enum AnnexATemplateLoader {
    /// The folder name under `Packs/`.
    public static let folderName = "annex-a"

    /// Where the spec folder is: `explicit` when given, else `$EVIDENCE_PACK_PACKS/annex-a`,
    /// `./Packs/annex-a`, then the package the code was built from (development and tests).
    public static func locateFolder(explicit: String? = nil,
                                    currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> URL? {
        var candidates: [URL] = []
        if let explicit { candidates.append(URL(fileURLWithPath: explicit, relativeTo: currentDirectory).standardizedFileURL) }
        if let packs = ProcessInfo.processInfo.environment["EVIDENCE_PACK_PACKS"] {
            candidates.append(URL(fileURLWithPath: packs).appendingPathComponent(folderName))
        }
        candidates.append(currentDirectory.appendingPathComponent("Packs").appendingPathComponent(folderName))
        // Sources/AnnexASpec/AnnexATemplateLoader.swift → package root.
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent("Packs").appendingPathComponent(folderName))
        return candidates.first { url in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// Loads every `template-*.yaml` in a folder, oldest first.
    public static func loadAll(folder: URL) throws -> [AnnexATemplate] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("template-") && $0.hasSuffix(".yaml") }
            .sorted()
        return try names.map { try load(file: folder.appendingPathComponent($0)) }
            .sorted { $0.validFrom < $1.validFrom }
    }

    /// The template in force on a reference date: the newest whose `validFrom` is not after it
    /// (else the oldest), or the one named `version` when given.
    public static func template(for referenceDate: CalendarDate, version: String? = nil, folder explicit: String? = nil) throws -> AnnexATemplate {
        guard let folder = locateFolder(explicit: explicit) else {
            throw AnnexATemplateError(description: "the Annex A template specs (Packs/\(folderName)/template-*.yaml) were not found; set EVIDENCE_PACK_PACKS or run from the project folder")
        }
        let all = try loadAll(folder: folder)
        if let version {
            guard let match = all.first(where: { $0.template == version }) else {
                throw AnnexATemplateError(description: "no Annex A template '\(version)' in \(folder.path)")
            }
            return match
        }
        guard let chosen = all.last(where: { $0.validFrom <= referenceDate }) ?? all.first else {
            throw AnnexATemplateError(description: "no template-*.yaml in \(folder.path)")
        }
        return chosen
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
            valueSets[setName] = AnnexAValueSet(name: setName, values: values.map { "\($0)" }, isOpen: map["open"] as? Bool ?? false, aliases: aliases)
        }
        guard let rawLists = top["lists"] as? [[String: Any]] else { throw fail("missing 'lists'") }
        let lists = try rawLists.map { try parseList($0, valueSets: valueSets, fail: fail) }
        return AnnexATemplate(template: name, validFrom: validFrom, lists: lists, valueSets: valueSets)
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
                                            valueSet: valueSet, minimum: raw["min"] as? Int))
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

    private static func strings(_ value: Any?) -> [String] {
        (value as? [Any] ?? []).map { "\($0)" }
    }
}
