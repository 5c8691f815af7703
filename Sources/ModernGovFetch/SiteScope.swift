import Foundation

/// The one site a fetch may contact: its scheme, host and port. Every address is checked against it
/// before a request, so a document link or a redirect that leaves the site is never followed.
struct SiteScope: Sendable {
    /// The site's root, without a trailing slash (`https://democracy.example.gov.uk`).
    let root: URL
    let scheme: String
    let host: String
    let port: Int?

    /// The scope of a site address; throws when it is not an absolute http(s) address, names
    /// credentials, or is plain http without `allowHTTP`.
    init(site: URL, allowHTTP: Bool) throws {
        guard let components = URLComponents(url: site, resolvingAgainstBaseURL: false),
              let scheme = components.scheme?.lowercased(), let host = components.host?.lowercased(), !host.isEmpty else {
            throw FetchError("--site must be an absolute address such as https://democracy.example.gov.uk, not '\(site.absoluteString)'")
        }
        guard components.user == nil, components.password == nil else {
            throw FetchError("--site must not carry credentials: no user name or password is ever sent")
        }
        guard scheme == "https" || (scheme == "http" && allowHTTP) else {
            throw FetchError(scheme == "http" ? "\(site.absoluteString) is plain http: pass --allow-http to fetch it unencrypted"
                                              : "--site must be an https address, not \(scheme)")
        }
        self.scheme = scheme
        self.host = host
        self.port = components.port
        var path = components.path
        while path.hasSuffix("/") { path.removeLast() }
        var rootComponents = URLComponents()
        rootComponents.scheme = scheme
        rootComponents.host = host
        rootComponents.port = components.port
        rootComponents.path = path
        guard let root = rootComponents.url else { throw FetchError("--site '\(site.absoluteString)' is not a usable address") }
        self.root = root
    }

    /// The site as written in messages.
    var name: String { root.absoluteString }

    /// Whether an address is on the site (same scheme, or https on an http site; same host and port).
    func contains(_ url: URL) -> Bool {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: true),
              let otherScheme = components.scheme?.lowercased(), components.host?.lowercased() == host,
              components.user == nil, components.password == nil else { return false }
        guard otherScheme == scheme || (scheme == "http" && otherScheme == "https") else { return false }
        return effectivePort(components.port, otherScheme) == effectivePort(port, scheme)
    }

    private func effectivePort(_ port: Int?, _ scheme: String) -> Int {
        port ?? (scheme == "https" ? 443 : 80)
    }

    /// `{site}/mgWebService.asmx/{method}?{parameters}`.
    func method(_ name: String, _ parameters: [(String, String)]) -> URL {
        let base = root.appendingPathComponent("mgWebService.asmx").appendingPathComponent(name)
        guard var components = URLComponents(url: base, resolvingAgainstBaseURL: false) else { return base }
        if !parameters.isEmpty { components.queryItems = parameters.map { URLQueryItem(name: $0.0, value: $0.1) } }
        // `/` in dd/mm/yyyy stays as written, as the service's own clients send it.
        return components.url ?? base
    }
}
