import Foundation
@testable import ModernGovFetch
import ModernGovXMLImporter
import Testing

/// The pieces of the fetch that need no server: which addresses are on the site, committee patterns,
/// the names documents are saved under.
@Suite struct SiteScopeTests {
    @Test func onlyTheSiteIsInScope() throws {
        let scope = try SiteScope(site: URL(string: "https://democracy.example.gov.uk/")!, allowHTTP: false)
        #expect(scope.name == "https://democracy.example.gov.uk")
        #expect(scope.contains(URL(string: "https://democracy.example.gov.uk/documents/s1/a.pdf")!))
        #expect(scope.contains(URL(string: "https://DEMOCRACY.example.gov.uk:443/mgConvert2PDF.aspx?ID=1")!))
        #expect(!scope.contains(URL(string: "http://democracy.example.gov.uk/documents/s1/a.pdf")!))      // downgraded
        #expect(!scope.contains(URL(string: "https://democracy.example.gov.uk:8443/a.pdf")!))
        #expect(!scope.contains(URL(string: "https://elsewhere.example.com/a.pdf")!))
        #expect(!scope.contains(URL(string: "https://democracy.example.gov.uk.evil.example/a.pdf")!))
        #expect(!scope.contains(URL(string: "https://user:pw@democracy.example.gov.uk/a.pdf")!))
        #expect(scope.method("GetMeetings", [("lCommitteeId", "5"), ("sFromDate", "01/01/2026")]).absoluteString
                == "https://democracy.example.gov.uk/mgWebService.asmx/GetMeetings?lCommitteeId=5&sFromDate=01/01/2026")
        #expect(scope.method("GetCommittees", []).absoluteString == "https://democracy.example.gov.uk/mgWebService.asmx/GetCommittees")
    }

    @Test func sitesThatAreRefused() {
        #expect(throws: FetchError.self) { try SiteScope(site: URL(string: "http://democracy.example.gov.uk")!, allowHTTP: false) }
        #expect(throws: FetchError.self) { try SiteScope(site: URL(string: "ftp://democracy.example.gov.uk")!, allowHTTP: true) }
        #expect(throws: FetchError.self) { try SiteScope(site: URL(string: "https://a:b@democracy.example.gov.uk")!, allowHTTP: false) }
        #expect(throws: FetchError.self) { try SiteScope(site: URL(string: "democracy.example.gov.uk")!, allowHTTP: false) }
        #expect((try? SiteScope(site: URL(string: "http://127.0.0.1:8080/x")!, allowHTTP: true)) != nil)
    }

    @Test func committeePatterns() {
        #expect(CommitteePattern("Corporate Parenting*").matches("Corporate Parenting Board"))
        #expect(CommitteePattern("*scrutiny*children*").matches("Children and Young People Scrutiny Committee") == false)
        #expect(CommitteePattern("*Scrutiny*").matches("Children and Young People Scrutiny Committee"))
        #expect(CommitteePattern("Audit Committee").matches("audit committee"))
        #expect(!CommitteePattern("Audit").matches("Audit Committee"))
        #expect(CommitteePattern("Sub?Committee").matches("Sub-Committee"))
    }

    @Test func savedNames() {
        let document = WebServiceContents.LinkedDocument(attachmentId: "60860", title: "6 - CHAIR APPROVED  Minutes Audit Committee 25 Nov 2025",
                                                         url: "https://x/mgConvert2PDF.aspx?ID=60860", restricted: false)
        #expect(FetchSession.documentStem(document) == "60860-6-chair-approved-minutes-audit-committee-25-nov-2025")
        #expect(FetchSession.safeName("../../etc") == "------etc")
        #expect(FetchSession.fileExtension(contentType: "application/pdf; charset=binary", url: URL(string: "https://x/mgConvert2PDF.aspx?ID=1")!) == "pdf")
        #expect(FetchSession.fileExtension(contentType: nil, url: URL(string: "https://x/mgConvert2PDF.aspx?ID=1")!) == "bin")
        #expect(FetchSession.fileExtension(contentType: "application/octet-stream", url: URL(string: "https://x/a/report.DOCX")!) == "docx")
    }
}
