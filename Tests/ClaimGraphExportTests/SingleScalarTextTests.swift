// ldpub — MIT licence.

@testable import ClaimGraphExport
import Testing

/// The scalars that ``SingleScalarText`` lets through, checked against Swift's grapheme breaking,
/// so a toolchain with a newer Unicode version that made one of them join its neighbour fails here.
@Suite struct SingleScalarTextTests {
    static let candidates: [Unicode.Scalar] = (UInt32(0)...0x10FFFF).compactMap {
        SingleScalarText.standsAlone($0) ? Unicode.Scalar($0) : nil
    }

    /// A scalar that joins neither the scalar before nor the one after, nor a copy of itself, is
    /// no extending or spacing mark, joiner, prepended mark, Hangul jamo or regional indicator:
    /// then no rule of UAX #29 but CR × LF keeps two such scalars together.
    @Test func everyScalarLetThroughStandsAlone() {
        var joining: [UInt32] = []
        for scalar in Self.candidates where scalar != "\r" {
            let alone = String(scalar)
            if ("a" + alone).count != 2 || (alone + "a").count != 2 || (alone + alone).count != 2 || alone.count != 1 {
                joining.append(scalar.value)
            }
        }
        #expect(joining.isEmpty, "\(joining.map { String($0, radix: 16) })")
    }

    /// Wrapping on the bytes treats these scalars, and only these, as line breaks and spaces.
    @Test func lineBreaksAndSpacesAreTheOnesCharactersKnow() {
        let lineBreaks: Set<UInt32> = [0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]
        for scalar in Self.candidates {
            #expect(Character(scalar).isNewline == lineBreaks.contains(scalar.value), "\(scalar.value)")
            #expect((Character(scalar) == " ") == (scalar == " "), "\(scalar.value)")
        }
        #expect(Character("\r\n").isNewline)
    }

    @Test func measuresCharactersAndFindsLineBreaks() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<5_000 {
            var text = RandomText.make(using: &random)
            let measure = text.withUTF8 { SingleScalarText.measure($0) }
            let isSingleScalar = text.unicodeScalars.allSatisfy { SingleScalarText.standsAlone($0.value) }
            #expect((measure != nil) == isSingleScalar, "\(text.unicodeScalars.map(\.value))")
            if let measure {
                #expect(measure.characters == text.unicodeScalars.count)
                #expect(measure.hasLineBreaks == text.contains(where: \.isNewline))
            }
        }
    }

    @Test func findsTheFirstScalarThatNeedsCharacters() {
        for text in ["", "plain", "patiënten ≥ 💡 “quoted” – Москва", "crlf\r\n", String(repeating: "é", count: 100)] {
            var copy = text
            #expect(copy.withUTF8 { SingleScalarText.measure($0) } != nil, "\(text)")
        }
        for text in ["e\u{301}", "👩‍⚕️", "🇳🇱", "한", "x\u{FE0F}", "\u{FFFF}", "👍🏽", String(repeating: "a", count: 20) + "\u{301}"] {
            var copy = text
            #expect(copy.withUTF8 { SingleScalarText.measure($0) } == nil, "\(text)")
        }
    }
}
