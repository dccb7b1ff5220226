// ldpub — MIT licence.
//
// yaml-floor: the speed limit of parsing the input. Reads every *.yaml / *.yml file below a
// folder (hidden entries skipped, as ldpub does) and runs libyaml's event parser over each,
// building nothing: each event is counted and freed with yaml_event_delete. Single-threaded.
//
// The reported floor time covers reading each file (plain POSIX open/read into one reused
// buffer, so from the page cache when warm) and parsing it; listing the folder is timed apart.

import CYAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds on the monotonic clock.
func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

func fail(_ message: String) -> Never {
    let text = "yaml-floor: \(message)\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
    exit(1)
}

/// Every YAML file below `folder`, sorted, skipping hidden entries and following no links to folders.
func yamlFiles(in folder: String) -> [String] {
    var result: [String] = []
    var pending = [folder]
    while let directory = pending.popLast() {
        guard let handle = opendir(directory) else { fail("cannot open folder '\(directory)'") }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            let path = directory + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if info.st_mode & S_IFMT == S_IFDIR {
                pending.append(path)
            } else if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                result.append(path)
            }
        }
    }
    return result.sorted()
}

/// Reads `path` into `buffer` (grown as needed); returns the byte count.
func readFile(_ path: String, into buffer: inout [UInt8]) -> Int {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { fail("cannot open '\(path)'") }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { fail("cannot stat '\(path)'") }
    let size = Int(info.st_size)
    if buffer.count < size + 1 { buffer = [UInt8](repeating: 0, count: size * 2 + 1) }
    var filled = 0
    while filled < size {
        let count = buffer.withUnsafeMutableBytes { bytes in
            read(descriptor, bytes.baseAddress! + filled, size - filled)
        }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { break }
        filled += count
    }
    return filled
}

/// Parses `count` bytes of `buffer` to the end of the stream; returns the number of events.
func parse(_ buffer: [UInt8], count: Int, path: String) -> Int {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { fail("cannot initialize libyaml") }
    defer { yaml_parser_delete(&parser) }
    var events = 0
    buffer.withUnsafeBufferPointer { bytes in
        yaml_parser_set_input_string(&parser, bytes.baseAddress, count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
                fail("\(path):\(parser.problem_mark.line + 1):\(parser.problem_mark.column + 1): \(problem)")
            }
            events += 1
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if done { break }
        }
    }
    return events
}

let arguments = CommandLine.arguments
guard arguments.count == 2, !arguments[1].hasPrefix("-") else {
    print("""
        usage: yaml-floor FOLDER

        Parses every *.yaml / *.yml file below FOLDER with libyaml's event parser, single-threaded,
        building nothing, and prints the files, bytes, events and seconds (read+parse, parse alone).
        """)
    exit(arguments.count == 2 && (arguments[1] == "-h" || arguments[1] == "--help") ? 0 : 64)
}

let listStart = now()
let files = yamlFiles(in: arguments[1])
let listSeconds = now() - listStart

var buffer = [UInt8](repeating: 0, count: 1 << 16)
var totalBytes = 0
var totalEvents = 0
var parseSeconds = 0.0
let start = now()
for path in files {
    let count = readFile(path, into: &buffer)
    totalBytes += count
    let parseStart = now()
    totalEvents += parse(buffer, count: count, path: path)
    parseSeconds += now() - parseStart
}
let seconds = now() - start

func format(_ value: Double, _ decimals: Int = 3) -> String {
    var text = String(Int((value * pow(10, Double(decimals))).rounded()))
    while text.count <= decimals { text = "0" + text }
    text.insert(".", at: text.index(text.endIndex, offsetBy: -decimals))
    return text
}
print("files \(files.count) bytes \(totalBytes) events \(totalEvents) "
    + "read+parse \(format(seconds)) s parse \(format(parseSeconds)) s list \(format(listSeconds)) s "
    + "\(format(Double(totalBytes) / 1_000_000 / max(seconds, 1e-9), 1)) MB/s")
