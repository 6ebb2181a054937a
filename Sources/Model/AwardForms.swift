import VietText

/// Commendation forms in order of precedence, following the Law on Emulation and Commendation 2022.
/// Matching is by prefix of the matching key so that "Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn"
/// finds "Bằng khen của Chủ tịch UBND tỉnh".
public enum AwardForms {
    /// Canonical names, highest first. Several spellings map to one rank through `aliases`.
    public static let ranked: [(name: String, aliases: [String])] = [
        ("Huân chương Sao vàng", []),
        ("Huân chương Hồ Chí Minh", []),
        ("Huân chương Độc lập hạng Nhất", []),
        ("Huân chương Độc lập hạng Nhì", []),
        ("Huân chương Độc lập hạng Ba", []),
        ("Huân chương Lao động hạng Nhất", []),
        ("Huân chương Lao động hạng Nhì", []),
        ("Huân chương Lao động hạng Ba", []),
        ("Danh hiệu Anh hùng Lao động", ["Anh hùng Lao động"]),
        ("Cờ thi đua của Chính phủ", []),
        ("Bằng khen của Thủ tướng Chính phủ", ["Bằng khen Thủ tướng Chính phủ"]),
        ("Chiến sĩ thi đua toàn quốc", []),
        ("Cờ thi đua cấp bộ, ban, ngành, tỉnh", ["Cờ thi đua của UBND tỉnh", "Cờ thi đua của Ủy ban nhân dân tỉnh",
                                                "Cờ thi đua của Bộ", "Cờ thi đua cấp tỉnh", "Cờ thi đua"]),
        ("Chiến sĩ thi đua cấp tỉnh", ["Chiến sĩ thi đua cấp bộ"]),
        ("Bằng khen cấp bộ, ban, ngành, tỉnh", ["Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                                               "Bằng khen của UBND tỉnh", "Bằng khen của Bộ", "Bằng khen của Bộ trưởng",
                                               "Bằng khen cấp tỉnh", "Bằng khen"]),
        ("Tập thể lao động xuất sắc", []),
        ("Giấy khen của Chủ tịch UBND huyện", ["Giấy khen của Chủ tịch Ủy ban nhân dân huyện", "Giấy khen cấp huyện",
                                              "Giấy khen của Giám đốc Sở", "Giấy khen"]),
        ("Giấy khen của Chủ tịch UBND xã", ["Giấy khen của Chủ tịch Ủy ban nhân dân xã", "Giấy khen cấp xã"]),
    ]

    private static let keyed: [(key: String, rank: Int)] = {
        var out: [(String, Int)] = []
        for (rank, entry) in ranked.enumerated() {
            for name in [entry.name] + entry.aliases { out.append((VietMatch.key(name), rank)) }
        }
        // Longest first, so "giấy khen của chủ tịch ubnd xã" wins over "giấy khen".
        return out.sorted { $0.0.count > $1.0.count }
    }()

    /// Rank of a form as written, or nil when it is not a known form.
    public static func rank(of form: String) -> Int? {
        let key = VietMatch.key(form)
        for entry in keyed where key == entry.key || key.hasPrefix(entry.key + " ") { return entry.rank }
        return nil
    }

    /// Rank given to forms the registry does not know: after every known one.
    public static var unknownRank: Int { ranked.count }
}
