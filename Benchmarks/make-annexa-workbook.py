#!/usr/bin/env python3
"""Writes a synthetic Annex A workbook with one big "List 1" sheet (fake children), streamed so that
the generator itself stays small: IDs as inline strings, codes as shared strings, dates as Excel
serial numbers, one planted bad date per 100,000 rows. Used for the .xlsx import memory note in
RESULTS.md:  python3 Benchmarks/make-annexa-workbook.py /tmp/annexa-1m.xlsx 1000000"""
import random, sys, zipfile

out, rows = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = random.Random(20)
header = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Contact", "Contact Source"]
genders = ["a) Male", "b) Female"]
ethnicities = ["a) WBRI", "b) WIRI", "k) APKN", "s) NOBT"]
sources = ["k) 3E: Health services", "q) 6: Police", "e) 2A: Schools", "b) 1B: Individual"]
shared = header + genders + ethnicities + sources
index = {text: i for i, text in enumerate(shared)}
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("xl/workbook.xml", f'<?xml version="1.0"?><workbook {ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="List 1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0"?><sst {ns}>' + "".join(f"<si><t>{t}</t></si>" for t in shared) + "</sst>")
    with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
        sheet.write(f'<?xml version="1.0"?><worksheet {ns}><sheetData>'.encode())
        sheet.write(('<row r="1">' + "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(7)) + "</row>").encode())
        chunk = []
        for r in range(2, rows + 2):
            birth = 41000 + rng.randrange(6500)
            contact = 46000 + rng.randrange(340)
            dob = f'<c r="D{r}" t="inlineStr"><is><t>31/02/2020</t></is></c>' if r % 100_000 == 0 else f'<c r="D{r}"><v>{birth}</v></c>'
            chunk.append(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>C{r:08d}</t></is></c>'
                         f'<c r="B{r}" t="s"><v>{index[rng.choice(genders)]}</v></c><c r="C{r}" t="s"><v>{index[rng.choice(ethnicities)]}</v></c>'
                         f'{dob}<c r="E{r}"><v>{(contact - birth) // 365}</v></c><c r="F{r}"><v>{contact}</v></c>'
                         f'<c r="G{r}" t="s"><v>{index[rng.choice(sources)]}</v></c></row>')
            if len(chunk) == 10_000:
                sheet.write("".join(chunk).encode())
                chunk = []
        sheet.write(("".join(chunk) + "</sheetData></worksheet>").encode())
