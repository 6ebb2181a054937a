/// A link or media reference in a built page that does not lead to a file of the site.
public struct BrokenLink: Sendable, Equatable {
    /// Output path of the HTML file that holds the reference.
    public let page: String
    /// The attribute value as written in the HTML.
    public let target: String
    /// `href`, `src` or `srcset`.
    public let attribute: String

    public init(page: String, target: String, attribute: String) {
        self.page = page
        self.target = target
        self.attribute = attribute
    }
}
