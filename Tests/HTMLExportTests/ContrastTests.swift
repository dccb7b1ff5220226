// ldpub — MIT licence.

import Foundation
@testable import HTMLExport
import Testing

/// WCAG 2.x contrast of the colours the pages draw text and marks in.
@Suite struct ContrastTests {
    /// The relative luminance of `#rrggbb`, as WCAG 2.x defines it.
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        let channels = stride(from: 0, to: 6, by: 2).map { index -> Double in
            let value = Double(Int(String(digits[index...index + 1]), radix: 16) ?? 0) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    static func ratio(_ foreground: String, _ background: String) -> Double {
        let (a, b) = (luminance(foreground), luminance(background))
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    @Test func theFormulaMatchesKnownValues() {
        #expect(abs(Self.ratio("#000000", "#ffffff") - 21) < 0.001)
        #expect(abs(Self.ratio("#777777", "#ffffff") - 4.48) < 0.01)
        #expect(abs(Self.ratio("#b00020", "#ffffff") - 7.33) < 0.01)
    }

    @Test func textReachesAA() {
        for pair in PagePalette.textPairs {
            let ratio = Self.ratio(pair.foreground.hex, pair.background.hex)
            #expect(ratio >= 4.5, "--\(pair.foreground.name) on --\(pair.background.name): \(ratio)")
        }
    }

    @Test func marksReachThreeToOne() {
        for pair in PagePalette.markPairs {
            let ratio = Self.ratio(pair.foreground.hex, pair.background.hex)
            #expect(ratio >= 3, "--\(pair.foreground.name) on --\(pair.background.name): \(ratio)")
        }
    }

    @Test func theStyleSheetDeclaresEveryColourAndUsesNoOther() {
        let css = PageStyle.css
        for colour in PagePalette.all {
            #expect(css.contains("  --\(colour.name): \(colour.hex);\n"))
        }
        let rules = css.split(separator: "\n").filter { !$0.hasPrefix("  --") }
        for rule in rules {
            #expect(!rule.contains("#"), "a colour outside the palette: \(rule)")
            #expect(!rule.contains("rgb"), "a colour outside the palette: \(rule)")
        }
        #expect(css.contains(":focus-visible { outline: 3px solid var(--focus);"))
    }
}
