/// Pages written for these tests, modelled on the ModernGov and CMIS markup in ../shared/samples/html
/// and the page texts in ../shared/samples/minutes (padded attributes, `&#47;` in dates, Word-pasted
/// paragraphs, sizes inside links, hidden refs). Names, dates and ids are invented.
enum Fixtures {
    /// A ModernGov agenda item page (`mgAi.aspx`) inside a council's own site template, with a
    /// breadcrumb-style link back to its meeting, Word-pasted minutes and supporting documents.
    static let agendaItem = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <title>Agenda item - Children's Services Inspection Preparation</title>
    <link rel="canonical" href="https://democracy.example.gov.uk/mgAi.aspx?ID=44338">
    </head>
    <body><header class="site-header"><nav><a href="/">Home</a> <a href="/council">Council and democracy</a></nav></header>
    <main>
    <div id="modgov"><div class="mgHeader"><h1  class="mgMainTitleTxt" >Agenda item</h1></div>
    <div class="mgSubTitle" >
    <h2 class="mgSubTitleTxt">Children&#39;s Services Inspection Preparation</h2>
    </div>
    <div class="mgLinks" >
    <ul  class="mgActionList" >
    <li><a  href="ieListDocuments.aspx?CId=281&amp;MId=4755"  >Meeting of Children and Education Scrutiny Sub-Committee, Thursday, 12th October, 2023 6.30 pm (Item 4.1)</a></li>
    <li><a  href="mgIssueHistoryHome.aspx?IId=26304"  >View the background to item 4.1</a></li>
    </ul>
    </div>
    <div class="mgContent" >
    <div class="mgWordPara"><div class="WordSection1">
    <p class="MsoNormal"><span style="">TO FOLLOW</span></p>
    </div></div>
    <p  class="mgSubItemTitleTxt" >Minutes:</p>
    <div class="mgWordPara"><div class="WordSection1">
    <p class="MsoNormal"><span style="">The Director of Supporting Families gave an overview of the
    preparation for the upcoming inspection.</span></p>
    <p class="MsoNormal"><span style="">&nbsp;</span></p>
    <p class="MsoNormal"><span style="">Further to questions from the sub-committee, the Director;</span></p>
    <p class="MsoNormal" style="margin-left:18pt"><span style="font-family:Symbol">·</span><span style="">&nbsp;&nbsp;&nbsp; Clarified that staff turnover is a national issue.</span></p>
    <p class="MsoNormal" style="margin-left:18pt"><span style="font-family:Symbol">·</span><span style="">&nbsp;&nbsp;&nbsp; Explained that exit interviews are voluntary.</span></p>
    <p class="MsoNormal"><span style="">&nbsp;</span></p>
    <p class="MsoNormal"><b><span style="">RESOLVED that:</span></b></p>
    <p class="MsoNormal"><span style="">i)&nbsp; the presentation be noted; and</span></p>
    <p class="MsoNormal"><span style="">ii)&nbsp; a further report come to the March meeting.</span></p>
    </div></div>
    <p  class="mgLabel" >Supporting documents:</p>
    <ul  class="mgBulletList" >
    <li><a  href="documents/s7942/Cover%20Report.pdf"   title="Link&#32;to&#32;file&#32;Cover&#32;Report">Cover Report CESSC Inspection 121023, item 4.1
    <span  class="mgFileSize" ><img height="12" src="mgimages/logo-pdf-1.gif" width="12" alt="pdf icon" /> PDF 268 KB</span> </a>  </li>
    <li><a  href="documents/s7943/Presentation.pdf"   title="Link&#32;to&#32;file&#32;Presentation">Item 4.1 Scrutiny Presentation - Inspection Readiness, item 4.1
    <span  class="mgFileSize" ><img height="12" src="mgimages/logo-pdf-1.gif" width="12" alt="pdf icon" /> PDF 1 MB</span> </a>  </li>
    </ul>
    </div>
    <div class="mgFooter" ><p>&nbsp;</p></div>
    </div>
    </main><footer><p>&copy; Example Council</p></footer>
    </body></html>
    """

    /// A ModernGov meeting page (`ieListDocuments.aspx`, "Agenda and minutes"): committee and date in
    /// the subtitle, venue and contact, meeting-level documents and the item table.
    static let meeting = """
    <html><head><title>Agenda for Children and Families Overview and Scrutiny Committee on Monday, 25th September, 2017, 10.00 am</title></head>
    <body>
    <div id="modgov"><div class="mgHeader"><h1  class="mgMainTitleTxt" >Agenda and minutes</h1></div>
    <div class="mgSubTitle" >
    <h2 class="mgSubTitleTxt">Children and Families Overview and Scrutiny Committee - Monday, 25th September, 2017 10.00 am</h2>
    </div>
    <div class="mgContent" >
    <p><span  class="mgLabel" >Venue: </span>Meeting Rooms 1 and 2, Shire Hall, Gloucester</p>
    <p><span  class="mgLabel" >Contact: </span>Democratic Services Officer </p>
    <ul  class="mgBulletList" >
    <li><a  href="documents/g8841/Printed%20minutes%2025th-Sep-2017.pdf"  >Printed minutes <span  class="mgFileSize" ><img src="mgimages/logo-pdf-1.gif" alt="pdf icon" /> PDF 210 KB</span></a></li>
    </ul>
    <table class="mgItemTable" summary="Table of items">
    <tr><th>No.</th><th>Item</th></tr>
    <tr>
    <td class="mgItemNumberCell" ><p  class="mgAiTitleTxt" >19.</p></td>
    <td><p  class="mgAiTitleTxt" >Declarations of interest</p>
    <div class="mgWordPara"><p class="MsoNormal">Please see note (a) at the end of agenda.</p></div>
    <p  class="mgSubItemTitleTxt" >Minutes:</p>
    <div class="mgWordPara"><p class="MsoNormal">No declarations of interest were received.</p></div>
    </td></tr>
    <tr>
    <td class="mgItemNumberCell" ><p  class="mgAiTitleTxt" >20.</p></td>
    <td><p  class="mgAiTitleTxt" ><a  class="mgAiTitleLnk" href="documents/s41236/Ofsted%20Inspection.pdf" >Ofsted Inspection - The Improvement Journey <span  class="mgFileSize" ><img src="mgimages/logo-pdf-1.gif" alt="pdf icon" /> PDF 489 KB</span></a></p>
    <div class="mgWordPara"><p class="MsoNormal">A Senior Ofsted Inspector will be in attendance to inform the committee.</p></div>
    <p  class="mgLabel" >Additional documents:</p>
    <ul  class="mgBulletList" >
    <li><a  href="documents/s41237/Improvement%20Plan.pdf"  >Improvement Plan, item 20. <span  class="mgFileSize" ><img src="mgimages/logo-pdf-1.gif" alt="pdf icon" /> PDF 1 MB</span></a></li>
    </ul>
    <p  class="mgSubItemTitleTxt" >Minutes:</p>
    <div class="mgWordPara">
    <p class="MsoNormal">The committee welcomed the Senior HMI.</p>
    <p class="MsoNormal">20.1&nbsp;&nbsp;&nbsp;&nbsp; Ofsted Inspection Process</p>
    <p class="MsoNormal">20.1.1&nbsp; The Senior HMI described the single inspection process. This included:-</p>
    <p class="MsoNormal">·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Data covering the previous 18 months was used</p>
    <p class="MsoNormal">·&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; The Lead Inspector chose 20 cases to audit</p>
    <p class="MsoNormal">RESOLVED – That the report be noted.</p>
    </div>
    </td></tr>
    </table>
    </div>
    </div>
    </body></html>
    """

    /// A ModernGov issue history page (`ieIssueDetails.aspx`, "Issue - meetings") with two meetings,
    /// the first without a "Minutes:" label.
    static let issueHistory = """
    <html><body>
    <div id="modgov"><div class="mgHeader"><h1  class="mgMainTitleTxt" >Issue - meetings</h1></div>
    <div class="mgSubTitle" ><h2 class="mgSubTitleTxt">Statement from Chair</h2></div>
    <div class="mgContent" >
    <p>Meeting: 23&#47;01&#47;2020 - Children and Families Scrutiny Panel (Item 25)</p>
    <p class="mgAiTitleTxt">25 Statement from the Chair <span class="mgFileSize"><img src="mgimages/logo-pdf-1.gif" alt="pdf icon" /> PDF 107 KB</span></p>
    <div class="mgWordPara"><p class="MsoNormal">The Chair referred to the recent Ofsted Inspection of Children&rsquo;s Services.</p></div>
    <div class="mgWordPara">
    <p class="MsoNormal">The panel noted the following:</p>
    <ul><li>That the overall judgement was that the service required improvement.</li>
    <li>There were no areas that were judged to be inadequate.</li></ul>
    <p class="MsoNormal">RESOLVED that a formal report would be included in the agenda of the next meeting of the Panel.</p>
    </div>
    <p>Meeting: 19&#47;03&#47;2020 - Children and Families Scrutiny Panel (Item 31)</p>
    <p class="mgAiTitleTxt">31 Ofsted Inspection: response</p>
    <p  class="mgSubItemTitleTxt" >Minutes:</p>
    <div class="mgWordPara"><p class="MsoNormal">The panel considered the response. RESOLVED that the report be noted.</p></div>
    </div>
    </div>
    </body></html>
    """

    /// A ModernGov decision details page with every label the decision pages carry.
    static let decision = """
    <div id="modgov"><div class="mgHeader"><h1  class="mgMainTitleTxt" >Decision details</h1></div>
    <div class="mgSubTitle" >
    <h2 class="mgSubTitleTxt">Children&#39;s Services Improvement Plan</h2>
    </div>
    <div class="mgLinks" >
    <ul  class="mgActionList" >
    <li><a  href="mgIssueHistoryHome.aspx?IId=7001&amp;Opt=0"  >Find out more about this issue</a></li>
    </ul>
    </div>
    <div class="mgContent" >
    <p><span  class="mgLabel" >Decision Maker: </span>Cabinet</p>
    <p><span  class="mgLabel" >Decision status: </span><span  class="mgPlanItemInForce" >For Determination</span></p>
    <p><span  class="mgLabel" >Is Key decision?: </span>Yes</p>
    <p><span  class="mgLabel" >Is subject to call in?: </span>Yes</p>
    <h3 class="mgSubSubTitleTxt">Purpose:</h3>
    <div class="mgWordPara"><p class="MsoNormal">To approve the improvement plan.</p></div>
    <h3 class="mgSubSubTitleTxt">Decision:</h3>
    <div class="mgWordPara"><div class="WordSection1">
    <p class="MsoNormal"><span style="">That the Children&#39;s Services Improvement Plan be
    approved.</span></p>
    </div></div>
    <p><span  class="mgLabel" >Publication date: </span>14&#47;02&#47;2024</p>
    <p><span  class="mgLabel" >Date of decision: </span>12&#47;02&#47;2024</p>
    <p><span  class="mgLabel" >Decided at meeting: </span><a  href="ieListDocuments.aspx?CId=151&amp;MID=5120"  >12&#47;02&#47;2024 - Cabinet</a></p>
    <p class="mgLabel" >Accompanying Documents:</p>
    <ul  class="mgBulletList" >
    <li><a  href="documents/s9001/Improvement Plan.pdf"   title="Link&#32;to&#32;file&#32;Improvement&#32;Plan">Improvement Plan
    <span  class="mgFileSize" ><img height="12" src="mgimages/logo-pdf-1.gif" width="12" alt="pdf icon" /> PDF 532 KB</span> </a>  </li>
    </ul>
    </div>
    <div class="mgFooter" ><p>&nbsp;</p></div>
    </div>
    """

    /// A ModernGov decisions list (`mgDelegatedDecisions.aspx`-style `table.mgTabTable`).
    static let decisionList = """
    <table class="mgTabTable tablesorter"  summary="Table of decision summary data">
    <caption  class="mgSectionTitle" >Recent decisions</caption>
    <thead class='mgFilterHeaderRow'><tr>
    <th scope='col'>Title<!--Pending Key Decisions--></th><th scope='col'>Date<!--Date Made/Published--></th><th scope='col'>Call-ins</th>
    </tr></thead><tbody>
    <tr><td  class="mgMainTxt" ><a  href="ieDecisionDetails.aspx?ID=901"  >Fostering Service Annual Report<span  class="mgHide" > ref&#58; 901</span></a></td><td  class="mgMainTxt" >05&#47;03&#47;2024</td><td  class="mgMainTxt" >Not for call-in</td></tr>
    <tr><td  class="mgMainTxt" ><a  href="ieDecisionDetails.aspx?ID=902"  >Sufficiency Strategy<span  class="mgHide" > ref&#58; 902</span></a></td><td  class="mgMainTxt" >06&#47;03&#47;2024</td><td  class="mgMainTxt" >Call-in expired</td></tr>
    </tbody></table>
    """

    /// A CMIS meeting summary: `div.holder` label/value pairs and a document list.
    static let cmisMeeting = """
    <html><body>
    <div class="DNNModuleContent ModCMISMeetingsC">
      <h1>Meeting Details</h1>
      <div class="holder">
        <div class="DNNLabel CommitteeLabel"><div class="dnnLabel"><label><span>Committee:</span></label></div></div>
        <div class="Value Committee">Corporate Parenting Panel</div>
      </div>
      <div class="holder">
        <div class="DNNLabel DateTimeLabel"><div class="dnnLabel"><label><span>Date/Time:</span></label></div></div>
        <div class="Value DateTime">14 Mar 2025 - 14:00</div>
      </div>
      <div class="holder">
        <div class="DNNLabel VenueLabel"><div class="dnnLabel"><label><span>Status:</span></label></div></div>
        <div class="Value Venue">Confirmed</div>
      </div>
      <div class="holder">
        <div class="DNNLabel VenueLabel"><div class="dnnLabel"><label><span>Venue:</span></label></div></div>
        <div class="Value Venue">Committee Room 2, Council House</div>
      </div>
      <ol class="DocumentList CmisDocumentList">
        <li class="DocumentListItem"><img class="FileTypeImage" src="/x/pdf.gif" alt="pdf" />
          <a class="TitleLink" href="/council/Document.ashx?czJKcaeAi5tUFL1D">Final Minutes 14032025</a> <span class="FileSize">(98Kb)</span></li>
      </ol>
    </div>
    </body></html>
    """

    /// A CMIS meetings list view (Telerik grid rows).
    static let cmisList = """
    <html><body><div class="DNNModuleContent ModCMISMeetingsC">
    <table class="rgMasterTable"><tbody>
    <tr class="rgRow"><td class="DateColumn"><a href="/council/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/101/Default.aspx">9 Jul 2026 11:00 - Planning Committee</a></td><td>Scheduled</td></tr>
    <tr class="rgAltRow"><td class="DateColumn"><a href="/council/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/102/Default.aspx">14 Jul 2026 10:00 - Corporate Parenting Panel</a></td><td>Scheduled</td></tr>
    </tbody></table>
    </div></body></html>
    """

    /// A council page of no known layout: navigation, a heading, paragraphs, a list, a table and links.
    static let genericPage = """
    <!DOCTYPE html><html><head><title>Children's services performance</title></head><body>
    <nav role="navigation"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
    <h1>Children's services performance</h1>
    <p>Published 3 March 2025.</p>
    <h2>Key figures</h2>
    <ul><li>Re-referrals within 12 months</li><li>Children looked after</li></ul>
    <table><tr><th>Measure</th><th>2024</th></tr><tr><td>Re-referrals</td><td>22.6%</td></tr></table>
    <p>Read the <a href="reports/annual-report.pdf">annual report (PDF, 1.2 MB)</a>.</p>
    </body></html>
    """
}
