/// Names a list's messages quote (a sheet's name, a header cell), cut to `limit` characters with "…"
/// when longer: every message about the sheet or column repeats the name, so a name of megabytes (no
/// spreadsheet program writes one; a CSV's header row can hold anything) is cut rather than repeated.
enum QuotedName {
    /// Characters kept: Excel allows 31 in a sheet's name, and a header of the template is under 60.
    static let limit = 64

    /// `name`, cut to `limit` characters with "…" when longer.
    static func shortened(_ name: String) -> String {
        name.count <= limit ? name : String(name.prefix(limit)) + "…"
    }
}
