/// A list of model cards cut into pages, so that a national showcase (3,000 models and more, over
/// 4 MB on one page) opens on a phone. Page 1 keeps the list's own address; page k is
/// `…/trang/k/`. A list of up to `pagedAbove` cards (a province's showcase, under 1 MB) stays one
/// page, exactly as before, with its in-page filters.
struct CardPaging {
    static let pageSize = 120
    static let pagedAbove = 600

    /// Output path of page 1.
    let first: String
    let models: [Int]
    let size: Int

    init(first: String, models: [Int], size: Int = CardPaging.pageSize, pagedAbove: Int = CardPaging.pagedAbove) {
        self.first = first
        self.models = models
        self.size = models.count > pagedAbove ? max(1, size) : max(1, models.count)
    }

    var pageCount: Int { max(1, (models.count + size - 1) / size) }

    func path(_ page: Int) -> String { page == 1 ? first : Routes.listPage(first, page) }

    func models(on page: Int) -> ArraySlice<Int> {
        models[min(models.count, (page - 1) * size)..<min(models.count, page * size)]
    }

    /// The title of page `page`: unique on every page of the list.
    func title(_ base: String, page: Int) -> String {
        pageCount == 1 ? base : "\(base) (trang \(page)/\(pageCount))"
    }

    /// Keys of the pager the list templates show under the cards (`paged` false when one page).
    func keys(page: Int, linker: PageLinker, format: Formatter) -> ViewModel {
        guard pageCount > 1 else { return ["paged": false] }
        return [
            "paged": true,
            "pageNumber": format.integer(page),
            "pageCount": format.integer(pageCount),
            "pageSize": format.integer(size),
            "pagerPages": (1...pageCount).map { k -> ViewModel in
                ["label": format.integer(k), "href": linker.pageLink(path(k)), "current": k == page]
            },
        ]
    }
}
