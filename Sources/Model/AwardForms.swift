import VietText

/// Commendation forms in order of precedence, following the Law on Emulation and Commendation 2022
/// (Luật Thi đua, khen thưởng số 06/2022/QH15) and Decree 98/2023/NĐ-CP.
///
/// The law lists the forms of commendation (Huân chương, Huy chương, danh hiệu vinh dự Nhà nước, …,
/// Kỷ niệm chương, Bằng khen, Giấy khen) and, separately, the emulation titles (Cờ thi đua, Chiến sĩ
/// thi đua, Tập thể lao động xuất sắc, …), with no single order across the two lists. The order here
/// ranks first by the level of the authority that confers it (Nhà nước → Thủ tướng, Chính phủ → bộ,
/// ngành, tỉnh → huyện, sở → xã → cơ sở), and within one level: Huân chương by class, Huy chương,
/// honorary titles, Bằng khen của Thủ tướng, Cờ thi đua, Chiến sĩ thi đua, then Bằng khen and Kỷ niệm
/// chương, as provincial decisions and summary reports list them. Matching is by prefix of the matching
/// key, so "Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn" finds "Bằng khen của Chủ tịch UBND tỉnh".
public enum AwardForms {
    /// Canonical names, highest first. Several spellings map to one rank through `aliases`.
    public static let ranked: [(name: String, aliases: [String])] = [
        ("Huân chương Sao vàng", []),
        ("Huân chương Hồ Chí Minh", []),
        ("Huân chương Độc lập hạng Nhất", []),
        ("Huân chương Độc lập hạng Nhì", []),
        ("Huân chương Độc lập hạng Ba", []),
        ("Huân chương Quân công hạng Nhất", []),
        ("Huân chương Quân công hạng Nhì", []),
        ("Huân chương Quân công hạng Ba", []),
        ("Huân chương Lao động hạng Nhất", []),
        ("Huân chương Lao động hạng Nhì", []),
        ("Huân chương Lao động hạng Ba", []),
        ("Huân chương Bảo vệ Tổ quốc hạng Nhất", []),
        ("Huân chương Bảo vệ Tổ quốc hạng Nhì", []),
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", []),
        ("Huân chương Chiến công hạng Nhất", []),
        ("Huân chương Chiến công hạng Nhì", []),
        ("Huân chương Chiến công hạng Ba", []),
        ("Huân chương Dũng cảm", []),
        ("Huân chương Hữu nghị", []),
        ("Huy chương", []),
        ("Danh hiệu Anh hùng Lao động", ["Anh hùng Lao động"]),
        ("Danh hiệu Anh hùng Lực lượng vũ trang nhân dân", ["Anh hùng Lực lượng vũ trang nhân dân"]),
        ("Bằng khen của Thủ tướng Chính phủ", ["Bằng khen Thủ tướng Chính phủ", "Bằng khen của Thủ tướng"]),
        ("Cờ thi đua của Chính phủ", []),
        ("Chiến sĩ thi đua toàn quốc", []),
        ("Cờ thi đua cấp bộ, ban, ngành, tỉnh", ["Cờ thi đua của UBND tỉnh", "Cờ thi đua của Ủy ban nhân dân tỉnh",
                                                "Cờ thi đua của Bộ", "Cờ thi đua cấp tỉnh", "Cờ thi đua cấp bộ", "Cờ thi đua"]),
        ("Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh", ["Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua cấp bộ"]),
        ("Bằng khen cấp bộ, ban, ngành, tỉnh", ["Bằng khen của Chủ tịch UBND tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                                               "Bằng khen của UBND tỉnh", "Bằng khen của Ủy ban nhân dân tỉnh",
                                               "Bằng khen của Bộ", "Bằng khen của Bộ trưởng", "Bằng khen cấp tỉnh",
                                               "Bằng khen cấp bộ", "Bằng khen"]),
        ("Kỷ niệm chương", []),
        ("Tập thể lao động xuất sắc", []),
        ("Giấy khen cấp huyện, sở, ngành", ["Giấy khen của Chủ tịch UBND huyện", "Giấy khen của Chủ tịch Ủy ban nhân dân huyện",
                                           "Giấy khen của Chủ tịch UBND thành phố", "Giấy khen cấp huyện",
                                           "Giấy khen của Giám đốc Sở", "Giấy khen của Thủ trưởng", "Giấy khen"]),
        ("Giấy khen của Chủ tịch UBND xã", ["Giấy khen của Chủ tịch Ủy ban nhân dân xã", "Giấy khen cấp xã",
                                           "Giấy khen của Chủ tịch UBND phường", "Giấy khen của Chủ tịch UBND thị trấn"]),
        ("Giấy khen của doanh nghiệp, hợp tác xã", ["Giấy khen của Giám đốc doanh nghiệp", "Giấy khen của Giám đốc công ty",
                                                   "Giấy khen của Chủ nhiệm hợp tác xã"]),
        ("Chiến sĩ thi đua cơ sở", []),
        ("Tập thể lao động tiên tiến", []),
        ("Lao động tiên tiến", []),
    ]

    private static let keyed: [(key: String, rank: Int)] = {
        var out: [(String, Int)] = []
        for (rank, entry) in ranked.enumerated() {
            for name in [entry.name] + entry.aliases { out.append((VietMatch.key(name), rank)) }
        }
        // Longest first, so "giấy khen của chủ tịch ubnd xã" wins over "giấy khen".
        return out.sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0 < $1.0 }
    }()

    /// Rank of a form as written, or nil when it is not a known form.
    public static func rank(of form: String) -> Int? {
        let key = VietMatch.key(form)
        for entry in keyed where key == entry.key || key.hasPrefix(entry.key + " ") { return entry.rank }
        return nil
    }

    /// Rank given to forms the registry does not know: after every known one.
    public static var unknownRank: Int { ranked.count }

    /// The name a list groups a rank under: the canonical name, or nil for unknown forms.
    public static func groupName(rank: Int) -> String? {
        ranked.indices.contains(rank) ? ranked[rank].name : nil
    }
}
