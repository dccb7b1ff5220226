import Testing
@testable import ArticleModel
@Test func placeholder() {}
