// ldpub — MIT licence.

import Testing

/// The ldpub binary allocates with mimalloc on Linux (Package.swift links it; README: "Performance").
@Suite struct AllocatorTests {
    #if os(Linux)
    /// The dynamic linker's own record of its bindings (`LD_DEBUG=bindings`): libyaml's and
    /// Swift's runtime's `malloc` resolve to mimalloc, not to the C library's, which they would
    /// if the link dropped the library or put it after the C library.
    @Test func libyamlAndSwiftsRuntimeAllocateWithMimalloc() throws {
        let run = try LDPubBinary.run(["--version"], environment: ["LD_DEBUG": "bindings"])
        #expect(run.status == 0, "\(run)")
        let bindings = run.standardError.split(separator: "\n").filter { $0.contains("normal symbol `malloc'") }
        for library in ["libyaml", "libswiftCore"] {
            let binding = bindings.first { $0.contains("binding file ") && $0.split(separator: " to ").first?.contains(library) == true }
            #expect(binding?.contains("libmimalloc") == true, "\(library): \(binding.map(String.init) ?? "no binding of malloc")")
        }
    }
    #endif
}
