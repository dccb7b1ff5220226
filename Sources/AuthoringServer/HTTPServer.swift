// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Synchronization

/// A request as the server read it: the method and the request target exactly as sent.
public struct HTTPRequest: Sendable {
    public let method: String
    /// The request target as sent (`/slug/?x=1`), not decoded.
    public let target: String
}

/// A response: a status, headers and a body; or a stream of server-sent events, for which the
/// connection is handed to a ``ReloadEvents`` hub.
public enum HTTPResponse: Sendable {
    case complete(status: Int, headers: [(String, String)], body: [UInt8])
    case eventStream

    /// A plain-text response.
    public static func text(_ status: Int, _ text: String) -> HTTPResponse {
        .complete(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Array(text.utf8))
    }

    var status: Int? {
        if case .complete(let status, _, _) = self { return status }
        return nil
    }
}

/// Why the server could not start.
public struct ServerError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// A small HTTP/1.1 server for one developer's browser: GET and HEAD, one request per connection
/// (`Connection: close`), a thread per connection (at most ``maxConnections`` at once), bounded
/// request heads (16 KiB) and time-outs (5 s) so a stuck client holds nothing for long.
/// Server-sent event streams are handed to ``ReloadEvents``, which keeps them open.
public final class HTTPServer: Sendable {
    /// The most connections handled at once; more wait in the listen queue.
    public static let maxConnections = 64
    private static let maxHeadBytes = 16 * 1024

    private let listener: Int32
    /// The address and port the server listens on (the port chosen by the system for port 0).
    public let host: String
    public let port: UInt16
    private let handler: @Sendable (HTTPRequest) -> HTTPResponse
    private let events: ReloadEvents
    private let state = Mutex<(stopped: Bool, active: Int)>((false, 0))
    private let acceptLoopDone = DispatchSemaphore(value: 0)

    /// Whether `address` is an IPv4 or IPv6 address (not a host name).
    public static func isAddress(_ address: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, address, &v4) == 1 || inet_pton(AF_INET6, address, &v6) == 1
    }

    /// Whether `address` is a loopback address (127.0.0.0/8 or ::1).
    public static func isLoopback(_ address: String) -> Bool {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 { return UInt32(bigEndian: v4.s_addr) >> 24 == 127 }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, address, &v6) == 1 {
            return withUnsafeBytes(of: &v6) { bytes in bytes.prefix(15).allSatisfy { $0 == 0 } && bytes[15] == 1 }
        }
        return false
    }

    /// Binds `address` (an IPv4 or IPv6 address, not a name) at `port` (0: any free port) and
    /// starts accepting connections on a thread of its own.
    public init(address: String, port: UInt16, events: ReloadEvents, handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse) throws(ServerError) {
        signal(SIGPIPE, SIG_IGN)
        var v4 = in_addr(), v6 = in6_addr()
        let family: Int32
        if inet_pton(AF_INET, address, &v4) == 1 { family = AF_INET }
        else if inet_pton(AF_INET6, address, &v6) == 1 { family = AF_INET6 }
        else { throw ServerError(description: "'\(address)' is not an IPv4 or IPv6 address") }
        #if canImport(Glibc)
        let stream = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let stream = SOCK_STREAM
        #endif
        let socketFD = socket(family, stream, 0)
        guard socketFD >= 0 else { throw ServerError(description: "cannot open a socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(socketFD, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var bound: Int32
        if family == AF_INET {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr = v4
            bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        } else {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = port.bigEndian
            address.sin6_addr = v6
            bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) } }
        }
        if bound == 0 { bound = listen(socketFD, 64) }
        guard bound == 0 else {
            let reason = String(cString: strerror(errno))
            close(socketFD)
            throw ServerError(description: "cannot listen on \(address) port \(port): \(reason)")
        }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) } }
        let chosen: UInt16 = withUnsafePointer(to: &storage) { pointer in
            family == AF_INET
                ? pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
                : pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
        }
        self.listener = socketFD
        self.host = address
        self.port = chosen
        self.handler = handler
        self.events = events
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "ldpub serve: accept"
        thread.start()
    }

    /// The server's address as a URL: `http://127.0.0.1:8080/`.
    public var url: String {
        host.contains(":") ? "http://[\(host)]:\(port)/" : "http://\(host):\(port)/"
    }

    /// Stops accepting connections and closes the event streams; returns once the accept loop
    /// has ended. Requests in progress finish on their own threads.
    public func stop() {
        let first = state.withLock { state in
            defer { state.stopped = true }
            return !state.stopped
        }
        guard first else { return }
        acceptLoopDone.wait()
        close(listener)
        events.closeAll()
    }

    private func acceptLoop() {
        defer { acceptLoopDone.signal() }
        while !state.withLock({ $0.stopped }) {
            var descriptor = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            let admitted = state.withLock { state in
                guard state.active < Self.maxConnections else { return false }
                state.active += 1
                return true
            }
            guard admitted else {
                close(connection)
                continue
            }
            let thread = Thread { [self] in
                serve(connection)
                state.withLock { $0.active -= 1 }
            }
            thread.start()
        }
    }

    private func serve(_ connection: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = readRequest(connection) else {
            Self.write(.text(400, "bad request\n"), to: connection, head: false)
            close(connection)
            return
        }
        guard request.method == "GET" || request.method == "HEAD" else {
            Self.write(.complete(status: 405, headers: [("Allow", "GET, HEAD"), ("Content-Type", "text/plain; charset=utf-8")], body: Array("method not allowed\n".utf8)),
                       to: connection, head: false)
            close(connection)
            return
        }
        let response = handler(request)
        switch response {
        case .eventStream:
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\nX-Content-Type-Options: nosniff\r\n\r\n"
            guard Self.sendAll(Array(head.utf8), to: connection) else {
                close(connection)
                return
            }
            // The hub owns the connection from now on.
            events.add(connection)
        case .complete:
            Self.write(response, to: connection, head: request.method == "HEAD")
            close(connection)
        }
    }

    /// Reads the request head; nil when it is malformed, too large or too slow.
    private func readRequest(_ connection: Int32) -> HTTPRequest? {
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end: [UInt8] = [13, 10, 13, 10]
        while head.count < Self.maxHeadBytes {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            head += buffer[..<count]
            if let _ = head.firstRange(of: end) { break }
        }
        guard let stop = head.firstRange(of: [13, 10]) else { return nil }
        let parts = head[..<stop.lowerBound].split(separator: 32, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].starts(with: Array("HTTP/1.".utf8)),
              let method = String(validating: parts[0], as: UTF8.self), let target = String(validating: parts[1], as: UTF8.self)
        else { return nil }
        return HTTPRequest(method: method, target: target)
    }

    private static let reasons: [Int: String] = [
        200: "OK", 301: "Moved Permanently", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
        405: "Method Not Allowed", 500: "Internal Server Error", 503: "Service Unavailable",
    ]

    private static func write(_ response: HTTPResponse, to connection: Int32, head: Bool) {
        guard case .complete(let status, let headers, let body) = response else { return }
        var text = "HTTP/1.1 \(status) \(reasons[status] ?? "Status")\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        text += "Content-Length: \(body.count)\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
        _ = sendAll(Array(text.utf8) + (head ? [] : body), to: connection)
    }

    /// Sends every byte; false when the peer is gone or too slow (the send time-out).
    static func sendAll(_ bytes: [UInt8], to connection: Int32, flags: Int32 = 0) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { send(connection, $0.baseAddress! + sent, $0.count - sent, flags) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }
}
