import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP answer, its body read whole (never past the size limit).
struct HTTPAnswer: Sendable {
    /// The status code.
    var status: Int
    /// Response headers, names lower-cased.
    var headers: [String: String]
    /// The body.
    var body: Data
    /// The address that answered (differs from the one asked only if URLSession followed a redirect).
    var url: URL?
}

/// Why a request got no usable answer.
enum HTTPFailure: Error, CustomStringConvertible, Sendable {
    /// No answer in time.
    case timedOut(seconds: Double)
    /// The body was larger than the limit: refused, and the transfer stopped.
    case tooLarge(limit: Int)
    /// Any other transport failure (refused connection, DNS, TLS).
    case transport(String)

    var description: String {
        switch self {
        case .timedOut(let seconds): "no answer within \(Self.seconds(seconds))"
        case .tooLarge(let limit): "the response is larger than the limit of \(limit) bytes: refused"
        case .transport(let message): message
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? "\(Int(value)) s" : "\(value) s"
    }
}

/// A polite HTTP client over URLSession (FoundationNetworking): no cookies, no credentials, no cache,
/// redirects never followed (the caller decides), each body capped at a size limit as it arrives.
final class HTTPClient: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// What one transfer has received so far, and who waits for it.
    private struct Transfer {
        var continuation: CheckedContinuation<HTTPAnswer, any Error>
        var response: HTTPURLResponse?
        var body = Data()
        var failure: HTTPFailure?
    }

    private let lock = NSLock()
    private var transfers: [Int: Transfer] = [:]
    private var session: URLSession!
    /// The largest body accepted, in bytes.
    let maxBytes: Int
    /// Seconds a request may take.
    let timeout: Double

    init(timeout: Double, maxBytes: Int) {
        self.timeout = timeout
        self.maxBytes = maxBytes
        super.init()
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCredentialStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpAdditionalHeaders = ["User-Agent": "evidence-pack-fetch/1 (ModernGov mirror)"]
        session = URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }

    /// Ends the session (its delegate is released).
    func close() {
        session.invalidateAndCancel()
    }

    /// Sends a GET with the given headers and waits for the whole answer.
    func get(_ url: URL, headers: [String: String]) async throws -> HTTPAnswer {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpShouldHandleCookies = false
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        return try await withCheckedThrowingContinuation { continuation in
            let task = session.dataTask(with: request)
            lock.withLock { transfers[task.taskIdentifier] = Transfer(continuation: continuation) }
            task.resume()
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let tooLarge = response.expectedContentLength > Int64(maxBytes)
        lock.withLock {
            transfers[dataTask.taskIdentifier]?.response = response as? HTTPURLResponse
            if tooLarge { transfers[dataTask.taskIdentifier]?.failure = .tooLarge(limit: maxBytes) }
        }
        completionHandler(tooLarge ? .cancel : .allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over: Bool = lock.withLock {
            guard var transfer = transfers[dataTask.taskIdentifier] else { return false }
            transfer.body.append(data)
            let over = transfer.body.count > maxBytes
            if over {
                transfer.failure = .tooLarge(limit: maxBytes)
                transfer.body = Data()
            }
            transfers[dataTask.taskIdentifier] = transfer
            return over
        }
        if over { dataTask.cancel() }
    }

    /// Redirects are never followed here: the 3xx answer itself is returned.
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let transfer = lock.withLock({ transfers.removeValue(forKey: task.taskIdentifier) }) else { return }
        if let failure = transfer.failure {
            transfer.continuation.resume(throwing: failure)
        } else if let error {
            let code = (error as? URLError)?.code
            transfer.continuation.resume(throwing: code == .timedOut ? HTTPFailure.timedOut(seconds: timeout)
                                         : HTTPFailure.transport(Self.describe(error)))
        } else if let response = transfer.response ?? (task.response as? HTTPURLResponse) {
            var headers: [String: String] = [:]
            for (name, value) in response.allHeaderFields {
                if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
            }
            transfer.continuation.resume(returning: HTTPAnswer(status: response.statusCode, headers: headers, body: transfer.body,
                                                                      url: response.url))
        } else {
            transfer.continuation.resume(throwing: HTTPFailure.transport("no HTTP response"))
        }
    }

    /// A transport error in plain words.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? URLError else { return "\(error)" }
        switch error.code {
        case .cannotConnectToHost: return "the site refused the connection"
        case .cannotFindHost, .dnsLookupFailed: return "the site's name could not be resolved"
        case .networkConnectionLost: return "the connection was lost"
        case .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot,
             .secureConnectionFailed:
            return "the secure connection failed (TLS)"
        default: return error.localizedDescription
        }
    }
}
