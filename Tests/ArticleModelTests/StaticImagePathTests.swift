// ldpub — MIT licence.

import ArticleModel
import Testing

/// Which file of `static/` a relative image URL names.
@Suite struct StaticImagePathTests {
    @Test(arguments: [
        ("images/brein.jpg", "https://www.example.org/", "images/brein.jpg"),
        ("./images/brein.jpg?v=2#top", "https://www.example.org/", "images/brein.jpg"),
        ("/images/brein.jpg", "https://www.example.org/", "images/brein.jpg"),
        ("/kennis/images/brein.jpg", "https://www.example.org/kennis/", "images/brein.jpg"),
        ("images/mijn%20brein.jpg", "https://www.example.org/", "images/mijn brein.jpg"),
    ])
    func namesTheFileUnderStatic(_ url: String, _ site: String, _ path: String) {
        #expect(StaticFiles.path(named: url, siteURL: site) == path)
    }

    @Test(arguments: ["https://cdn.example.org/a.jpg", "//cdn.example.org/a.jpg", "/andere/a.jpg", "../a.jpg", "images/../../a.jpg", "images//a.jpg", ""])
    func namesNoFileOutsideTheSite(_ url: String) {
        #expect(StaticFiles.path(named: url, siteURL: "https://www.example.org/kennis/") == nil)
    }
}
