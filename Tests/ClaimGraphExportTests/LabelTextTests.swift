// ldpub — MIT licence.

@testable import ClaimGraphExport
import Testing

@Suite struct LabelTextTests {
    @Test func shortTextStaysOnOneLine() {
        #expect(LabelText.wrapped("Ketamine blokkeert de NMDA-receptor.") == "Ketamine blokkeert de NMDA-receptor.")
        #expect(LabelText.wrapped("") == "")
    }

    @Test func wrapsAtSpacesWithinTheWidth() {
        let text = "Het effect van ketamine is bij veel patiënten binnen enkele uren merkbaar, en houdt ongeveer een week aan."
        let wrapped = LabelText.wrapped(text)
        #expect(wrapped == "Het effect van ketamine is bij veel\npatiënten binnen enkele uren merkbaar,\nen houdt ongeveer een week aan.")
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= LabelText.lineWidth })
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
    }

    @Test func cutsWordsLongerThanTheWidth() {
        let word = String(repeating: "ab", count: 25)
        #expect(LabelText.wrapped("x " + word, width: 20) == "x\n" + String(repeating: "ab", count: 10) + "\n"
                + String(repeating: "ab", count: 10) + "\n" + String(repeating: "ab", count: 5))
    }

    @Test func cutsAVeryLongWordInLinearTime() {
        let wrapped = LabelText.wrapped(String(repeating: "x", count: 400_000))
        let lines = wrapped.split(separator: "\n")
        #expect(lines.count == 10_000)
        #expect(lines.allSatisfy { $0.count == 40 })
    }

    @Test func keepsLineBreaksAndCountsCharactersNotBytes() {
        #expect(LabelText.wrapped("one\r\ntwo\nthree") == "one\ntwo\nthree")
        #expect(LabelText.wrapped("🧠🧠🧠 🧠🧠", width: 5) == "🧠🧠🧠\n🧠🧠")
        #expect(LabelText.wrapped("a  b", width: 10) == "a  b")
    }

    @Test func wrapsRandomTextAsTheOracle() {
        var random = SeededRandom(seed: 40)
        for round in 0..<20_000 {
            let text = RandomText.make(using: &random, maxPieces: 40, onlySingleScalar: round.isMultiple(of: 2))
            let width = random.chance(0.5) ? LabelText.lineWidth : Int.random(in: 1...12, using: &random)
            #expect(LabelText.wrapped(text, width: width) == OldLabelText.wrapped(text, width: width),
                    "width \(width): \(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func writesWrappedLabelsAsTheOracleEscapesThem() {
        var random = SeededRandom(seed: 41)
        for _ in 0..<5_000 {
            let text = RandomText.make(using: &random, maxPieces: 40)
            var writer = DOTWriter()
            writer.appendLabel(.wrapped(text, note: "uncited"))
            let expected = OldDOTString.quoted(OldLabelText.wrapped(text) + "\nuncited")
            #expect("\"" + String(decoding: writer.bytes, as: UTF8.self) + "\"" == expected, "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func shortensAtASpace() {
        #expect(LabelText.shortened("short", limit: 30) == "short")
        #expect(LabelText.shortened("Richtlijn depressie bij volwassenen", limit: 30) == "Richtlijn depressie bij…")
        #expect(LabelText.shortened(String(repeating: "x", count: 40), limit: 10) == String(repeating: "x", count: 9) + "…")
    }
}
