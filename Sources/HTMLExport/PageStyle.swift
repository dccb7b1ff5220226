// ldpub — MIT licence.

/// The style sheet of the article pages, the index and the editorial view, inlined in each page so a page needs
/// no other file: system fonts only, colours from ``PagePalette``, a visible focus ring.
enum PageStyle {
    /// The sans-serif stack of the interface.
    static let sans = #"-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif"#
    /// The serif stack of article text.
    static let serif = #"Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Liberation Serif", serif"#
    /// The monospace stack of ids and file names.
    static let mono = #"ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace"#

    /// The whole style sheet, one rule per line, ending in a newline.
    static var css: String {
        PagePalette.customProperties + """
        *, *::before, *::after { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--text); font-family: \(sans); font-size: 1rem; line-height: 1.55; }
        a { color: var(--link); }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
        code { font-family: \(mono); font-size: 0.875em; }
        .skip-link { position: absolute; left: -100vw; top: 0.5rem; padding: 0.5rem 1rem; background: var(--bg); color: var(--link); z-index: 1; }
        .skip-link:focus { left: 0.5rem; }
        .site-header { background: var(--header); color: var(--header-text); }
        .site-header :focus-visible { outline-color: var(--header-text); }
        .site-header a { color: var(--header-text); }
        .bar { max-width: 54rem; margin: 0 auto; padding: 0.75rem 1.25rem; display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.25rem 1.5rem; }
        .wide .bar { max-width: 76rem; }
        .site-name { margin: 0; font-weight: 700; }
        .site-name a { text-decoration: none; }
        .site-name a:hover { text-decoration: underline; }
        .site-nav a[aria-current="page"] { font-weight: 700; text-decoration: none; }
        .site-nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; font-size: 0.9375rem; }
        main { display: block; max-width: 54rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
        .wide main { max-width: 76rem; }
        h1 { font-size: 2.25rem; line-height: 1.2; letter-spacing: -0.01em; margin: 0.25rem 0 0.75rem; }
        h2 { font-size: 1.5rem; line-height: 1.3; margin: 2.75rem 0 0.75rem; }
        h3 { font-size: 1.125rem; line-height: 1.35; margin: 1.5rem 0 0.5rem; }
        h4 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
        .kicker { margin: 0; color: var(--muted); font-size: 0.8125rem; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; }
        .description { margin: 0 0 1.25rem; font-family: \(serif); font-size: 1.25rem; line-height: 1.5; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0 0 1.25rem; font-size: 0.9375rem; }
        .facts dt { color: var(--muted); font-weight: 600; }
        .facts dd { margin: 0; }
        .article-image { margin: 0 0 1.25rem; }
        .article-image img { display: block; max-width: 100%; height: auto; border-radius: 6px; }
        .image-note { display: block; margin: 0 0 1.25rem; padding: 0.5rem 0.75rem; border: 1px dashed var(--border); border-radius: 6px; color: var(--muted); font-size: 0.9375rem; }
        .image-note.inline { display: inline; margin: 0; padding: 0 0.25rem; border-radius: 3px; }
        .image-note .label { font-weight: 600; }
        .summary { margin: 1.5rem 0 0.5rem; padding: 1rem 1.25rem; background: var(--panel); border: 1px solid var(--border); border-radius: 8px; }
        .summary h2 { margin: 0 0 0.5rem; font-size: 1.125rem; }
        .summary ul { margin: 0; padding-left: 1.25rem; }
        .summary p { margin: 0.5rem 0 0; }
        .article-section > h2 { padding-top: 1.25rem; border-top: 1px solid var(--border); }
        .prose { font-family: \(serif); font-size: 1.1875rem; line-height: 1.65; }
        .prose p, .prose ul, .prose ol, .prose blockquote, .prose pre { margin: 0 0 1rem; }
        .prose pre { overflow-x: auto; padding: 0.75rem; background: var(--panel); border-radius: 6px; font-size: 0.875rem; }
        .claims { margin: 1.5rem 0 0.5rem; padding: 1rem 1.25rem; background: var(--panel); border: 1px solid var(--border); border-radius: 8px; }
        .claims h3 { margin: 0 0 0.75rem; color: var(--muted); font-size: 0.8125rem; letter-spacing: 0.08em; text-transform: uppercase; }
        .claim-list { list-style: none; margin: 0; padding: 0; }
        .claim { margin: 0.75rem 0 0; padding: 0.75rem 1rem; background: var(--bg); border: 1px solid var(--border); border-left: 6px solid var(--good); border-radius: 6px; }
        .claim:first-child { margin-top: 0; }
        .claim.unsupported { border-left-color: var(--muted); }
        .claim-head { display: flex; flex-wrap: wrap; align-items: center; gap: 0.375rem 0.75rem; margin: 0 0 0.375rem; font-size: 0.875rem; }
        .claim-number { font-weight: 700; }
        .claim-status { color: var(--muted); }
        .status { display: inline-block; padding: 0.0625rem 0.5rem; border-radius: 999px; font-size: 0.8125rem; font-weight: 700; color: var(--header-text); }
        .status.overdue { background: var(--warn); }
        .status.uncited { background: var(--bg); color: var(--muted); border: 1px dashed var(--muted); font-weight: 600; }
        .claim-text { margin: 0 0 0.5rem; font-family: \(serif); font-size: 1.125rem; line-height: 1.5; }
        .claim-sources { margin: 0; padding: 0; list-style: none; font-size: 0.9375rem; }
        .claim-sources li { margin: 0.125rem 0; }
        .cite { font-family: \(sans); font-size: 0.6875em; line-height: 0; }
        .cite a { text-decoration: none; }
        .cite a:hover { text-decoration: underline; }
        .relation { font-size: 0.875rem; font-weight: 700; }
        .relation.supports { color: var(--good); }
        .relation.disputes { color: var(--warn); }
        .relation.mentions { color: var(--muted); }
        .references { margin: 0; padding: 0 0 0 2rem; }
        .reference { padding: 0.75rem 0; border-bottom: 1px solid var(--border); }
        .reference:target, .claim:target { outline: 3px solid var(--focus); outline-offset: 2px; }
        .citation { margin: 0; }
        .citation .links { display: block; font-size: 0.9375rem; overflow-wrap: anywhere; }
        .cited-by { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.875rem; }
        .graph-frame { margin: 1rem 0; padding: 0.5rem; overflow: auto; border: 1px solid var(--border); border-radius: 8px; background: var(--bg); }
        .graph-frame svg [stroke="red"] { stroke: var(--muted); }
        .graph-frame svg [fill="red"] { fill: var(--muted); }
        .graph-frame svg { display: block; max-width: max(100%, 40rem); height: auto; margin: 0 auto; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .note { padding: 0.75rem 1rem; background: var(--warn-bg); color: var(--warn); border-radius: 6px; }
        .downloads { padding-left: 1.25rem; }
        .site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: 0.875rem; }
        .site-footer p { max-width: 54rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
        .wide .site-footer p { max-width: 76rem; }
        .table-frame { overflow-x: auto; margin: 1rem 0; }
        table { width: 100%; border-collapse: collapse; font-size: 0.9375rem; }
        caption { text-align: left; font-weight: 700; padding: 0 0 0.5rem; }
        th, td { padding: 0.5rem 0.625rem; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
        thead th { background: var(--panel); color: var(--muted); font-size: 0.8125rem; letter-spacing: 0.04em; text-transform: uppercase; white-space: nowrap; }
        td.number { text-align: right; white-space: nowrap; }
        td time { white-space: nowrap; }
        .weak { color: var(--bad); font-weight: 700; }
        .meter { display: block; width: 7rem; height: 0.5rem; margin: 0.25rem 0 0 auto; background: var(--bad-bg); border: 1px solid var(--bad); border-radius: 999px; overflow: hidden; }
        .meter span { display: block; height: 100%; background: var(--good); }
        .details-list { padding-left: 1.25rem; }
        .details-list li { margin: 0.25rem 0; }
        .muted { color: var(--muted); }
        .article-list { list-style: none; margin: 0; padding: 0; }
        .entry { padding: 1.25rem 0; border-bottom: 1px solid var(--border); }
        .entry h3 { margin: 0 0 0.375rem; font-size: 1.375rem; }
        .entry-description { margin: 0 0 0.5rem; font-family: \(serif); font-size: 1.125rem; }
        .entry-facts { margin: 0; color: var(--muted); font-size: 0.9375rem; }
        @media (max-width: 40rem) { h1 { font-size: 1.75rem; } .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: 0.5rem; } }

        """
    }
}
