// ldpub — MIT licence.

/// The colours of the pages, as CSS custom properties, and the foreground/background pairs
/// the style sheet uses them in, so a test can check each pair's contrast (WCAG AA).
enum PagePalette {
    /// A named colour: `--name: #rrggbb`.
    struct Colour: Sendable, Hashable {
        let name: String
        let hex: String
    }

    static let text = Colour(name: "text", hex: "#1f2328")
    static let muted = Colour(name: "muted", hex: "#57606a")
    static let link = Colour(name: "link", hex: "#0a53be")
    static let background = Colour(name: "bg", hex: "#ffffff")
    static let panel = Colour(name: "panel", hex: "#f6f8fa")
    static let border = Colour(name: "border", hex: "#d0d7de")
    static let header = Colour(name: "header", hex: "#1f2937")
    static let headerText = Colour(name: "header-text", hex: "#ffffff")
    static let bad = Colour(name: "bad", hex: "#b00020")
    static let badBackground = Colour(name: "bad-bg", hex: "#fdeef0")
    static let good = Colour(name: "good", hex: "#116329")
    static let goodBackground = Colour(name: "good-bg", hex: "#e9f6ed")
    static let warn = Colour(name: "warn", hex: "#8a4600")
    static let warnBackground = Colour(name: "warn-bg", hex: "#fff4e5")
    static let focus = Colour(name: "focus", hex: "#0a53be")

    /// Every colour, in the order the style sheet declares them.
    static let all: [Colour] = [
        text, muted, link, background, panel, border, header, headerText,
        bad, badBackground, good, goodBackground, warn, warnBackground, focus,
    ]

    /// Text colours on the backgrounds they are drawn on, each of which must reach 4.5:1.
    static let textPairs: [(foreground: Colour, background: Colour)] = [
        (text, background), (muted, background), (link, background),
        (text, panel), (muted, panel), (link, panel),
        (headerText, header),
        (bad, background), (bad, badBackground), (text, badBackground), (link, badBackground), (muted, badBackground),
        (headerText, bad), (headerText, good),
        (good, background), (good, goodBackground),
        (warn, background), (warn, warnBackground), (headerText, warn),
    ]

    /// Non-text marks (focus ring, claim borders) on the background, each of which must reach 3:1.
    static let markPairs: [(foreground: Colour, background: Colour)] = [
        (focus, background), (headerText, header), (bad, background), (good, background), (muted, background),
    ]

    /// `:root { --text: #1f2328; … }`.
    static var customProperties: String {
        ":root {\n" + all.map { "  --\($0.name): \($0.hex);\n" }.joined() + "}\n"
    }
}
