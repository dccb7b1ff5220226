// ldpub — MIT licence.

#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestScratch

/// `ldpub serve` as a process: it says where it serves, serves only loopback by default, warns
/// about another address, and Ctrl-C (SIGINT) stops it with exit status 0.
@Suite struct ServeCommandTests {
    private static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Starts `ldpub serve` on a copy of the sample; returns the process, its standard error file
    /// and the URL it printed (waiting at most 60 s).
    private func start(_ extra: [String], in folder: URL, openFiles: Int? = nil) throws -> (Process, URL, String?) {
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Articles"), to: folder.appendingPathComponent("in"))
        let errorFile = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let process = Process()
        let arguments = ["serve", folder.appendingPathComponent("in").path, "--output", folder.appendingPathComponent("out").path,
                         "--port", "0", "--no-cache"] + extra
        if let openFiles {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "ulimit -n \(openFiles) && exec \"$@\"", "sh", LDPubBinary.path] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: LDPubBinary.path)
            process.arguments = arguments
        }
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline && process.isRunning {
            let text = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"http://[^ ]+/"#, options: .regularExpression) { return (process, errorFile, String(text[range])) }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return (process, errorFile, nil)
    }

    private func stop(_ process: Process) -> Int32? {
        process.interrupt()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        guard !process.isRunning else {
            process.terminate()
            return nil
        }
        return process.terminationReason == .exit ? process.terminationStatus : -process.terminationStatus
    }

    @Test func servesOnLoopbackAndStopsCleanlyOnControlC() throws {
        let folder = try TestScratch.newFolder("ldpub-serve-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (process, errorFile, url) = try start([], in: folder)
        // Never left running, whatever fails below.
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        let address = try #require(url)
        #expect(address.hasPrefix("http://127.0.0.1:"))
        let port = try #require(UInt16(address.split(separator: ":").last!.dropLast()))
        #expect(Self.get("/", port: port).contains("/__ldpub/reload.js"))
        #expect(stop(process) == 0)
        let text = try String(contentsOf: errorFile, encoding: .utf8)
        #expect(text.contains("built in "))
        // The sample's warnings (claims without a source, uncited references) are counted.
        #expect(text.contains(" removed; 23 warnings (`ldpub validate` lists them)\n"), "\(text)")
        #expect(text.hasSuffix("stopped\n"))
        #expect(!text.contains("warning: serving on"))
    }

    /// FlyingFox's accept loop ends for good when `accept` fails. A burst of connections that
    /// fills the open-files limit (72 here) used to leave a server that no longer listened while
    /// the process lived on, saying nothing; then one that stopped (exit 74). Now the server
    /// listens again once the connections end, says so once, and serves as before.
    @Test func aServerWhoseConnectionsFillTheLimitListensAgain() throws {
        let folder = try TestScratch.newFolder("ldpub-serve-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (process, errorFile, url) = try start([], in: folder, openFiles: 72)
        defer { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        let address = try #require(url, "\((try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")")
        let port = try #require(UInt16(address.split(separator: ":").last!.dropLast()))
        var target = sockaddr_in()
        target.sin_family = sa_family_t(AF_INET)
        target.sin_port = port.bigEndian
        target.sin_addr.s_addr = inet_addr("127.0.0.1")
        var sockets: [Int32] = []
        for _ in 0..<300 where process.isRunning {
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard socket >= 0 else { break }
            sockets.append(socket)
            _ = withUnsafePointer(to: &target) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        }
        let said = "warning: the server could not accept a connection: Too many open files; it listens again once connections end"
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning && Date() < deadline
                && !((try? String(contentsOf: errorFile, encoding: .utf8)) ?? "").contains(said) {
            Thread.sleep(forTimeInterval: 0.05)
        }
        sockets.forEach { close($0) }
        #expect(process.isRunning, "serve stopped after 300 connections at a limit of 72")
        // Served again: the page, within a few seconds of the burst's end.
        var page = ""
        let again = Date().addingTimeInterval(15)
        while process.isRunning && Date() < again {
            page = Self.get("/", port: port)
            if page.hasPrefix("HTTP/1.1 200") { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(page.hasPrefix("HTTP/1.1 200") && page.contains("/__ldpub/reload.js"), "\(page.prefix(200))")
        #expect(stop(process) == 0)
        let text = try String(contentsOf: errorFile, encoding: .utf8)
        #expect(text.contains(said), "\(text)")
        #expect(!text.contains("error:"), "\(text)")
        #expect(text.hasSuffix("stopped\n"), "\(text)")
    }

    /// Tested without listening on the network: 192.0.2.1 (TEST-NET-1) is no address of this
    /// machine, so the warning is printed and then binding fails (exit 74).
    @Test func anotherAddressIsWarnedAbout() throws {
        let folder = try TestScratch.newFolder("ldpub-serve-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("Articles"), to: folder.appendingPathComponent("in"))
        let run = try LDPubBinary.run(["serve", folder.appendingPathComponent("in").path, "--output", folder.appendingPathComponent("out").path,
                                       "--no-cache", "--port", "0", "--bind", "192.0.2.1"], timeout: .seconds(60))
        #expect(run.status == 74, "\(run)")
        #expect(run.standardError.hasPrefix("warning: serving on 192.0.2.1, not loopback"), "\(run)")
        #expect(run.standardError.contains("error: cannot listen on 192.0.2.1 port 0"), "\(run)")
        #expect(try LDPubBinary.run(["serve", "--port", "70000"]).status == 64)
        #expect(try LDPubBinary.run(["serve", folder.path, "--output", folder.appendingPathComponent("out").path, "--bind", "localhost"]).status == 64)
    }

    /// The whole response to `GET path` on 127.0.0.1 (5-second time-outs).
    private static func get(_ path: String, port: UInt16) -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard connected == 0 else { return "" }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            data += buffer[..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }
}
