import Foundation
import EvidenceModel
import LibXML

/// What a ModernGov web-service reply turned out to be, decided from its bytes alone.
enum WebServiceReply {
    /// The reply methods this importer reads, by their root element.
    enum Method: String, Sendable {
        /// `GetMeeting`: root `meeting`.
        case getMeeting = "meeting"
        /// `GetMeetings`: root `getmeetings`.
        case getMeetings = "getmeetings"
        /// `GetCommittees`: root `committees`.
        case getCommittees = "committees"

        /// The web-service method's name.
        var methodName: String {
            switch self {
            case .getMeeting: "GetMeeting"
            case .getMeetings: "GetMeetings"
            case .getCommittees: "GetCommittees"
            }
        }
    }

    /// Why a reply is not one the importer reads, in words that name no content of the reply.
    static func htmlReason(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        let isHTML = trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<script")
            || trimmed.hasPrefix("<head") || trimmed.hasPrefix("<body")
        guard isHTML else { return nil }
        if head.contains("window.location") || head.contains("http-equiv=\"refresh\"") || head.contains("location.href") {
            return "an HTML page that redirects (a login or landing page), not the web service's XML"
        }
        if head.contains("iis") || head.contains("sharepoint") || head.contains("server error") || head.contains("runtime error")
            || head.contains("404") || head.contains("403") || head.contains("500") {
            return "an HTML error page from the web server (IIS/SharePoint), not the web service's XML: the service may be switched off"
        }
        return "an HTML page, not the web service's XML"
    }
}
