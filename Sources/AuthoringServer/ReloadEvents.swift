// ldpub — MIT licence.

import FlyingSocks
import Synchronization

/// The open server-sent event streams (`/__ldpub/events`), and what they are told: on
/// connecting, `event: hello` with the current generation (so a page built before the last
/// rebuild reloads at once); after each rebuild that changed what is served, `event: reload`.
///
/// Each stream is the body of its response (``Stream``, an async sequence that FlyingFox sends
/// with chunked transfer encoding as its events come); it ends when the hub closes it.
public final class ReloadEvents: Sendable {
    /// The most streams kept open; the oldest is closed for a new one beyond it.
    public static let maxStreams = 32
    /// The most events waiting for a stream whose client is slow to read; older ones are dropped
    /// (a `reload` is a `reload`).
    static let bufferedEvents = 4

    private struct State {
        var streams: [(id: Int, continuation: AsyncStream<[UInt8]>.Continuation)] = []
        var generation = 1
        var nextID = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// The generation of what is served: 1 after the first build, one more after every rebuild
    /// that changed it.
    public var generation: Int { state.withLock { $0.generation } }

    /// How many streams are open.
    public var streamCount: Int { state.withLock { $0.streams.count } }

    /// A new stream, which starts with `hello`; `onEnd` is called when it is over (closed by the
    /// hub, or its response is done with).
    func open(onEnd: @escaping @Sendable () -> Void) -> Stream {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(Self.bufferedEvents))
        let (id, evicted) = state.withLock { state in
            state.nextID += 1
            continuation.yield(Array("retry: 500\nevent: hello\ndata: \(state.generation)\n\n".utf8))
            state.streams.append((state.nextID, continuation))
            return (state.nextID, state.streams.count > Self.maxStreams ? state.streams.removeFirst().continuation : nil)
        }
        evicted?.finish()
        return Stream(events: stream, end: StreamEnd { [weak self] in
            continuation.finish()
            self?.state.withLock { state in state.streams.removeAll { $0.id == id } }
            onEnd()
        })
    }

    /// Tells every stream to reload: a new generation.
    @discardableResult
    public func reload() -> Int {
        state.withLock { state in
            state.generation += 1
            let event = Array("event: reload\ndata: \(state.generation)\n\n".utf8)
            for stream in state.streams { stream.continuation.yield(event) }
            return state.generation
        }
    }

    /// Ends every stream (their responses end, and so do their connections).
    func closeAll() {
        let streams = state.withLock { state in
            defer { state.streams = [] }
            return state.streams
        }
        for stream in streams { stream.continuation.finish() }
    }

    /// One stream's events as bytes, for a response body.
    struct Stream: AsyncBufferedSequence {
        typealias Element = UInt8
        let events: AsyncStream<[UInt8]>
        let end: StreamEnd

        func makeAsyncIterator() -> Iterator {
            Iterator(events: events.makeAsyncIterator(), end: end)
        }

        struct Iterator: AsyncBufferedIteratorProtocol {
            var events: AsyncStream<[UInt8]>.Iterator
            let end: StreamEnd
            private var pending: ArraySlice<UInt8> = []

            init(events: AsyncStream<[UInt8]>.Iterator, end: StreamEnd) {
                self.events = events
                self.end = end
            }

            mutating func next() async throws -> UInt8? {
                guard let buffer = try await nextBuffer(suggested: 1) else { return nil }
                return buffer.first
            }

            mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
                if pending.isEmpty {
                    guard let event = await events.next() else { return nil }
                    pending = event[...]
                }
                let chunk = pending.prefix(Swift.max(count, 1))
                pending = pending.dropFirst(chunk.count)
                return chunk
            }
        }
    }

    /// Calls its action once, when the last copy of the stream that holds it is gone.
    final class StreamEnd: Sendable {
        private let action: @Sendable () -> Void
        init(_ action: @escaping @Sendable () -> Void) { self.action = action }
        deinit { action() }
    }
}
