// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FlyingFox
import Foundation
import Synchronization

/// Bounds what clients can hold of the server, which FlyingFox 0.27.1 does not: it reads a
/// request head of any size for as long as the client takes, and accepts any number of
/// connections. Ten times a second the guard looks at the server's connections (on Linux: the
/// process's sockets on the server's port, and the kernel's `TCP_INFO` of each) and shuts down
/// (`shutdown(2)`; FlyingFox then sees the end of the connection and closes it):
///
/// - a connection whose request has not reached the handler within ``headSeconds`` of its
///   opening, or that sent more than ``maxHeadBytes`` (16 KiB) before it did;
/// - after its response: a connection idle (nothing sent or received) for ``idleSeconds`` (a
///   client that stopped reading, or keeps the connection though every response says
///   `Connection: close`), that sends more than ``maxHeadBytes`` again, or that is older than
///   ``maxSeconds``;
/// - the newest connections beyond ``maxConnections``.
///
/// What such a client sent and FlyingFox has not read yet is dropped with the connection: its
/// reading of a header line costs time that grows with the square of the line (20 KiB took 2 s of
/// CPU here, 45 KiB 9 s), so a long line must not reach it.
///
/// Event streams are exempt while they are open (``ReloadEvents`` keeps at most 32). On other
/// systems the guard does nothing.
final class ConnectionGuard: Sendable {
    static let maxConnections = 64
    static let headSeconds = 10.0
    static let maxHeadBytes: UInt64 = 16 * 1024
    static let idleSeconds = 10.0
    static let maxSeconds = 300.0
    static let interval = 0.1

    private struct Tracked {
        var opened: ContinuousClock.Instant
        /// Bytes received when the last request was answered; nil before.
        var bytesAtAnswer: UInt64?
    }

    private struct State {
        var port: UInt16 = 0
        var stopped = false
        /// Peer ports whose request the handler answered, not yet matched to a connection.
        var answered: [UInt16: ContinuousClock.Instant] = [:]
        /// Peer ports of open event streams.
        var streams: [UInt16: Int] = [:]
        var tracked: [Key: Tracked] = [:]
        var shutDown = 0
    }

    private struct Key: Hashable {
        let fd: Int32
        let peerPort: UInt16
    }

    private let state = Mutex(State())

    /// How many connections the guard has shut down.
    var shutDownCount: Int { state.withLock { $0.shutDown } }

    /// The receive buffer of every connection (set on the listening socket, whose connections
    /// inherit it): what a client can have waiting for FlyingFox to read, also after the guard has
    /// shut its connection down.
    static let receiveBuffer: Int32 = 16 * 1024

    func start(port: UInt16) {
        state.withLock { $0.port = port }
        for fd in Self.descriptors() where Self.isListener(fd, port: port) {
            var size = Self.receiveBuffer
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        #if os(Linux)
        let thread = Thread { [self] in
            while !state.withLock({ $0.stopped }) {
                scan()
                Thread.sleep(forTimeInterval: Self.interval)
            }
        }
        thread.name = "ldpub serve: connection guard"
        thread.start()
        #endif
    }

    func stop() {
        state.withLock { $0.stopped = true }
    }

    /// The handler answered the request of the connection from `peer`: it is the connection's
    /// last (the response says `Connection: close`), so the connection's reading side is shut
    /// down (`shutdown(SHUT_RD)`) at once; once the response is sent, FlyingFox reads the end of
    /// the connection and closes it, as a server that says `Connection: close` must (FlyingFox
    /// itself would wait for another request).
    func answered(_ peer: HTTPRequest.Address) {
        guard let peerPort = Self.port(of: peer) else { return }
        let serverPort = state.withLock { state in
            state.answered[peerPort] = .now
            return state.port
        }
        for fd in Self.descriptors() where Self.connectionPeerPort(fd, serverPort: serverPort) == peerPort {
            shutdown(fd, Int32(SHUT_RD))
        }
    }

    /// The process's open file descriptors.
    private static func descriptors() -> [Int32] {
        #if os(Linux)
        let folder = "/proc/self/fd"
        #else
        let folder = "/dev/fd"
        #endif
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).compactMap { Int32($0) }
    }

    /// The connection from `peer` is an event stream from now on, until ``streamEnded(_:)``.
    func streamStarted(_ peer: HTTPRequest.Address?) {
        guard let peer, let port = Self.port(of: peer) else { return }
        state.withLock { $0.streams[port, default: 0] += 1 }
    }

    func streamEnded(_ peer: HTTPRequest.Address?) {
        guard let peer, let port = Self.port(of: peer) else { return }
        state.withLock { state in
            if let count = state.streams[port], count > 1 { state.streams[port] = count - 1 } else { state.streams[port] = nil }
        }
    }

    private static func port(of peer: HTTPRequest.Address) -> UInt16? {
        switch peer {
        case .ip4(_, let port), .ip6(_, let port): return port
        case .unix: return nil
        }
    }

    /// Whether `fd` is the socket listening on `port`.
    private static func isListener(_ fd: Int32, port: UInt16) -> Bool {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFSOCK else { return false }
        var listening: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &length) == 0, listening == 1 else { return false }
        return Self.port(fd, getsockname) == port
    }

    /// The peer's port when `fd` is a connection accepted on `serverPort` (not the listening socket).
    private static func connectionPeerPort(_ fd: Int32, serverPort: UInt16) -> UInt16? {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFSOCK else { return nil }
        var listening: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &length) == 0, listening == 0 else { return nil }
        guard let local = port(fd, getsockname), local == serverPort else { return nil }
        return port(fd, getpeername)
    }

    private static func port(_ fd: Int32, _ name: (Int32, UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> Int32) -> UInt16? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let status = withUnsafeMutablePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { name(fd, $0, &length) } }
        guard status == 0 else { return nil }
        return withUnsafePointer(to: &storage) { pointer -> UInt16? in
            switch Int32(pointer.pointee.ss_family) {
            case AF_INET: return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
            case AF_INET6: return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
            default: return nil
            }
        }
    }

    #if os(Linux)
    /// One look at the connections.
    private func scan() {
        let port = state.withLock { $0.port }
        var seen: [(key: Key, info: TCPInfo)] = []
        for fd in Self.descriptors() {
            guard let peerPort = Self.connectionPeerPort(fd, serverPort: port), let info = TCPInfo(fd) else { continue }
            seen.append((Key(fd: fd, peerPort: peerPort), info))
        }
        let now = ContinuousClock.now
        let doomed: [Key] = state.withLock { state in
            var current: [Key: Tracked] = [:]
            var doomed: [Key] = []
            var open: [(Key, ContinuousClock.Instant)] = []
            for (key, info) in seen {
                var tracked = state.tracked[key] ?? Tracked(opened: now)
                if state.answered.removeValue(forKey: key.peerPort) != nil { tracked.bytesAtAnswer = info.bytesReceived }
                current[key] = tracked
                if state.streams[key.peerPort] != nil { continue }
                let age = Double((now - tracked.opened).components.seconds)
                if let baseline = tracked.bytesAtAnswer {
                    let idle = Double(min(info.millisecondsSinceReceived, info.millisecondsSinceSent)) / 1000
                    if idle >= Self.idleSeconds || info.bytesReceived &- baseline > Self.maxHeadBytes || age >= Self.maxSeconds {
                        doomed.append(key)
                        continue
                    }
                } else if age >= Self.headSeconds || info.bytesReceived > Self.maxHeadBytes {
                    doomed.append(key)
                    continue
                }
                open.append((key, tracked.opened))
            }
            if open.count > Self.maxConnections {
                doomed += open.sorted { $0.1 < $1.1 }.dropFirst(Self.maxConnections).map(\.0)
            }
            state.tracked = current
            state.answered = state.answered.filter { now - $0.value < .seconds(2) }
            return doomed
        }
        for key in doomed where Self.connectionPeerPort(key.fd, serverPort: port) == key.peerPort {
            shutdown(key.fd, Int32(SHUT_RDWR))
            // What the client sent and FlyingFox has not read yet is dropped (TCP's MSG_TRUNC
            // discards), or FlyingFox would go on parsing it after the shutdown.
            while recv(key.fd, nil, 1 << 20, Int32(MSG_TRUNC | MSG_DONTWAIT)) > 0 {}
            state.withLock { $0.shutDown += 1 }
        }
    }

    /// What the kernel knows of a TCP connection (`struct tcp_info` of linux/tcp.h, read at its
    /// fixed offsets: Glibc's copy of the struct ends before `tcpi_bytes_received`).
    private struct TCPInfo {
        let millisecondsSinceSent: UInt32
        let millisecondsSinceReceived: UInt32
        let bytesReceived: UInt64

        init?(_ fd: Int32) {
            var buffer = [UInt8](repeating: 0, count: 256)
            var length = socklen_t(buffer.count)
            let status = buffer.withUnsafeMutableBytes { getsockopt(fd, Int32(IPPROTO_TCP), 11 /* TCP_INFO */, $0.baseAddress, &length) }
            guard status == 0, length >= 136 else { return nil }
            (millisecondsSinceSent, millisecondsSinceReceived, bytesReceived) = buffer.withUnsafeBytes { bytes in
                (bytes.loadUnaligned(fromByteOffset: 44, as: UInt32.self), bytes.loadUnaligned(fromByteOffset: 52, as: UInt32.self),
                 bytes.loadUnaligned(fromByteOffset: 128, as: UInt64.self))
            }
        }
    }
    #endif
}
