// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A minimal HTTP client on a socket, so that request targets go out exactly as written
/// (`/../`, `%2e%2e`), which URLSession would normalise. Every wait is bounded.
enum RawHTTP {
    struct Response: Sendable {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    enum Failure: Error { case connect(Int32), malformed(String) }

    /// Connects to `host:port`; the socket has 5-second time-outs.
    static func connect(host: String = "127.0.0.1", port: UInt16) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let status = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard status == 0 else {
            let error = errno
            close(fd)
            throw Failure.connect(error)
        }
        return fd
    }

    static func send(_ fd: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Sends `method target` (with `Host: 127.0.0.1:port`, or `host`; "" for none) and reads the
    /// whole response (the server closes the connection), on a thread of its own (``offPool(_:)``).
    static func get(_ target: String, port: UInt16, method: String = "GET", host: String? = nil) async throws -> Response {
        try await offPool { try getBlocking(target, port: port, method: method, host: host) }
    }

    static func getBlocking(_ target: String, port: UInt16, method: String, host: String?) throws -> Response {
        let fd = try connect(port: port)
        defer { close(fd) }
        send(fd, "\(method) \(target) HTTP/1.1\r\n" + (host == "" ? "" : "Host: \(host ?? "127.0.0.1:\(port)")\r\n") + "\r\n")
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            data += buffer[..<count]
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure.malformed(text) }
        let lines = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed(lines[0]) }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }

    /// An open event stream: what it has sent so far, read with bounded waits.
    final class EventStream: @unchecked Sendable {
        let fd: Int32
        private(set) var received = ""

        init(port: UInt16, path: String = "/__ldpub/events") throws {
            fd = try RawHTTP.connect(port: port)
            var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            RawHTTP.send(fd, "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        }

        deinit { close(fd) }

        /// Reads until `text` has arrived or `seconds` have passed; whether it arrived.
        func wait(for text: String, seconds: Double) async -> Bool {
            (try? await offPool { self.waitBlocking(for: text, seconds: seconds) }) ?? false
        }

        private func waitBlocking(for text: String, seconds: Double) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while !received.contains(text) && Date() < deadline {
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if count > 0 { received += String(decoding: buffer[..<count], as: UTF8.self) }
                else if count == 0 { break }
            }
            return received.contains(text)
        }
    }
}

/// Waits, at most `seconds`, until `condition` holds; whether it did.
func eventually(seconds: Double = 15, _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return try await condition()
}

/// Runs blocking work (sockets read with time-outs, the session's first build) on a thread of its
/// own and waits for it without holding a thread of Swift's concurrency pool: the in-process
/// server (FlyingFox, async/await) runs on that pool, which has as many threads as cores, and
/// tests of other suites run on it too.
func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
