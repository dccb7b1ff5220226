// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleModel
import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// Why the server could not start.
public struct ServerError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// The HTTP server of `ldpub serve`: FlyingFox's `HTTPServer` (pure Swift on non-blocking sockets
/// and async/await) on one address, with one handler for every request, started and stopped from
/// synchronous code.
///
/// What it adds to FlyingFox: the handler sees the request target exactly as sent
/// (`request.target`), every response says `Connection: close` and the connection is closed after
/// it (one request per connection, as a preview for one browser needs; FlyingFox would keep it for
/// the next request), a `Host` check against DNS rebinding (``HostCheck``), and a ``ConnectionGuard`` bounds what a client can hold: FlyingFox
/// 0.27.1 limits the time of a handler (here 5 s) but not the size or time of a request head, nor
/// the number of connections.
public final class PreviewServer: Sendable {
    /// The address and port the server listens on (the port chosen by the system for port 0).
    let host: String
    let port: UInt16
    /// FlyingFox's server that listens now: replaced by a new one on the same port when an
    /// accept failed for lack of file descriptors.
    private let server: ServerSlot
    private let runTask: Task<Void, Never>
    let connections: ConnectionGuard
    /// Set by ``stop()``: the accept loop ending after it was asked to.
    private let stopping: Flag

    /// The server that listens now, shared by the task that runs it and ``stop()``, and the
    /// address a new one listens on (once the first listens: with the port the system chose).
    private final class ServerSlot: Sendable {
        private let value: Mutex<(server: FlyingFox.HTTPServer, address: any SocketAddress)>
        init(_ server: FlyingFox.HTTPServer, address: any SocketAddress) { value = Mutex((server, address)) }
        var current: FlyingFox.HTTPServer { value.withLock { $0.server } }
        /// Where a new server listens, from now on.
        func listenAgain(at address: any SocketAddress) { value.withLock { $0.address = address } }
        /// Puts a new server on the address in place of the current one.
        func replace(handler: ClosureHTTPHandler) {
            value.withLock { $0.server = PreviewServer.makeServer($0.address, handler: handler) }
        }
    }

    /// A flag that a task and the server share.
    private final class Flag: Sendable {
        private let value = Atomic<Bool>(false)
        var isSet: Bool { value.load(ordering: .acquiring) }
        func set() { value.store(true, ordering: .releasing) }
    }

    /// Binds `address` (an IPv4 or IPv6 address, not a name) at `port` (0: any free port) and
    /// serves every request with `handler`; returns once the server listens.
    ///
    /// FlyingFox's accept loop ends for good when `accept` fails. When it failed for lack of file
    /// descriptors (a burst of connections that fills the open-files limit), its connections end
    /// with it, and a new server listens on the same port after a pause (50 ms, doubling up to
    /// 1 s while it fails again), as Go's HTTP server retries such an accept; `acceptPaused`
    /// hears why, at most once in 10 s. For any other reason, `stoppedListening` hears why,
    /// instead of the server going deaf while the process lives on. (It also hears why the
    /// server could not start, which this initializer throws as well.)
    init(address: String, port: UInt16,
         stoppedListening: @escaping @Sendable (String) -> Void = { _ in },
         acceptPaused: @escaping @Sendable (String) -> Void = { _ in },
         handler: @escaping @Sendable (FlyingFox.HTTPRequest) async -> FlyingFox.HTTPResponse) throws(ServerError) {
        signal(SIGPIPE, SIG_IGN)
        let socketAddress = try Self.socketAddress(address, port: port)
        let connections = ConnectionGuard()
        let hosts = HostCheck(address: address)
        let serve = ClosureHTTPHandler { request in
            var response = hosts.allows(request.headers[.host])
                ? await handler(request)
                : HTTPResponse(statusCode: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                               body: Data("forbidden: this server answers requests for localhost, 127.0.0.1, [::1] or the address it listens on (DNS rebinding)\n".utf8))
            response.headers[.connection] = "close"
            response.headers[.cacheControl] = "no-store"
            response.headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
            if let peer = request.remoteAddress { connections.answered(peer) }
            return response
        }
        let server = ServerSlot(Self.makeServer(socketAddress, handler: serve), address: socketAddress)
        let failure = Mutex<String?>(nil)
        let stopping = Flag()
        // Set once the first server listens: from then on, a lack of descriptors is waited out.
        let listened = Flag()
        let runTask = Task(priority: Self.priority) {
            var pause = Self.firstPause
            var lastSaid: ContinuousClock.Instant?
            while true {
                let running = server.current
                let started = ContinuousClock.now
                var problem = "its accept loop ended"
                var outOfDescriptors = false
                do { try await running.run() } catch {
                    problem = Self.describe(error)
                    outOfDescriptors = Self.isLackOfDescriptors(error)
                }
                if stopping.isSet { return }
                guard outOfDescriptors, listened.isSet else {
                    failure.withLock { $0 = problem }
                    stoppedListening(problem)
                    return
                }
                if lastSaid.map({ ContinuousClock.now - $0 >= .seconds(10) }) ?? true {
                    acceptPaused(problem)
                    lastSaid = ContinuousClock.now
                }
                // A server that listened a while before failing starts the pauses over.
                if ContinuousClock.now - started > .seconds(2) { pause = Self.firstPause }
                try? await Task.sleep(for: pause)
                pause = min(pause * 2, .seconds(1))
                if stopping.isSet || Task.isCancelled { return }
                server.replace(handler: serve)
            }
        }
        // Wait until it listens, or has failed to: at once, but at most 30 s.
        let deadline = ContinuousClock.now + .seconds(30)
        var listening: Socket.Address?
        while listening == nil {
            if let problem = failure.withLock({ $0 }) {
                throw ServerError(description: "cannot listen on \(address) port \(port): \(problem)")
            }
            guard ContinuousClock.now < deadline else {
                runTask.cancel()
                throw ServerError(description: "cannot listen on \(address) port \(port): the server did not start within 30 s")
            }
            let first = server.current
            listening = blocking { await first.listeningAddress }
            if listening == nil { Thread.sleep(forTimeInterval: 0.01) }
        }
        let listeningPort: UInt16
        switch listening {
        case .ip4(_, let chosen)?, .ip6(_, let chosen)?: listeningPort = chosen
        default: listeningPort = port
        }
        // (The address was read once already: this cannot fail, and must not leave a running server behind.)
        if let chosen = try? Self.socketAddress(address, port: listeningPort) { server.listenAgain(at: chosen) }
        listened.set()
        self.port = listeningPort
        self.host = address
        self.server = server
        self.runTask = runTask
        self.connections = connections
        self.stopping = stopping
        hosts.port.withLock { $0 = self.port }
        connections.start(port: self.port)
    }

    /// The first pause before listening again after an accept failed for lack of descriptors.
    static let firstPause: Duration = .milliseconds(50)

    /// `address` at `port` as FlyingFox takes it.
    private static func socketAddress(_ address: String, port: UInt16) throws(ServerError) -> any SocketAddress {
        do {
            if isIPv4(address) { return try sockaddr_in.inet(ip4: address, port: port) }
            if isIPv6(address) { return try sockaddr_in6.inet6(ip6: address, port: port) }
        } catch {}
        throw ServerError(description: "'\(address)' is not an IPv4 or IPv6 address")
    }

    /// A FlyingFox server on `address` with a socket pool of its own (a pool ends with the server that ran it).
    fileprivate static func makeServer(_ address: any SocketAddress, handler: ClosureHTTPHandler) -> FlyingFox.HTTPServer {
        let config = FlyingFox.HTTPServer.Configuration(address: address, timeout: handlerTimeout, pool: socketPool(), logger: .disabled)
        return FlyingFox.HTTPServer(config: config, handler: handler)
    }

    /// Whether `error` is an accept (or a new listening socket) that failed for lack of file
    /// descriptors, of the process (`EMFILE`) or of the system (`ENFILE`): waited out, as the
    /// connections that hold them end.
    private static func isLackOfDescriptors(_ error: any Error) -> Bool {
        if case SocketError.failed(_, let code, _) = error { return FileReading.Failure.isSystemLimit(code) }
        return false
    }

    /// How long a handler may take before FlyingFox answers 500 for it.
    static let handlerTimeout: TimeInterval = 5

    /// The priority of every task of the server (FlyingFox's own tasks inherit it): a person waits
    /// for the answer in a browser. Above the default priority on purpose: tasks of the default
    /// priority that keep every thread busy (other work in the same process, such as the tests of
    /// other suites) would otherwise delay each step of the server until they end; with Swift's
    /// global executor on Linux, each priority has threads of its own.
    static let priority: TaskPriority = .userInitiated

    /// FlyingFox's socket pool: on Linux, epoll waiting for events on a queue of the server's
    /// priority instead of FlyingFox's default-priority queue; elsewhere FlyingFox's default.
    private static func socketPool() -> any AsyncSocketPool {
        #if canImport(Glibc)
        SocketPool(queue: ePoll(maxEvents: 20), dispatchQueue: DispatchQueue(label: "ldpub.serve.sockets", qos: .userInitiated))
        #else
        FlyingFox.HTTPServer.defaultPool()
        #endif
    }

    /// The server's address as a URL: `http://127.0.0.1:8080/`.
    var url: String {
        host.contains(":") ? "http://[\(host)]:\(port)/" : "http://\(host):\(port)/"
    }

    /// Stops listening and returns once the connections have ended (event streams must have been
    /// ended first; a response still being sent after a quarter of a second is cut), or after
    /// 5 s at most. FlyingFox waits out that grace period even when nothing is left (its accept
    /// loop does not see the closed socket), so it is short: Ctrl-C took 2.2 s with 2 s.
    func stop() {
        stopping.set()
        connections.stop()
        let server = self.server.current
        _ = blocking(timeout: 5) { await server.stop(timeout: 0.25) }
        runTask.cancel()
    }

    private static func describe(_ error: any Error) -> String {
        if case SocketError.failed(_, _, let message) = error { return message }
        return (error as? any LocalizedError)?.errorDescription ?? "\(error)"
    }

    private static func isIPv4(_ address: String) -> Bool {
        var v4 = in_addr()
        return inet_pton(AF_INET, address, &v4) == 1
    }

    private static func isIPv6(_ address: String) -> Bool {
        var v6 = in6_addr()
        return inet_pton(AF_INET6, address, &v6) == 1
    }

    /// Whether `address` is an IPv4 or IPv6 address (not a host name).
    public static func isAddress(_ address: String) -> Bool { isIPv4(address) || isIPv6(address) }

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

    /// Whether `address` listens on every address of the machine (`0.0.0.0`, `::`).
    static func isWildcard(_ address: String) -> Bool {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 { return v4.s_addr == 0 }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, address, &v6) == 1 { return withUnsafeBytes(of: &v6) { $0.allSatisfy { $0 == 0 } } }
        return false
    }
}

/// Which `Host` headers are answered, against DNS rebinding (a page of another site whose name
/// is made to resolve to 127.0.0.1 would otherwise read the preview): `localhost`, `127.0.0.1`,
/// `[::1]` and the address the server listens on, with the server's port (which may be left out
/// only when it is 80); for a server on every address (`0.0.0.0`, `::`), any IP address. Names
/// other than `localhost` are refused, as is a request without `Host`.
final class HostCheck: Sendable {
    private let address: String
    let port = Mutex<UInt16>(0)

    init(address: String) {
        self.address = address
    }

    func allows(_ header: String?) -> Bool {
        guard let header = header?.lowercased(), !header.isEmpty else { return false }
        let name: Substring, portText: Substring?
        if header.hasPrefix("[") {
            guard let close = header.firstIndex(of: "]") else { return false }
            name = header[...close]
            let rest = header[header.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else { return false }
            portText = rest.isEmpty ? nil : rest.dropFirst()
        } else {
            let parts = header.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count <= 2 else { return false }
            name = parts[0]
            portText = parts.count == 2 ? parts[1] : nil
        }
        let port = self.port.withLock { $0 }
        guard port != 0 else { return false }
        if let portText {
            guard portText.allSatisfy(\.isASCII), UInt16(portText) == port else { return false }
        } else if port != 80 {
            return false
        }
        let bare = name.hasPrefix("[") ? String(name.dropFirst().dropLast()) : String(name)
        if name == "localhost" || name == "127.0.0.1" || name == "[::1]" { return true }
        if PreviewServer.isAddress(bare) {
            // An IPv6 address only in brackets, an IPv4 address never.
            guard name.hasPrefix("[") == bare.contains(":") else { return false }
            if PreviewServer.isWildcard(address) { return true }
            return Self.same(bare, address)
        }
        return false
    }

    /// Whether two addresses are the same (`::1` and `0:0::1` are).
    private static func same(_ a: String, _ b: String) -> Bool {
        var x = in6_addr(), y = in6_addr()
        if inet_pton(AF_INET6, a, &x) == 1, inet_pton(AF_INET6, b, &y) == 1 {
            return withUnsafeBytes(of: &x) { xb in withUnsafeBytes(of: &y) { yb in xb.elementsEqual(yb) } }
        }
        return a == b
    }
}

/// Runs `body` on a task and waits for its result on this thread: for the few places where
/// synchronous code (the command, the tests' setup) starts or stops the asynchronous server.
private func blocking<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    blocking(timeout: nil, body)!
}

/// As ``blocking(_:)``, giving up after `timeout` seconds (nil then).
private func blocking<T: Sendable>(timeout: Double?, _ body: @escaping @Sendable () async -> T) -> T? {
    let result = Mutex<T?>(nil)
    let done = DispatchSemaphore(value: 0)
    Task(priority: PreviewServer.priority) {
        let value = await body()
        result.withLock { $0 = value }
        done.signal()
    }
    if let timeout { _ = done.wait(timeout: .now() + timeout) } else { done.wait() }
    return result.withLock { $0 }
}
