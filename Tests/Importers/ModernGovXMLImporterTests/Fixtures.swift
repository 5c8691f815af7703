/// Small replies modelled on the real ones (../shared/corpus/mgws), written here: a corporate
/// parenting meeting with one agenda item (one-or-many), RESOLVED minutes, a restricted document,
/// apologies, CRLF line ends and empty elements written as open/close pairs.
enum Fixtures {
    /// A `GetMeeting` reply with CRLF line ends.
    static let meeting = """
    <?xml version="1.0" encoding="utf-8"?>
    <meeting>
      <meetingid>7001</meetingid>
      <meetingdate>05/03/2026</meetingdate>
      <meetingstatus>Confirmed</meetingstatus>
      <meetingtime>2.00 pm</meetingtime>
      <meetingactualstarttime>2.05 pm</meetingactualstarttime>
      <meetingplannedfinishtime>
      </meetingplannedfinishtime>
      <meetinglocation>Committee Room 1, Town Hall</meetinglocation>
      <meetingroom>
      </meetingroom>
      <minutepublished>True</minutepublished>
      <agendaitems>
        <agendaitem>
          <agendaitemid>1</agendaitemid>
          <agendaitemtitle>Children in care performance</agendaitemtitle>
          <agendatext>&lt;p class="MsoNormal"&gt;Report of the&amp;nbsp;Director.&lt;/p&gt;</agendatext>
          <agendaitemnumber>6</agendaitemnumber>
          <fulldisplaynumberformat>4.</fulldisplaynumberformat>
          <commentlabel1>Presented By</commentlabel1>
          <commenttext1>Head of Service</commenttext1>
          <minutesnonemptyhtmlbody>&lt;div class="WordSection1"&gt;&lt;p&gt;The Board considered the report.&lt;/p&gt;&lt;p&gt;&lt;b&gt;RESOLVED:&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;That the report be noted.&lt;/li&gt;&lt;li&gt;That a further report be brought in June.&lt;/li&gt;&lt;/ol&gt;&lt;/div&gt;</minutesnonemptyhtmlbody>
          <linkeddocuments>
            <linkeddoc>
              <attachmentid>900</attachmentid>
              <title>Performance report</title>
              <url>https://democracy.example.gov.uk/documents/s900/report.pdf</url>
              <isrestricted>False</isrestricted>
              <publicationdate>25/02/2026</publicationdate>
              <committeetitle>Corporate Parenting Board</committeetitle>
            </linkeddoc>
            <linkeddoc>
              <attachmentid>901</attachmentid>
              <title>Exempt appendix</title>
              <url>https://democracy.example.gov.uk/documents/s901/appendix.pdf</url>
              <isrestricted>True</isrestricted>
              <publicationdate>25/02/2026</publicationdate>
              <committeetitle>Corporate Parenting Board</committeetitle>
            </linkeddoc>
          </linkeddocuments>
        </agendaitem>
      </agendaitems>
      <attendees>
        <attendee name="Councillor A Chair" roledescription="Chair" attendance="Present">
          <url>https://democracy.example.gov.uk/mgUserInfo.aspx?UID=1</url>
        </attendee>
        <attendee name="Councillor B Member" roledescription="Committee Member" attendance="Apologies">
        </attendee>
      </attendees>
    </meeting>
    """.replacingOccurrences(of: "\n", with: "\r\n")

    /// A `GetMeetings` reply naming meeting 7001's committee, with a stated count that is wrong.
    static let meetings = """
    <?xml version="1.0" encoding="utf-8"?>
    <getmeetings>
      <meetingscount> 3</meetingscount>
      <committeescount> 1</committeescount>
      <committee>
        <committeeid>55</committeeid>
        <committeetitle>Corporate Parenting Board</committeetitle>
        <committeemeetingcount> 2</committeemeetingcount>
        <committeemeetings>
          <meeting>
            <meetingid>7001</meetingid>
            <meetingdate>05/03/2026</meetingdate>
            <meetingstatus>Confirmed</meetingstatus>
            <meetingtime>2.00 pm</meetingtime>
          </meeting>
        </committeemeetings>
      </committee>
    </getmeetings>
    """

    /// What a site with the service switched off answers: an IIS error page.
    static let iisError = """
    <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
    <html><head><title>IIS 10.0 Detailed Error - 500.0 - Internal Server Error</title></head>
    <body><h1>Server Error in Application</h1></body></html>
    """

    /// A redirect script in place of the XML.
    static let redirect = """
    <script type="text/javascript">window.location.href = "/mgLogin.aspx";</script>
    """

    /// An empty list.
    static let emptyMeetings = """
    <?xml version="1.0" encoding="utf-8"?>
    <getmeetings>
      <meetingscount> 0</meetingscount>
      <committeescount> 0</committeescount>
    </getmeetings>
    """
}
