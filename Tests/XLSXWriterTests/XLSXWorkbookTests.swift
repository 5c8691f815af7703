import EvidenceFixtures
import Foundation
import Testing
import XLSXWriter

@Suite struct XLSXWorkbookTests {
    /// A workbook with the shapes the Annex A exporter needs: headers, text, a date, a number, a
    /// drop-down from a literal list and one from a hidden lookup sheet.
    func writeSample(to path: String) throws {
        let workbook = try XLSXWorkbook(path: path, properties: XLSXDocumentProperties(
            title: "Annex A", author: "EvidencePack", company: "Exampleshire", createdSecondsSince1970: 1_795_176_000))
        let sheet = try workbook.addWorksheet(named: "List 1")
        let codes = try workbook.addWorksheet(named: "Codes")
        let header = try workbook.addFormat(bold: true)
        let date = try workbook.addFormat(numberFormat: "dd/mm/yyyy")
        let text = try workbook.addFormat(numberFormat: "@")
        try sheet.write(text: "Child Unique ID", row: 0, column: 0, format: header)
        try sheet.write(text: "Gender", row: 0, column: 1, format: header)
        try sheet.write(text: "Date of Contact", row: 0, column: 2, format: header)
        try sheet.write(text: "Ethnicity", row: 0, column: 3, format: header)
        try sheet.write(text: "Age", row: 0, column: 4, format: header)
        try sheet.write(text: "=HYPERLINK(\"http://example.invalid\")", row: 1, column: 0, format: text)
        try sheet.write(text: "a) Male", row: 1, column: 1, format: text)
        try sheet.write(year: 2026, month: 9, day: 14, row: 1, column: 2, format: date)
        try sheet.write(text: "WBRI", row: 1, column: 3, format: text)
        try sheet.write(number: 7, row: 1, column: 4)
        try sheet.addDropDown(column: 1, firstRow: 1, lastRow: 1000, source: .values(["a) Male", "b) Female", "c) Not stated/recorded (or indeterminate)"]))
        try sheet.addDropDown(column: 3, firstRow: 1, lastRow: 1000, source: .formula("=Codes!$A$1:$A$3"),
                              title: "Ethnicity", message: "Choose a code from the list.")
        sheet.freezeRows(1)
        for (row, code) in ["WBRI", "WIRI", "MWBC"].enumerated() { try codes.write(text: code, row: row, column: 0) }
        codes.hide()
        try workbook.close()
    }

    @Test(.enabled(if: Tool.pythonWith("openpyxl") != nil, "needs python3 with openpyxl (pip install openpyxl)"))
    func openpyxlReadsHeadersDatesTextAndValidations() throws {
        let python = try #require(Tool.pythonWith("openpyxl"))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("annex-a.xlsx").path
        try writeSample(to: path)
        let script = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb["List 1"]
        out = {
          "sheets": wb.sheetnames,
          "codesHidden": wb["Codes"].sheet_state,
          "headers": [c.value for c in ws[1]],
          "id": ws["A2"].value, "idType": ws["A2"].data_type,
          "gender": ws["B2"].value,
          "date": ws["C2"].value.isoformat() if hasattr(ws["C2"].value, "isoformat") else repr(ws["C2"].value),
          "dateFormat": ws["C2"].number_format, "isDate": ws["C2"].is_date,
          "age": ws["E2"].value,
          "validations": sorted([[dv.type, dv.formula1, str(dv.sqref)] for dv in ws.data_validations.dataValidation]),
          "title": wb.properties.title, "created": wb.properties.created.isoformat(),
        }
        print(json.dumps(out))
        """
        let result = try Tool.run(python, ["-c", script, path])
        #expect(result.status == 0, "\(result.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["sheets"] as? [String] == ["List 1", "Codes"])
        #expect(json["codesHidden"] as? String == "hidden")
        #expect(json["headers"] as? [String] == ["Child Unique ID", "Gender", "Date of Contact", "Ethnicity", "Age"])
        #expect(json["id"] as? String == "=HYPERLINK(\"http://example.invalid\")")
        #expect(json["idType"] as? String == "s")
        #expect(json["gender"] as? String == "a) Male")
        #expect((json["date"] as? String)?.hasPrefix("2026-09-14") == true)
        #expect(json["dateFormat"] as? String == "dd/mm/yyyy")
        #expect(json["isDate"] as? Bool == true)
        #expect(json["age"] as? Int == 7)
        #expect(json["title"] as? String == "Annex A")
        #expect((json["created"] as? String)?.hasPrefix("2026-11-20") == true)
        let validations = try #require(json["validations"] as? [[String]])
        #expect(validations == [
            ["list", "\"a) Male,b) Female,c) Not stated/recorded (or indeterminate)\"", "B2:B1001"],
            ["list", "Codes!$A$1:$A$3", "D2:D1001"],
        ])
    }

    @Test func sameContentSameBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.xlsx").path
        let second = folder.appendingPathComponent("b.xlsx").path
        try writeSample(to: first)
        Thread.sleep(forTimeInterval: 2.1)  // zip times count in 2-second steps
        try writeSample(to: second)
        let firstBytes = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(firstBytes.count > 1000)
        #expect(firstBytes == (try Data(contentsOf: URL(fileURLWithPath: second))))
    }

    @Test func overlongCellsAreCutToExcelsLimitAndSaySo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = try XLSXWorkbook(path: folder.appendingPathComponent("long.xlsx").path,
                                        properties: XLSXDocumentProperties(createdSecondsSince1970: 0))
        let sheet = try workbook.addWorksheet(named: "List 1")
        #expect(try sheet.write(text: String(repeating: "x", count: 40_000), row: 0, column: 0) == true)
        #expect(try sheet.write(text: "short", row: 1, column: 0) == false)
        #expect(throws: XLSXError.self) { try workbook.addWorksheet(named: "List 1") }
        try workbook.close()
        #expect(throws: XLSXError.self) { try workbook.close() }
    }
}
