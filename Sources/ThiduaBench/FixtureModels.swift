import VietText
/// What the commendation generator needs to know about a model it may point at.
struct ModelRef {
    let id: String
    let unitCode: String
    let year: Int
    /// As a commendation list names the recipient: "Hộ ông Hoàng Văn Dũng".
    let recipient: String
    let recipientType: String
    let draft: Bool
}

/// Writes `models/<id>.md`: exemplary models with front matter and a composed story.
enum FixtureModels {
    enum Subject: String, CaseIterable {
        case hoGiaDinh = "ho_gia_dinh", caNhan = "ca_nhan", htx, tapThe = "tap_the", doanhNghiep = "doanh_nghiep", congDong = "cong_dong"

        var isGroup: Bool { self != .hoGiaDinh && self != .caNhan }
    }

    static func write(count: Int, units: FixtureUnits, into writer: inout FixtureWriter) throws -> (refs: [ModelRef], words: Int) {
        var refs: [ModelRef] = []
        var usedTitles = Set<String>()
        var totalWords = 0
        refs.reserveCapacity(count)
        for i in 0..<count {
            let (text, ref, words) = model(i, units: units, usedTitles: &usedTitles)
            try writer.write("models/\(ref.id).md", text)
            refs.append(ref)
            totalWords += words
        }
        return (refs, totalWords)
    }

    private static func pickCommune(_ units: FixtureUnits, rng: inout SplitMix64) -> FixtureUnit {
        // Models come mostly from poorer rural communes, as in real showcases.
        var best = units.all[units.communes[rng.int(units.communes.count)]]
        for _ in 0..<24 {
            let c = units.all[units.communes[rng.int(units.communes.count)]]
            let rural = c.name.hasPrefix("Xã") ? 1.0 : 0.25
            if rng.chance(min(1, (0.2 + c.baseRate / 18) * rural)) { return c }
            best = c
        }
        return best
    }

    private static func money(_ millions: Int) -> String {
        millions >= 1_000 ? VietNumber.format(Double(millions) / 1_000, decimals: 1).replacingOccurrences(of: ",0", with: "") + " tỷ đồng"
                          : VietNumber.format(Double(millions), decimals: 0) + " triệu đồng"
    }

    private static func hamletCore(_ hamlet: String) -> String {
        for p in ["tổ dân phố ", "thôn ", "bản ", "buôn ", "làng ", "ấp "] where hamlet.hasPrefix(p) { return String(hamlet.dropFirst(p.count)) }
        return hamlet
    }

    static func model(_ i: Int, units: FixtureUnits, usedTitles: inout Set<String>) -> (String, ModelRef, Int) {
        var rng = SplitMix64(key: "model:\(i)")
        let commune = pickCommune(units, rng: &rng)
        let district = units.all[commune.district!]
        let province = units.all[commune.province]
        let roll = rng.unit()
        let subject: Subject = roll < 0.5 ? .hoGiaDinh : roll < 0.7 ? .caNhan : roll < 0.8 ? .htx : roll < 0.9 ? .tapThe
            : roll < 0.95 ? .doanhNghiep : .congDong
        let choices = Livelihoods.all.filter { $0.fits(commune.region) && (!subject.isGroup || $0.collectiveFriendly) }
        let l = rng.pick(choices)
        let year = rng.int(in: 2021...2025)
        let start = year - rng.int(in: 2...6)
        let hamlet = FixtureNames.hamlet(region: commune.region, rng: &rng)
        let scaleNow = rng.int(in: l.scale)
        let scaleStart = max(l.scale.lowerBound, min(scaleNow, l.scale.lowerBound + rng.int((l.scale.count / 5) + 1)))
        let incomeNow = rng.int(in: l.income)
        let households = rng.int(in: 3...40)
        let jobs = rng.int(in: 2...25)
        let loan = rng.int(in: 6...20) * 5
        let communeName = commune.inText
        var f: StoryText.Facts = [
            "xa": communeName, "huyen": district.inText, "tinh": province.inText, "thon": hamlet,
            "nghe": l.phrase, "sanpham": l.product,
            "quymo0": VietNumber.format(Double(scaleStart), decimals: 0) + " " + l.scaleUnit, "quymo": VietNumber.format(Double(scaleNow), decimals: 0) + " " + l.scaleUnit,
            "von": money(loan), "thunhap": money(incomeNow), "thunhap0": money(max(8, incomeNow / rng.int(in: 5...9))),
            "nam0": String(start), "nam": String(year), "namthoat": String(min(year, start + rng.int(in: 1...3))),
            "soho": "\(households) hộ", "laodong": "\(jobs) lao động",
            "hotro": rng.pick(["Chương trình mục tiêu quốc gia giảm nghèo bền vững", "dự án hỗ trợ sinh kế của huyện",
                               "chương trình cho vay giải quyết việc làm", "dự án đa dạng hóa sinh kế"]),
        ]
        let official = FixtureNames.official(commune: communeName, district: district.inText, hamlet: hamlet,
                                             region: commune.region, rng: &rng)
        f["canbo"] = official.full
        f["canbongan"] = official.short
        var recipient: String
        var title: String
        var titleOptions: [String]
        let recipientType: String
        var unitCode = commune.code
        if subject.isGroup {
            let leader = FixtureNames.person(region: commune.region, older: rng.chance(0.6), rng: &rng)
            let core = hamletCore(hamlet)
            let communeCore = String(commune.name.split(separator: " ", maxSplits: 1).last ?? "")
            let name: String, short: String, post: String
            switch subject {
            case .htx:
                name = "Hợp tác xã \(rng.pick(["Nông nghiệp", "Dịch vụ nông nghiệp", "Nông lâm nghiệp", "Sản xuất và tiêu thụ"])) \(core)"
                short = "hợp tác xã"; post = "Giám đốc hợp tác xã"
            case .tapThe:
                name = "Tổ hợp tác \(l.phrase) \(hamlet)"; short = "tổ hợp tác"; post = "Tổ trưởng tổ hợp tác"
            case .doanhNghiep:
                name = "Công ty TNHH \(rng.pick(["Nông sản", "Thương mại và Dịch vụ", "Chế biến nông lâm sản", "Sản xuất và Xuất khẩu"])) \(communeCore)"
                short = "công ty"; post = "Giám đốc công ty"
            default:
                name = "Tổ tự quản giảm nghèo \(hamlet)"; short = "tổ tự quản"; post = "Tổ trưởng tổ tự quản"
            }
            f["ten"] = name; f["chu"] = short; f["nha"] = "các hộ thành viên"
            f["truong"] = "\(leader.full), \(post),"
            f["thanhvien"] = "\(rng.int(in: 12...160)) thành viên"
            f["doanhthu"] = money(rng.int(in: 4...60) * 100)
            f["luong"] = "\(rng.int(in: 3...5)) đến \(rng.int(in: 6...9)) triệu đồng"
            recipient = name
            recipientType = subject == .doanhNghiep ? "doanh_nghiep" : "tap_the"
            if rng.chance(0.3) { unitCode = district.code }
            titleOptions = ["{Ten}: liên kết {nghe}, giúp {soho} thoát nghèo", "{Ten} – điểm tựa giảm nghèo của bà con {thon}",
                            "{Ten}: đưa {sanpham} thành sinh kế bền vững ở {xa}"]
        } else {
            let p = FixtureNames.person(region: commune.region, older: rng.chance(0.3), rng: &rng)
            f["chu"] = p.short; f["ten"] = p.full; f["nha"] = "gia đình " + p.short; f["vochong"] = p.spouse
            recipient = subject == .hoGiaDinh ? "Hộ " + p.formal.prefix(1).lowercased() + p.formal.dropFirst() : p.formal
            recipientType = subject.rawValue
            titleOptions = subject == .hoGiaDinh
                ? ["Hộ {ten}: {nghe}, vươn lên thoát nghèo", "Hộ {ten} ở {xa} thoát nghèo nhờ {nghe}",
                   "Hộ {ten}: từ hộ nghèo thành hộ sản xuất giỏi nhờ {nghe}"]
                : ["{Ten} – người tiên phong {nghe} ở {xa}", "{Ten}: {nghe} và hành trình thoát nghèo", "{Ten} làm giàu từ {nghe}"]
        }
        let first = rng.int(titleOptions.count)
        titleOptions = Array(titleOptions[first...] + titleOptions[..<first]) + ["{Ten} ({xa}, {huyen}): {nghe}", "{Ten} ({xa}, {huyen}, {tinh}): {nghe} ({nam})"]
        title = StoryText.fill(titleOptions[0], f)
        for option in titleOptions {
            title = StoryText.fill(option, f)
            if !usedTitles.contains(title) { break }
        }
        if usedTitles.contains(title) { title += " – điển hình số \(i + 1)" }
        usedTitles.insert(title)

        let summary = summaryText(subject.isGroup
            ? "{Ten} ({xa}, {huyen}, {tinh}) tập hợp {thanhvien}, phần lớn là hộ nghèo, cùng {nghe}. Mô hình tạo việc làm cho {laodong} và đã giúp {soho} thoát nghèo."
            : rng.pick(["Từ hộ nghèo ở {thon}, {xa}, {huyen}, {tinh}, {nha} mạnh dạn vay {von} để {nghe}. Nay gia đình có thu nhập khoảng {thunhap} mỗi năm và đã giúp {soho} trong thôn cùng làm theo.",
                        "{Ten} ({xa}, {tinh}) thoát nghèo năm {namthoat} nhờ {nghe}, hiện có {quymo} và tạo việc làm cho {laodong}."]), f)
        var results: [(String, String)] = subject.isGroup
            ? [("Thành viên", f["thanhvien"]!), ("Doanh thu năm \(year)", f["doanhthu"]!), ("Hộ thoát nghèo", f["soho"]!),
               ("Lao động có việc làm", f["laodong"]!)]
            : [("Thu nhập bình quân", f["thunhap"]! + "/năm"), ("Quy mô", f["quymo"]!), ("Năm thoát nghèo", f["namthoat"]!),
               ("Việc làm tạo ra", f["laodong"]!)]
        results = Array(results.prefix(rng.int(in: 2...4)))
        let sections = subject.isGroup ? StoryText.groupSections(l) : StoryText.personSections(l)
        let story = StoryText.compose(sections: sections, facts: f,
                                      targetWords: subject.isGroup ? rng.int(in: 430...760) : rng.int(in: 430...820),
                                      maxWords: subject.isGroup ? 790 : 820, results: results, rng: &rng)
        let id = "\(l.slug)-\(VietSlug.make(String(commune.name.split(separator: " ", maxSplits: 1).last ?? "")))-\(i + 1)"
        let draft = i % 500 == 13
        var tags = [l.tag]
        if rng.chance(0.5) { tags.append("thoát nghèo bền vững") }
        if commune.region == .northMountain || commune.region == .centralHighlands, rng.chance(0.6) { tags.append("đồng bào dân tộc thiểu số") }
        let contact = rng.pick(["Phòng Lao động - Thương binh và Xã hội \(district.inText)", "UBND \(communeName)",
                                "Hội Nông dân \(district.inText)", "Hội Liên hiệp Phụ nữ \(district.inText)"])
        var fm = "---\n"
        fm += "title: \(yamlQuoted(title))\n"
        fm += "unit: \(yamlQuoted(unitCode))\n"
        fm += "year: \(year)\n"
        fm += "subject: \(subject.rawValue)\n"
        fm += "field: \(yamlQuoted(subject == .htx && rng.chance(0.5) ? "Hợp tác xã, tổ hợp tác" : l.field))\n"
        fm += "summary: \(yamlQuoted(summary))\n"
        fm += "tags: [" + tags.map(yamlQuoted).joined(separator: ", ") + "]\n"
        fm += "results:\n"
        for (label, value) in results { fm += "  - { label: \(yamlQuoted(label)), value: \(yamlQuoted(value)) }\n" }
        fm += "contact: \(yamlQuoted(contact))\n"
        fm += "published: \(year)-\(pad(rng.int(in: 1...12)))-\(pad(rng.int(in: 1...28)))\n"
        if i % 250 == 7 { fm += "featured: true\n" }
        if draft { fm += "draft: true\n" }
        fm += "---\n"
        let ref = ModelRef(id: id, unitCode: unitCode, year: year, recipient: recipient, recipientType: recipientType, draft: draft)
        return (fm + story.text, ref, story.words)
    }

    /// A summary of at most 300 characters, cut at a word when a long place name makes it longer.
    static func summaryText(_ template: String, _ f: StoryText.Facts) -> String {
        var s = StoryText.fill(template, f)
        guard s.count > 300 else { return s }
        s = String(s.prefix(299))
        if let space = s.lastIndex(of: " ") { s = String(s[..<space]) }
        while let last = s.last, ",.;:(".contains(last) { s.removeLast() }
        return s + "…"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
