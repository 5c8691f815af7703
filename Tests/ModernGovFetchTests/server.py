#!/usr/bin/env python3
"""A small ModernGov web-service double for the fetch tests: a real HTTP server on 127.0.0.1.

Usage: server.py LOGFILE   -- prints the port it listens on, then serves until killed.

Sites (path prefixes): /good (committees, meetings, minutes, documents, and the failure cases of the
"Troubled Panel"), /broken (GetCommittees answers an IIS error page as XML), /login (a redirect script),
/offsite (redirects GetCommittees to another host). Every answer carries an ETag and Last-Modified, and
If-None-Match / If-Modified-Since get 304. Each request is logged as one JSON line to LOGFILE. Once
LOGFILE.withdrawn exists, /good no longer lists meeting 7002 nor links the report of meeting 7003.
"""
import hashlib
import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

LAST_MODIFIED = "Mon, 02 Feb 2026 09:00:00 GMT"
LOG_LOCK = threading.Lock()

COMMITTEES = [("55", "Corporate Parenting Board"), ("56", "Children's Scrutiny Committee"),
              ("144", "Audit Committee"), ("60", "Troubled Panel")]
MEETINGS = {
    "55": [("7001", "15/01/2026", "Confirmed"), ("7002", "05/03/2026", "Confirmed"),
           ("7003", "07/05/2026", "Confirmed"), ("7004", "04/06/2026", "Cancelled"), ("7000", "10/01/2024", "Confirmed")],
    "56": [("7101", "10/02/2026", "Confirmed"), ("7102", "14/04/2026", "Confirmed")],
    "144": [("7301", "10/02/2026", "Confirmed")],
    "60": [("7201", "01/03/2026", "Confirmed"), ("7202", "02/03/2026", "Confirmed"), ("7203", "03/03/2026", "Confirmed"),
           ("7204", "04/03/2026", "Confirmed")],
}
COMMITTEE_OF = {m[0]: c for c, ms in MEETINGS.items() for m in ms}
TITLES = dict(COMMITTEES)

IIS_ERROR = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html><head><title>IIS 10.0 Detailed Error - 500.19 - Internal Server Error</title></head>
<body><h1>HTTP Error 500.19 - Internal Server Error</h1></body></html>
"""
REDIRECT_SCRIPT = '<script type="text/javascript">window.location.href = "/mgLogin.aspx";</script>\n'


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def committees_xml():
    parts = ['<?xml version="1.0" encoding="utf-8"?>', "<committees>", f"  <committeescount> {len(COMMITTEES)}</committeescount>"]
    for cid, title in COMMITTEES:
        parts += ["  <committee>", f"    <committeeid>{cid}</committeeid>", f"    <committeetitle>{esc(title)}</committeetitle>",
                  "    <committeedeleted>False</committeedeleted>", "    <committeeexpired>False</committeeexpired>",
                  "    <committeecategory>Governance and Decision Making Committees</committeecategory>", "  </committee>"]
    parts.append("</committees>")
    return crlf("\n".join(parts) + "\n")


def withdrawn():
    """After the test creates LOGFILE.withdrawn, the site has withdrawn meeting 7002 and the report of 7003."""
    return os.path.exists(sys.argv[1] + ".withdrawn")


def meetings_xml(cid):
    rows = [row for row in MEETINGS.get(cid, []) if not (withdrawn() and row[0] == "7002")]
    parts = ['<?xml version="1.0" encoding="utf-8"?>', "<getmeetings>", f"  <meetingscount> {len(rows)}</meetingscount>",
             "  <committeescount> 1</committeescount>", "  <committee>", f"    <committeeid>{cid}</committeeid>",
             f"    <committeetitle>{esc(TITLES.get(cid, ''))}</committeetitle>",
             f"    <committeemeetingcount> {len(rows)}</committeemeetingcount>", "    <committeemeetings>"]
    for mid, date, status in rows:
        parts += ["      <meeting>", f"        <meetingid>{mid}</meetingid>", f"        <meetingdate>{date}</meetingdate>",
                  f"        <meetingstatus>{status}</meetingstatus>", "        <meetingtime>10.00 am</meetingtime>",
                  "        <iswebcast>False</iswebcast>", "      </meeting>"]
    parts += ["    </committeemeetings>", "  </committee>", "</getmeetings>"]
    return crlf("\n".join(parts) + "\n")


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def linked(aid, title, url, restricted=False):
    return f"""        <linkeddoc>
          <attachmentid>{aid}</attachmentid>
          <title>{esc(title)}</title>
          <isurl>False</isurl>
          <url>{esc(url)}</url>
          <isrestricted>{"True" if restricted else "False"}</isrestricted>
          <restrictionsRef>
          </restrictionsRef>
          <publicationdate>01/01/2026</publicationdate>
        </linkeddoc>
"""


def meeting_xml(mid, base):
    cid = COMMITTEE_OF[mid]
    date, status = next((d, s) for m, d, s in MEETINGS[cid] if m == mid)
    docs = "" if withdrawn() and mid == "7003" else linked(f"9{mid}", "Performance report", f"{base}/documents/s{mid}/report.pdf")
    if mid == "7001":
        docs += linked("8001", "Exempt appendix", f"{base}/documents/secret.pdf", restricted=True)
        docs += linked("8002", "Partner report", "https://elsewhere.example.com/partner.pdf")
    if mid == "7204":
        docs = linked("8204", "Very large scan", f"{base}/documents/big.pdf")
    minutes = "" if status == "Cancelled" else (
        "<minutesnonemptyhtmlbody>&lt;p&gt;The Committee considered the report.&lt;/p&gt;"
        "&lt;p&gt;RESOLVED: That the report be noted.&lt;/p&gt;</minutesnonemptyhtmlbody>")
    items = "" if status == "Cancelled" else f"""    <agendaitem>
      <agendaitemid>1{mid}</agendaitemid>
      <agendaitemtitle>Performance of services for children</agendaitemtitle>
      <agendatext>&lt;p class="MsoNormal"&gt;Report of the Director.&lt;/p&gt;</agendatext>
      <agendaitemnumber>5</agendaitemnumber>
      <fulldisplaynumberformat>3.</fulldisplaynumberformat>
      {minutes}
      <linkeddocuments>
{docs}      </linkeddocuments>
    </agendaitem>
"""
    text = f"""<?xml version="1.0" encoding="utf-8"?>
<meeting>
  <meetingid>{mid}</meetingid>
  <meetingdate>{date}</meetingdate>
  <meetingstatus>{status}</meetingstatus>
  <meetingtime>10.00 am</meetingtime>
  <meetinglocation>Town Hall</meetinglocation>
  <meetingroom>
  </meetingroom>
  <agendaitems>
{items}  </agendaitems>
  <attendees>
    <attendee membertype="U" memberid="1" name="Councillor A Chair" roledescription="Chair" attendance="Present">
    </attendee>
  </attendees>
</meeting>
"""
    return crlf(text)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        with LOG_LOCK, open(sys.argv[1], "a") as log:
            log.write(json.dumps({"path": url.path, "query": query, "ifNoneMatch": self.headers.get("If-None-Match"),
                                  "ifModifiedSince": self.headers.get("If-Modified-Since"),
                                  "cookie": self.headers.get("Cookie"), "authorization": self.headers.get("Authorization")}) + "\n")
        site, _, rest = url.path.lstrip("/").partition("/")
        base = f"http://127.0.0.1:{self.server.server_port}/{site}"
        method = rest.split("/")[-1] if rest.startswith("mgWebService.asmx/") else None
        if site == "broken" and method == "GetCommittees":
            return self.answer(200, IIS_ERROR, "text/xml; charset=utf-8")
        if site == "login":
            return self.answer(200, REDIRECT_SCRIPT, "text/html")
        if site == "offsite":
            self.send_response(302)
            self.send_header("Location", "https://elsewhere.example.com/mgWebService.asmx/GetCommittees")
            self.send_header("Content-Length", "0")
            return self.end_headers()
        if site != "good":
            return self.answer(404, "not found", "text/plain")
        if method == "GetCommittees":
            return self.answer(200, committees_xml(), "text/xml; charset=utf-8")
        if method == "GetMeetings":
            return self.answer(200, meetings_xml(query.get("lCommitteeId", "")), "text/xml; charset=utf-8")
        if method == "GetMeeting":
            mid = query.get("lMeetingId", "")
            if mid == "7201":
                time.sleep(3)
            if mid == "7202":
                return self.answer(500, IIS_ERROR, "text/html")
            if mid == "7203":
                return self.answer(200, IIS_ERROR, "text/xml; charset=utf-8")
            if mid not in COMMITTEE_OF:
                return self.answer(404, "not found", "text/plain")
            return self.answer(200, meeting_xml(mid, base), "text/xml; charset=utf-8")
        if rest == "documents/big.pdf":
            return self.answer(200, "%PDF-1.4\n" + "0" * 2_000_000, "application/pdf")
        if rest.startswith("documents/s") and rest.endswith("/report.pdf"):
            return self.answer(200, "%PDF-1.4\n% performance report " + rest + "\n%%EOF\n", "application/pdf")
        if rest == "documents/secret.pdf":
            return self.answer(200, "%PDF-1.4\n% restricted\n%%EOF\n", "application/pdf")
        return self.answer(404, "not found", "text/plain")

    def answer(self, status, text, content_type):
        body = text.encode("utf-8")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if status == 200 and (self.headers.get("If-None-Match") == etag or
                              (self.headers.get("If-None-Match") is None and self.headers.get("If-Modified-Since") == LAST_MODIFIED)):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            return self.end_headers()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if status == 200:
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


if __name__ == "__main__":
    # SIGTERM ends the server even when the test process started it with the signal ignored or blocked.
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_port, flush=True)
    server.serve_forever()
