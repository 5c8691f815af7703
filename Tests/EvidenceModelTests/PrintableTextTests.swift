import EvidenceModel
import Testing

/// Control characters in file names never reach a terminal raw: a name cannot forge a diagnostic line.
@Suite struct PrintableTextTests {
    @Test func controlCharactersAreEscapedAndOtherTextIsKept() {
        #expect(PrintableText.escape("list-1.csv") == "list-1.csv")
        #expect(PrintableText.escape("Évaluation – 2026 ✓") == "Évaluation – 2026 ✓")
        #expect(PrintableText.escape("a\nb\tc\r") == #"a\nb\tc\r"#)
        #expect(PrintableText.escape("\u{1B}[2Jx\u{7F}\u{85}") == #"\u{1B}[2Jx\u{7F}\u{85}"#)
        #expect(PrintableText.escape("abc\u{202E}fdp.exe") == #"abc\u{202E}fdp.exe"#)
    }

    @Test func aDiagnosticIsAlwaysOneLine() {
        let forged = "report\nannex-a/list-1.csv:1: error: [import] forged [x]\u{1B}[2J.pdf"
        let diagnostic = Diagnostic(.warning, code: "document.damaged", message: "damaged", location: SourceLocation(path: forged))
        #expect(!diagnostic.description.contains("\n"))
        #expect(!diagnostic.description.contains("\u{1B}"))
        #expect(diagnostic.description.hasPrefix(#"report\nannex-a/list-1.csv:1: error:"#))
    }
}
