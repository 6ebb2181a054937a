/// Writes `awards/*.csv`: commendation lists grouped in decisions, as offices publish them.
enum FixtureAwards {
    /// Who issues a decision, which decides its form, its symbol and whom it may name.
    private enum Issuer: CaseIterable {
        case xa, huyen, tinh, bo, thuTuong, chuTichNuoc

        var rows: ClosedRange<Int> {
            switch self {
            case .xa: return 3...15
            case .huyen: return 8...40
            case .tinh: return 15...80
            case .bo: return 20...80
            case .thuTuong: return 5...30
            case .chuTichNuoc: return 1...5
            }
        }
    }

    private struct Decision {
        let number: String, date: String, form: String, round: String, year: Int, file: String
    }

    private struct Row {
        let decision: Decision
        let recipient: String, type: String, position: String, unit: String, achievement: String, model: String
    }

    static let header = ["decision", "date", "form", "recipient", "recipient_type", "position", "unit", "achievement",
                         "round", "year", "model"]
    /// The header an office keeps in Vietnamese, as Excel exports it with `;`.
    static let vietnameseHeader = ["Số quyết định", "Ngày quyết định", "Hình thức", "Đối tượng", "Loại đối tượng", "Chức vụ",
                                   "Mã đơn vị", "Thành tích", "Đợt", "Năm", "Mã điển hình"]
    static let typeLabels = ["tap_the": "Tập thể", "ca_nhan": "Cá nhân", "ho_gia_dinh": "Hộ gia đình", "doanh_nghiep": "Doanh nghiệp"]
    static let roundLabels = ["hang_nam": "Hằng năm", "so_ket": "Sơ kết", "tong_ket": "Tổng kết", "dot_xuat": "Đột xuất"]

    static func write(rows target: Int, units: FixtureUnits, models: [ModelRef], into writer: inout FixtureWriter) throws -> (rows: Int, files: Int, linked: Int) {
        var rng = SplitMix64(key: "awards")
        var rows: [Row] = []
        rows.reserveCapacity(target)
        var byCode: [String: Int] = [:]
        for (i, u) in units.all.enumerated() { byCode[u.code] = i }

        // Commendations for exemplary models, so model pages list what they received.
        for m in models where !m.draft && rows.count < target / 5 {
            guard let ui = byCode[m.unitCode] else { continue }
            let u = units.all[ui]
            let count = rng.chance(0.4) ? 0 : (rng.chance(0.3) ? 2 : 1)
            for k in 0..<count {
                let issuer: Issuer = k == 0 ? .huyen : .tinh
                let year = min(2025, m.year + k)
                let d = decision(issuer, year: year, round: "hang_nam",
                                 rng: SplitMix64(key: "model-decision:\(u.province):\(year):\(k)"))
                rows.append(Row(decision: d, recipient: m.recipient, type: m.recipientType, position: "", unit: m.unitCode,
                                achievement: achievement(type: m.recipientType, round: "hang_nam", year: year, rng: &rng), model: m.id))
            }
        }
        let linked = rows.count

        while rows.count < target {
            let roll = rng.unit()
            let issuer: Issuer = roll < 0.3 ? .xa : roll < 0.65 ? .huyen : roll < 0.9 ? .tinh : roll < 0.97 ? .bo : roll < 0.995 ? .thuTuong : .chuTichNuoc
            let anchor = units.all[units.communes[rng.int(units.communes.count)]]
            let kind = rng.unit()
            let round = kind < 0.12 ? "so_ket" : kind < 0.17 ? "dot_xuat" : "hang_nam"
            let year = round == "so_ket" ? 2023 : rng.int(in: 2021...2024)
            let d = decision(issuer, year: year, round: round, rng: SplitMix64(seed: rng.next()))
            let n = min(rng.int(in: issuer.rows), target - rows.count)
            for _ in 0..<n {
                let u = recipientUnit(issuer, anchor: anchor, units: units, rng: &rng)
                let (recipient, type, position) = self.recipient(issuer, form: d.form, unit: u, rng: &rng)
                rows.append(Row(decision: d, recipient: recipient, type: type, position: position, unit: u.code,
                                achievement: rng.chance(0.1) ? "" : achievement(type: type, round: round, year: year, rng: &rng),
                                model: ""))
            }
        }

        var files: [String: CSVText] = [:]
        for r in rows {
            let d = r.decision
            let vietnamese = d.file.hasPrefix("so-ket")
            if files[d.file] == nil {
                var c = CSVText(delimiter: vietnamese ? ";" : ",")
                c.row(vietnamese ? vietnameseHeader : header)
                files[d.file] = c
            }
            files[d.file]!.row([d.number, d.date, d.form, r.recipient, vietnamese ? typeLabels[r.type]! : r.type, r.position,
                                r.unit, r.achievement, vietnamese ? roundLabels[d.round]! : d.round, String(d.year), r.model])
        }
        for name in files.keys.sorted() { try writer.write("awards/\(name).csv", files[name]!.text) }
        return (rows.count, files.count, linked)
    }

    private static func decision(_ issuer: Issuer, year: Int, round: String, rng seed: SplitMix64) -> Decision {
        var rng = seed
        let (form, symbol, numbers): (String, String, ClosedRange<Int>) = {
            switch issuer {
            case .xa: return ("Giấy khen của Chủ tịch UBND xã", "QĐ-UBND", 5...320)
            case .huyen: return ("Giấy khen của Chủ tịch UBND huyện", "QĐ-UBND", 100...3_200)
            case .tinh: return (rng.chance(0.12) ? "Cờ thi đua của UBND tỉnh" : "Bằng khen của Chủ tịch UBND tỉnh", "QĐ-UBND", 100...3_500)
            case .bo: return ("Bằng khen của Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "QĐ-LĐTBXH", 100...2_000)
            case .thuTuong: return ("Bằng khen của Thủ tướng Chính phủ", "QĐ-TTg", 100...2_200)
            case .chuTichNuoc: return ("Huân chương Lao động hạng Ba", "QĐ-CTN", 100...1_800)
            }
        }()
        let date: String
        switch round {
        case "so_ket": date = dmy(rng.int(in: 1...28), rng.int(in: 9...12), 2023)
        case "dot_xuat": date = dmy(rng.int(in: 1...28), rng.int(in: 6...12), year)
        default: date = dmy(rng.int(in: 1...28), rng.int(in: 1...4), year + 1)
        }
        let file = round == "so_ket" ? "so-ket-giua-ky-2023" : round == "dot_xuat" ? "khen-thuong-dot-xuat" : "khen-thuong-\(year)"
        return Decision(number: "\(rng.int(in: numbers))/\(symbol)", date: date, form: form, round: round, year: year, file: file)
    }

    private static func dmy(_ d: Int, _ m: Int, _ y: Int) -> String {
        (d < 10 ? "0\(d)" : "\(d)") + "/" + (m < 10 ? "0\(m)" : "\(m)") + "/\(y)"
    }

    /// A unit inside the issuer's reach: its own commune, district or province, or any for national issuers.
    private static func recipientUnit(_ issuer: Issuer, anchor: FixtureUnit, units: FixtureUnits, rng: inout SplitMix64) -> FixtureUnit {
        let district = anchor.district!
        switch issuer {
        case .xa:
            return anchor
        case .huyen:
            if rng.chance(0.1) { return units.all[district] }
            let cs = units.communesOfDistrict[district] ?? []
            return cs.isEmpty ? units.all[district] : units.all[rng.pick(cs)]
        case .tinh:
            let ds = units.districtsOfProvince[anchor.province] ?? [district]
            let d = rng.pick(ds)
            if rng.chance(0.08) { return units.all[anchor.province] }
            if rng.chance(0.25) { return units.all[d] }
            let cs = units.communesOfDistrict[d] ?? []
            return cs.isEmpty ? units.all[d] : units.all[rng.pick(cs)]
        case .bo, .thuTuong, .chuTichNuoc:
            let r = rng.unit()
            if r < 0.35 { return units.all[rng.pick(units.provinces)] }
            if r < 0.75 { return units.all[rng.pick(units.districts)] }
            return units.all[rng.pick(units.communes)]
        }
    }

    private static func recipient(_ issuer: Issuer, form: String, unit u: FixtureUnit, rng: inout SplitMix64) -> (String, String, String) {
        let place = u.inText
        let roll = rng.unit()
        let collectiveOnly = issuer == .chuTichNuoc || form.hasPrefix("Cờ thi đua")
        let household = u.level == .xa && !collectiveOnly && roll < (issuer == .xa ? 0.45 : issuer == .huyen ? 0.25 : 0.12)
        if household {
            let p = FixtureNames.person(region: u.region, older: true, rng: &rng)
            return ("Hộ " + p.honorific + " " + p.fullName, "ho_gia_dinh", "")
        }
        if !collectiveOnly && roll < 0.6 {
            let p = FixtureNames.person(region: u.region, older: rng.chance(0.5), rng: &rng)
            let hamlet = FixtureNames.hamlet(region: u.region, rng: &rng)
            let post: String
            switch u.level {
            case .xa: post = rng.pick(["Chủ tịch UBND \(place)", "Công chức Lao động - Thương binh và Xã hội \(place)", "Trưởng \(hamlet)",
                                       "Chi hội trưởng Chi hội Phụ nữ \(hamlet)", "Bí thư Chi bộ \(hamlet)", "Người có uy tín \(hamlet)",
                                       "Chủ tịch Hội Nông dân \(place)"])
            case .huyen: post = rng.pick(["Chuyên viên Phòng Lao động - Thương binh và Xã hội", "Phó Chủ tịch UBND \(place)",
                                          "Cán bộ Phòng giao dịch Ngân hàng Chính sách xã hội"])
            case .tinh: post = rng.pick(["Phó Giám đốc Sở Lao động - Thương binh và Xã hội", "Trưởng phòng Bảo trợ xã hội",
                                         "Chuyên viên Văn phòng Điều phối chương trình giảm nghèo"])
            }
            return (p.formal, "ca_nhan", post)
        }
        if !collectiveOnly && roll < 0.68 {
            let core = String(u.name.split(separator: " ", maxSplits: 1).last ?? "")
            return ("\(rng.pick(["Công ty TNHH", "Công ty Cổ phần", "Doanh nghiệp tư nhân"])) \(rng.pick(["Xây dựng", "Nông sản", "Thương mại", "Vận tải", "Chế biến gỗ", "May mặc"])) \(core)",
                    "doanh_nghiep", "")
        }
        let name: String
        switch u.level {
        case .xa:
            let hamlet = FixtureNames.hamlet(region: u.region, rng: &rng)
            name = rng.pick(["UBND \(place)", "Ủy ban Mặt trận Tổ quốc Việt Nam \(place)", "Hội Nông dân \(place)",
                             "Hội Liên hiệp Phụ nữ \(place)", "Đoàn Thanh niên Cộng sản Hồ Chí Minh \(place)",
                             "Nhân dân và cán bộ \(hamlet), \(place)", "Ban Công tác Mặt trận \(hamlet), \(place)"])
        case .huyen:
            name = rng.pick(["Phòng Lao động - Thương binh và Xã hội \(place)", "Phòng giao dịch Ngân hàng Chính sách xã hội \(place)",
                             "UBND \(place)", "Hội Nông dân \(place)", "Ủy ban Mặt trận Tổ quốc Việt Nam \(place)"])
        case .tinh:
            name = rng.pick(["Sở Lao động - Thương binh và Xã hội \(place)", "Ủy ban Mặt trận Tổ quốc Việt Nam \(place)",
                             "Hội Liên hiệp Phụ nữ \(place)", "Chi nhánh Ngân hàng Chính sách xã hội \(place)", "Hội Nông dân \(place)"])
        }
        return (name, "tap_the", "")
    }

    private static func achievement(type: String, round: String, year: Int, rng: inout SplitMix64) -> String {
        switch round {
        case "so_ket":
            return "Có thành tích xuất sắc trong phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 – 2023"
        case "dot_xuat":
            return rng.pick(["Có thành tích đột xuất trong hỗ trợ người dân khắc phục hậu quả thiên tai năm \(year)",
                             "Có hành động dũng cảm giúp đỡ người dân trong mưa lũ năm \(year)"])
        default:
            var options = ["Có thành tích xuất sắc trong phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” năm \(year)",
                           "Có thành tích tiêu biểu trong thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm \(year)"]
            switch type {
            case "ho_gia_dinh": options += ["Hộ gia đình tiêu biểu vươn lên thoát nghèo bền vững năm \(year)",
                                            "Có nhiều đóng góp giúp đỡ hộ nghèo trong thôn năm \(year)"]
            case "doanh_nghiep": options += ["Ủng hộ Quỹ Vì người nghèo và xây dựng nhà Đại đoàn kết cho hộ nghèo năm \(year)",
                                             "Tạo việc làm ổn định cho lao động thuộc hộ nghèo năm \(year)"]
            case "ca_nhan": options += ["Có nhiều sáng kiến trong vận động nguồn lực giúp đỡ hộ nghèo năm \(year)"]
            default: options += ["Hoàn thành xuất sắc chỉ tiêu giảm nghèo năm \(year)"]
            }
            return rng.pick(options)
        }
    }
}
