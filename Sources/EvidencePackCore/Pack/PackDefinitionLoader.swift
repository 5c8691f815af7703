import EvidenceModel
import Foundation
import Yams

/// Reads and validates `pack.yaml` with Yams, keeping YAML line numbers so that every problem is
/// reported as `pack.yaml:LINE: error: ...`.
public struct PackDefinitionLoader: Sendable {
    /// Importer ids that exist (pins naming others are refused); nil skips that check.
    public var knownImporters: Set<String>?
    /// Exporter ids that exist; nil skips that check.
    public var knownExporters: Set<String>?

    public init(knownImporters: Set<String>? = nil, knownExporters: Set<String>? = nil) {
        self.knownImporters = knownImporters
        self.knownExporters = knownExporters
    }

    /// Resolves a pack argument: a pack.yaml path, a folder holding one, or a pack name (looked up
    /// in the packs folders of `EVIDENCE_PACK_PACKS`, then the built-in packs; see `PackCatalog`).
    public static func locate(_ argument: String, currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> URL? {
        PackCatalog.current().locate(argument, currentDirectory: currentDirectory)
    }

    /// Loads and validates a pack definition file.
    public func load(from file: URL, displayPath: String? = nil) throws -> PackDefinition {
        try load(from: file, displayPath: displayPath, chain: [file.resolvingSymlinksInPath().standardizedFileURL])
    }

    /// Loads a pack definition that `chain` (the overlays above it, outermost first) extends.
    func load(from file: URL, displayPath: String?, chain: [URL]) throws -> PackDefinition {
        let path = displayPath ?? file.path
        let data: Data
        do {
            data = try PackCatalog.contents(of: file)
        } catch {
            throw PackDefinitionError(problems: [Diagnostic(.error, code: "pack.unreadable",
                message: "cannot read the pack definition: \(SourceDiscovery.describe(error))",
                location: SourceLocation(path: path), step: "load pack")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PackDefinitionError(problems: [Diagnostic(.error, code: "pack.encoding",
                message: "the pack definition is not UTF-8 text", location: SourceLocation(path: path), step: "load pack")])
        }
        return try parse(yaml: text, file: file, displayPath: path, chain: chain)
    }

    /// Parses and validates pack definition text.
    public func parse(yaml text: String, file: URL, displayPath: String) throws -> PackDefinition {
        try parse(yaml: text, file: file, displayPath: displayPath, chain: [file.resolvingSymlinksInPath().standardizedFileURL])
    }

    func parse(yaml text: String, file: URL, displayPath: String, chain: [URL]) throws -> PackDefinition {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw PackDefinitionError(problems: [Self.diagnostic(for: error, path: displayPath)])
        }
        var reader = YAMLReader(path: displayPath)
        guard let root, let top = reader.mapping(root, "the pack definition") else {
            if reader.problems.isEmpty { reader.fail(nil, "the pack definition is empty") }
            throw PackDefinitionError(problems: reader.problems)
        }
        let definition = top.node("extends") != nil
            ? buildOverlay(top, file: file, chain: chain, reader: &reader)
            : build(top, root: root, file: file, reader: &reader)
        if !reader.problems.isEmpty || definition == nil {
            throw PackDefinitionError(problems: reader.problems)
        }
        guard let definition else { throw PackDefinitionError(problems: reader.problems) }
        return definition
    }

    /// The keys a whole pack definition may hold.
    static let packKeys: Set<String> = ["formatVersion", "id", "title", "version", "framework", "authority", "options",
                                        "exporters", "importers", "externalImporters", "sections", "items"]

    private func build(_ top: YAMLMap, root: Node, file: URL, reader: inout YAMLReader) -> PackDefinition? {
        reader.allowOnly(top, Self.packKeys)
        let formatVersion = self.formatVersion(top, reader: &reader)
        let id = reader.string(top, "id", required: true) ?? ""
        checkID(id, node: top.node("id"), what: "pack", reader: &reader)
        let title = reader.string(top, "title", required: true) ?? ""
        let version = reader.string(top, "version") ?? "1"
        let framework = reader.string(top, "framework")
        let authority = top.node("authority").flatMap { authorityPart($0, base: nil, reader: &reader) }
        let options = reader.stringMap(top, "options")
        let exporters = top.node("exporters").map { exportersPart($0, reader: &reader) } ?? []
        let pins = top.node("importers").map { pinsPart($0, file: file, reader: &reader) } ?? []
        let externalImporters = externalImportersPart(top, file: file, reader: &reader)

        var sections: [PackSection] = []
        if let node = top.node("sections") {
            sections = sectionsPart(node, reader: &reader)
        } else {
            reader.fail(top.anchor, "the pack has no 'sections' list")
        }
        let sectionIDs = Set(sections.map(\.id))

        var items: [ItemRule] = []
        var itemIDs = [String: Int]()
        if let node = top.node("items"), let list = reader.sequence(node, "items") {
            for entry in list {
                guard let rule = itemRule(entry, sectionIDs: sectionIDs, reader: &reader) else { continue }
                if let first = itemIDs[rule.id] {
                    reader.fail(line: rule.line, "duplicate item id '\(rule.id)' (first defined on line \(first))")
                } else {
                    itemIDs[rule.id] = rule.line ?? 0
                }
                items.append(rule)
            }
        } else {
            reader.fail(top.node("items") ?? top.anchor, "the pack has no 'items' list")
        }
        for rule in items {
            if let source = rule.improvementChecklist, itemIDs[source] == nil {
                reader.fail(line: rule.line, "item '\(rule.id)' takes its improvement checklist from item '\(source)', which the pack does not define")
            }
        }

        return PackDefinition(
            file: file, formatVersion: formatVersion ?? 0,
            identity: PackIdentity(id: id, title: title, version: version, framework: framework),
            authority: authority, options: options, exporters: exporters, importerPins: pins,
            externalImporters: externalImporters, sections: sections, items: items)
    }

    /// `formatVersion`, required and checked.
    func formatVersion(_ top: YAMLMap, reader: inout YAMLReader) -> Int? {
        let formatVersion = reader.int(top, "formatVersion", required: true)
        if let formatVersion, formatVersion != PackDefinition.supportedFormatVersion {
            reader.fail(top.node("formatVersion"), "formatVersion \(formatVersion) is not supported (this tool reads \(PackDefinition.supportedFormatVersion))")
        }
        return formatVersion
    }

    func checkID(_ id: String, node: Node?, what: String, reader: inout YAMLReader) {
        if !id.isEmpty, !Self.isValidID(id) {
            reader.fail(node, "\(what) id '\(id)' may hold only letters, digits, '-', '_' and '.'")
        }
    }

    /// The `authority` mapping; keys not given keep `base`'s values (an overlay names only what differs).
    /// A code that is not an ONS code of an English children's services authority is an error.
    func authorityPart(_ node: Node, base: AuthoritySpec?, reader: inout YAMLReader) -> AuthoritySpec? {
        guard let map = reader.mapping(node, "authority") else { return base }
        reader.allowOnly(map, ["name", "code", "statisticalNeighbours"])
        var authority = base ?? AuthoritySpec()
        if let name = reader.string(map, "name") { authority.name = name.isEmpty ? nil : name }
        if let code = reader.string(map, "code") {
            authority.code = code.isEmpty ? nil : code
            if !code.isEmpty, !AuthorityCode.isWellFormed(code) {
                reader.fail(map.node("code"), "authority code '\(code)' is not an ONS code of an English local authority with children's services (E06, E08, E09 or E10 and six digits, e.g. E06000047)")
            }
        }
        if map.node("statisticalNeighbours") != nil {
            let neighbours = reader.stringListWithNodes(map, "statisticalNeighbours")
            // Neighbours may be named ("Gateshead"); what is written as a code must be a well-formed one.
            for (code, node) in neighbours where AuthorityCode.looksLikeCode(code) && !AuthorityCode.isWellFormed(code) {
                reader.fail(node, "statistical neighbour '\(code)' is not an ONS local authority code (E06, E08, E09 or E10 and six digits, e.g. E06000047)")
            }
            authority.statisticalNeighbours = neighbours.map(\.0)
        }
        return authority
    }

    func exportersPart(_ node: Node, reader: inout YAMLReader) -> [ModuleUse] {
        var exporters: [ModuleUse] = []
        if let list = reader.sequence(node, "exporters") {
            for entry in list { if let use = moduleUse(entry, kind: "exporter", reader: &reader) { exporters.append(use) } }
        }
        for use in exporters {
            if let known = knownExporters, !known.contains(use.id) {
                reader.fail(line: use.line, "unknown exporter '\(use.id)' (known: \(known.sorted().joined(separator: ", ")))")
            }
        }
        return exporters
    }

    func pinsPart(_ node: Node, file: URL, reader: inout YAMLReader) -> [ImporterPin] {
        var pins: [ImporterPin] = []
        guard let list = reader.sequence(node, "importers") else { return pins }
        for entry in list {
            guard let map = reader.mapping(entry, "an importer pin") else { continue }
            reader.allowOnly(map, ["glob", "importer", "options"])
            guard let pattern = reader.string(map, "glob", required: true),
                  let importer = reader.string(map, "importer", required: true) else { continue }
            guard let glob = Glob(pattern) else {
                reader.fail(map.node("glob"), "malformed glob '\(pattern)' (an unclosed '[')")
                continue
            }
            if pattern.hasPrefix("/") || pattern.split(separator: "/").contains("..") {
                reader.fail(map.node("glob"), "glob '\(pattern)' must be relative to the inputs folder, without '..'")
                continue
            }
            if importer.hasPrefix("external:"), let problem = Self.externalPathProblem(String(importer.dropFirst("external:".count)), packFile: file) {
                reader.fail(map.node("importer"), "importer '\(importer)': \(problem)")
                continue
            }
            if let known = knownImporters, !known.contains(importer), !importer.hasPrefix("external:") {
                reader.fail(map.node("importer"), "unknown importer '\(importer)' (known: \(known.sorted().joined(separator: ", ")))")
            }
            pins.append(ImporterPin(glob: glob, importerID: importer, options: reader.stringMap(map, "options")))
        }
        return pins
    }

    func externalImportersPart(_ top: YAMLMap, file: URL, reader: inout YAMLReader) -> [String] {
        var externalImporters: [String] = []
        for (path, node) in reader.stringListWithNodes(top, "externalImporters") {
            if let problem = Self.externalPathProblem(path, packFile: file) {
                reader.fail(node, "external importer '\(path)': \(problem)")
            } else {
                externalImporters.append(path)
            }
        }
        return externalImporters
    }

    func sectionsPart(_ node: Node, reader: inout YAMLReader) -> [PackSection] {
        var sections: [PackSection] = []
        var sectionIDs = Set<String>()
        guard let list = reader.sequence(node, "sections") else { return sections }
        for entry in list {
            guard let map = reader.mapping(entry, "a section") else { continue }
            reader.allowOnly(map, ["id", "title"])
            guard let sid = reader.string(map, "id", required: true), let stitle = reader.string(map, "title", required: true) else { continue }
            if !sectionIDs.insert(sid).inserted {
                reader.fail(map.node("id"), "duplicate section id '\(sid)'")
            }
            sections.append(PackSection(id: sid, title: stitle))
        }
        return sections
    }

    private func moduleUse(_ node: Node, kind: String, reader: inout YAMLReader) -> ModuleUse? {
        if let id = node.scalar?.string {
            return ModuleUse(id: id, line: node.mark?.line)
        }
        guard let map = reader.mapping(node, "an \(kind)") else { return nil }
        reader.allowOnly(map, ["id", "options"])
        guard let id = reader.string(map, "id", required: true) else { return nil }
        return ModuleUse(id: id, options: reader.stringMap(map, "options"), line: node.mark?.line)
    }

    /// The keys an item may hold: what it is, what satisfies it, and the council's decision on it.
    static let itemKeys = Set(["id", "title", "section", "why", "required", "basis", "satisfiedBy", "maxAgeMonths",
                               "minimumCount", "crossCheck", "improvementChecklist", "better"]).union(decisionKeys)
    /// The keys of a council's decision on an item.
    static let decisionKeys: Set<String> = ["notApplicable", "providedSeparately", "owner", "due"]

    func itemRule(_ node: Node, sectionIDs: Set<String>, reader: inout YAMLReader) -> ItemRule? {
        guard let map = reader.mapping(node, "an item") else { return nil }
        reader.allowOnly(map, Self.itemKeys)
        guard let id = reader.string(map, "id", required: true) else { return nil }
        checkID(id, node: map.node("id"), what: "item", reader: &reader)
        let title = reader.string(map, "title", required: true) ?? id
        let section = reader.string(map, "section", required: true) ?? ""
        checkSection(section, of: id, map: map, sectionIDs: sectionIDs, reader: &reader)
        var rule = ItemRule(id: id, title: title, section: section, match: MatchRule(), line: node.mark?.line)
        if map.node("satisfiedBy") == nil {
            reader.fail(line: node.mark?.line, "item '\(id)' has no 'satisfiedBy' rule")
        }
        applyItemKeys(map, to: &rule, reader: &reader)
        return rule
    }

    func checkSection(_ section: String, of id: String, map: YAMLMap, sectionIDs: Set<String>, reader: inout YAMLReader) {
        if !section.isEmpty, !sectionIDs.contains(section) {
            reader.fail(map.node("section"), "item '\(id)' names section '\(section)', which the pack does not define")
        }
    }

    /// Sets on `rule` every optional key the item mapping gives (an overlay's item changes only those).
    func applyItemKeys(_ map: YAMLMap, to rule: inout ItemRule, reader: inout YAMLReader) {
        if let why = reader.string(map, "why") { rule.why = why }
        if let required = reader.bool(map, "required") { rule.required = required }
        if let basis = reader.string(map, "basis") {
            if ["framework", "pack"].contains(basis) { rule.basis = basis } else {
                reader.fail(map.node("basis"), "basis must be 'framework' or 'pack', not '\(basis)'")
            }
        }
        if let maxAge = reader.int(map, "maxAgeMonths") {
            if maxAge <= 0 { reader.fail(map.node("maxAgeMonths"), "maxAgeMonths must be a positive number of months") }
            rule.maxAgeMonths = maxAge
        }
        if let minimum = reader.int(map, "minimumCount") {
            if minimum < 1 { reader.fail(map.node("minimumCount"), "minimumCount must be at least 1") }
            rule.minimumCount = max(1, minimum)
        }
        if let matchNode = map.node("satisfiedBy") {
            rule.match = matchRule(matchNode, itemID: rule.id, reader: &reader)
        }
        if let checkNode = map.node("crossCheck") {
            rule.crossCheck = crossCheck(checkNode, match: rule.match, reader: &reader)
        }
        if let decision = decision(map, reader: &reader) { rule.decision = decision }
        if let checklist = reader.string(map, "improvementChecklist") { rule.improvementChecklist = checklist }
        if let better = reader.string(map, "better") {
            if let polarity = KPIPolarity(rawValue: better) { rule.better = polarity } else {
                reader.fail(map.node("better"), "better must be 'higher' or 'lower', not '\(better)'")
            }
            if rule.match.kpi.isEmpty { reader.fail(map.node("better"), "better is only for items satisfied by a 'kpi'") }
        }
    }

    func matchRule(_ matchNode: Node, itemID id: String, reader: inout YAMLReader) -> MatchRule {
        var match = MatchRule()
        guard let m = reader.mapping(matchNode, "satisfiedBy") else { return match }
        reader.allowOnly(m, ["record", "kind", "title", "committee", "text", "fileName", "name", "path", "kpi", "annexAList"])
        match.recordType = reader.string(m, "record")
        if let record = match.recordType, !["document", "table"].contains(record) {
            reader.fail(m.node("record"), "record must be 'document' or 'table', not '\(record)'")
        }
        match.kinds = reader.stringList(m, "kind").map(DocumentKind.init(rawValue:))
        match.title = patterns(m, "title", reader: &reader)
        match.committee = patterns(m, "committee", reader: &reader)
        match.text = patterns(m, "text", reader: &reader)
        match.fileName = patterns(m, "fileName", reader: &reader)
        match.name = patterns(m, "name", reader: &reader)
        match.path = patterns(m, "path", reader: &reader)
        match.kpi = reader.stringList(m, "kpi")
        match.annexAList = reader.int(m, "annexAList")
        if let list = match.annexAList, !(1...11).contains(list) {
            reader.fail(m.node("annexAList"), "annexAList must be 1 to 11, not \(list): this rule could never match")
        }
        let documentOnly = !match.kinds.isEmpty || !match.committee.isEmpty || !match.text.isEmpty
        let tableOnly = !match.kpi.isEmpty || match.annexAList != nil
        if documentOnly && tableOnly {
            reader.fail(matchNode, "item '\(id)' asks for document criteria (kind/committee/text) and table criteria (kpi/annexAList) together: no record could match")
        } else if match.recordType == "table" && documentOnly || match.recordType == "document" && tableOnly {
            reader.fail(matchNode, "item '\(id)' names record '\(match.recordType ?? "")' with criteria for the other record type: no record could match")
        }
        if !match.kpi.isEmpty && match.annexAList != nil {
            reader.fail(matchNode, "item '\(id)' asks for a KPI and an Annex A list together: no record could match")
        }
        if match.isEmpty { reader.fail(matchNode, "item '\(id)' has an empty satisfiedBy: it would match every record") }
        return match
    }

    func crossCheck(_ checkNode: Node, match: MatchRule, reader: inout YAMLReader) -> CrossCheck? {
        guard let c = reader.mapping(checkNode, "crossCheck") else { return nil }
        reader.allowOnly(c, ["facts", "factKind", "tolerance", "relativeTolerance"])
        let facts = patterns(c, "facts", reader: &reader)
        if facts.isEmpty { reader.fail(checkNode, "crossCheck needs 'facts' patterns") }
        if match.kpi.isEmpty { reader.fail(checkNode, "crossCheck is only for items satisfied by a 'kpi'") }
        var kind: Fact.Kind?
        if let text = reader.string(c, "factKind") {
            kind = Fact.Kind(rawValue: text)
            if kind == nil { reader.fail(c.node("factKind"), "factKind must be one of \(Fact.Kind.allCases.map(\.rawValue).joined(separator: ", "))") }
        }
        return CrossCheck(facts: facts, factKind: kind, tolerance: reader.double(c, "tolerance") ?? 0,
                          relativeTolerance: reader.double(c, "relativeTolerance"))
    }

    /// The council's decision on an item: `notApplicable: reason` or `providedSeparately: where`
    /// (`true` when there is nothing to say), `owner: name`, `due: YYYY-MM-DD`. Nil when none is given.
    func decision(_ map: YAMLMap, reader: inout YAMLReader) -> ItemDecision? {
        var decision = ItemDecision()
        let kinds: [(String, ItemDecision.Kind)] = [("notApplicable", .notApplicable), ("providedSeparately", .providedSeparately)]
        let given = kinds.filter { map.node($0.0) != nil }
        if given.count > 1 {
            reader.fail(map.node("providedSeparately"), "an item cannot be both notApplicable and providedSeparately")
        }
        if let (key, kind) = given.first, let text = reader.string(map, key) {
            switch text.lowercased() {
            case "false", "no": break
            case "true", "yes", "": decision.kind = kind
            default: decision.kind = kind; decision.note = text
            }
        }
        if let owner = reader.string(map, "owner"), !owner.isEmpty { decision.owner = owner }
        if let due = reader.string(map, "due") {
            if let date = CalendarDate(iso8601: due) { decision.due = date } else {
                reader.fail(map.node("due"), "due must be a date written YYYY-MM-DD, not '\(due)'")
            }
        }
        return decision.isEmpty ? nil : decision
    }

    private func patterns(_ map: YAMLMap, _ key: String, reader: inout YAMLReader) -> [TextPattern] {
        var result: [TextPattern] = []
        for (text, node) in reader.stringListWithNodes(map, key) {
            do {
                result.append(try TextPattern(text))
            } catch {
                reader.fail(node, "'\(text)' is not a valid regular expression")
            }
        }
        return result
    }

    /// Why an external importer path is refused, or nil when it is allowed: inside the pack's folder, or
    /// an absolute path to a program named `evidence-pack-import-<name>`. A pack definition is shared
    /// data: it may not point at any other executable on the machine (`/bin/sh`, `../../x`) nor at a
    /// link that leads out of its folder.
    static func externalPathProblem(_ path: String, packFile: URL) -> String? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if path.hasPrefix("~") || path.contains("\\") {
            return "must be a path relative to the pack's folder, or an absolute path to an evidence-pack-import-<name> program"
        }
        if path.hasPrefix("/") {
            // An installed importer (`/opt/council/bin/evidence-pack-import-kpi`) is allowed by its
            // conventional name; any other program on the machine (`/bin/sh`, `python3`) is not.
            let name = parts.last.map(String.init) ?? ""
            guard name.hasPrefix("evidence-pack-import-"), name.count > "evidence-pack-import-".count, !parts.contains("..") else {
                return "must be a path relative to the pack's folder, or an absolute path to an evidence-pack-import-<name> program"
            }
            return nil
        }
        if parts.isEmpty || parts.contains("..") {
            return "must stay inside the pack's folder (no '..')"
        }
        let folder = packFile.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL.path
        let target = packFile.deletingLastPathComponent().appendingPathComponent(parts.joined(separator: "/"))
            .resolvingSymlinksInPath().standardizedFileURL.path
        if target != folder, !target.hasPrefix(folder + "/") {
            return "is a symbolic link that leads outside the pack's folder"
        }
        return nil
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-_.".unicodeScalars.contains($0) }
    }

    static func diagnostic(for error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return Diagnostic(.error, code: "pack.yaml-syntax", message: "YAML syntax: \(problem)",
                              location: SourceLocation(path: path, line: mark.line, column: mark.column), step: "load pack")
        default:
            return Diagnostic(.error, code: "pack.yaml-syntax", message: "YAML: \(error)", location: SourceLocation(path: path), step: "load pack")
        }
    }
}
