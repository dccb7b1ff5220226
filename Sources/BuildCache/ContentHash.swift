// ldpub — MIT licence.

/// A fast 64-bit hash of file contents, to tell whether an input changed since the last build.
///
/// Not cryptographic: it guards against edits, not against an adversary (whoever can write the
/// input can change the output anyway). Eight bytes at a time with a multiply-xorshift mix, and
/// the length folded in, so the same bytes always give the same value on every machine.
package enum ContentHash {
    package static func of(_ bytes: [UInt8]) -> UInt64 {
        of(bytes[...])
    }

    /// The hash of `bytes`; a `seed` other than 0 chains it to the hash of what came before.
    package static func of(_ bytes: ArraySlice<UInt8>, seed: UInt64 = 0) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count) ^ seed
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                hash = mix(hash ^ word)
                offset += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < raw.count {
                tail |= UInt64(raw[offset]) << shift
                shift += 8
                offset += 1
            }
            hash = mix(hash ^ tail ^ 0xFF51_AFD7_ED55_8CCD)
        }
        return hash
    }

    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        x = x &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 29)
    }
}
