// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The open server-sent event streams (`/__ldpub/events`), and what they are told: on
/// connecting, `event: hello` with the current generation (so a page built before the last
/// rebuild reloads at once); after each rebuild that changed what is served, `event: reload`.
public final class ReloadEvents: Sendable {
    /// The most streams kept open; the oldest is closed for a new one beyond it.
    public static let maxStreams = 32
    private let state = Mutex<(streams: [Int32], generation: Int)>(([], 1))

    public init() {}

    /// The generation of what is served: 1 after the first build, one more after every rebuild
    /// that changed it.
    public var generation: Int { state.withLock { $0.generation } }

    /// How many streams are open.
    public var streamCount: Int { state.withLock { $0.streams.count } }

    func add(_ connection: Int32) {
        let hello = Array("retry: 500\nevent: hello\ndata: \(generation)\n\n".utf8)
        guard HTTPServer.sendAll(hello, to: connection) else {
            close(connection)
            return
        }
        let evicted: Int32? = state.withLock { state in
            state.streams.append(connection)
            return state.streams.count > Self.maxStreams ? state.streams.removeFirst() : nil
        }
        if let evicted { close(evicted) }
    }

    /// Tells every stream to reload: a new generation. A stream that cannot take the event at
    /// once (gone, or its buffer full) is closed; the browser reconnects by itself.
    @discardableResult
    public func reload() -> Int {
        state.withLock { state in
            state.generation += 1
            let event = Array("event: reload\ndata: \(state.generation)\n\n".utf8)
            state.streams.removeAll { connection in
                #if canImport(Glibc)
                let flags = Int32(MSG_DONTWAIT | MSG_NOSIGNAL)
                #else
                let flags = Int32(MSG_DONTWAIT)
                #endif
                guard HTTPServer.sendAll(event, to: connection, flags: flags) else {
                    close(connection)
                    return true
                }
                return false
            }
            return state.generation
        }
    }

    func closeAll() {
        let streams = state.withLock { state in
            defer { state.streams = [] }
            return state.streams
        }
        for connection in streams {
            shutdown(connection, Int32(SHUT_RDWR))
            close(connection)
        }
    }
}
