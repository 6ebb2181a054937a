/// A person in the fixture: a model's protagonist, an official quoted in a story, a commendation's
/// recipient. Names are invented from common Vietnamese name parts, matched to the region.
struct Person {
    let fullName: String
    /// The name people use: "Dũng", "Páo".
    let given: String
    let male: Bool
    /// anh / chị for younger protagonists, ông / bà for older ones and for officials.
    let honorific: String

    /// "anh Dũng"
    var short: String { honorific + " " + given }
    /// "anh Hoàng Văn Dũng"
    var full: String { honorific + " " + fullName }
    /// How a commendation list names them: "Ông Hoàng Văn Dũng".
    var formal: String { (male ? "Ông " : "Bà ") + fullName }
    /// "vợ anh", "chồng chị"
    var spouse: String { (male ? "vợ " : "chồng ") + honorific }
}

enum FixtureNames {
    private static let kinhSurnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Phan", "Đặng", "Bùi", "Đỗ",
                                       "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Lương", "Mai", "Cao", "Tạ", "Huỳnh"]
    private static let maleMiddle = ["Văn", "Đức", "Minh", "Hữu", "Quang", "Công", "Xuân", "Thanh", "Đình", "Văn"]
    private static let femaleMiddle = ["Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Thị"]
    private static let maleGiven = ["Dũng", "Hùng", "Tuấn", "Hải", "Long", "Nam", "Sơn", "Thắng", "Cường", "Bình", "Phúc",
                                    "Quý", "Lộc", "Tài", "Thành", "Hòa", "Khánh", "Vinh", "Trung", "Kiên", "Toàn", "Chiến",
                                    "Hiếu", "Mạnh", "Tiến", "Đông", "Huy", "Quân"]
    private static let femaleGiven = ["Mai", "Lan", "Hương", "Hoa", "Thủy", "Hằng", "Nga", "Dung", "Liên", "Yến", "Huệ",
                                      "Nhung", "Thảo", "Xuân", "Hạnh", "Tâm", "Loan", "Phượng", "Vân", "Oanh", "Hiền", "Lụa"]
    private static let mountainSurnames = ["Hoàng", "Nông", "Lương", "Lò", "Lường", "Quàng", "Cầm", "Giàng", "Sùng", "Vàng",
                                           "Thào", "Lý", "Ma", "Triệu", "Bàn", "Lục", "Hà", "Vi", "Sầm", "Lầu"]
    private static let mountainMale = ["Páo", "Chứ", "Dế", "Sình", "Tủa", "Pó", "Khánh", "Pằng", "Thái", "Quyết", "Dìn", "Sáng"]
    private static let mountainFemale = ["Mỷ", "Súa", "Dợ", "Pà", "Xuân", "Mai", "Sinh", "Chi", "Dính", "Lả"]
    private static let highlandSurnames = ["Ksor", "Siu", "Rơ Châm", "Nay", "Rơ Mah", "Đinh", "Y", "A"]
    private static let highlandMale = ["Bơ", "Hlang", "Nhuin", "Blơi", "Thương", "Kha", "Tơ", "Khim", "Sang"]
    private static let highlandFemale = ["H'Nga", "H'Lim", "Hen", "Hơ Nhí", "H'Bla", "Blút", "Hyên"]
    private static let khmerSurnames = ["Thạch", "Sơn", "Danh", "Kim", "Lâm", "Trần"]
    private static let khmerMale = ["Sa Rết", "Phước", "Sóc", "Thol", "Sang", "Sà Rinh"]
    private static let khmerFemale = ["Thị Sa Ry", "Thị Sóc Kha", "Thị Mỹ", "Thị Chanh Đa", "Thị Sa Phia"]

    /// A person whose name fits the region; `older` picks ông/bà over anh/chị.
    static func person(region: Region, older: Bool, rng: inout SplitMix64) -> Person {
        let male = rng.chance(0.55)
        let honorific = older ? (male ? "ông" : "bà") : (male ? "anh" : "chị")
        let roll = rng.unit()
        switch region {
        case .northMountain where roll < 0.65:
            let given = rng.pick(male ? mountainMale : mountainFemale)
            let middle = male ? (rng.chance(0.4) ? "A" : "Văn") : (rng.chance(0.4) ? "Thị" : "Thị")
            return Person(fullName: "\(rng.pick(mountainSurnames)) \(middle) \(given)", given: given, male: male, honorific: honorific)
        case .centralHighlands where roll < 0.5:
            let given = rng.pick(male ? highlandMale : highlandFemale)
            return Person(fullName: "\(rng.pick(highlandSurnames)) \(given)", given: given, male: male, honorific: honorific)
        case .mekong where roll < 0.2:
            let given = rng.pick(male ? khmerMale : khmerFemale)
            let short = given.hasPrefix("Thị ") ? String(given.dropFirst(4)) : given
            return Person(fullName: "\(rng.pick(khmerSurnames)) \(given)", given: short, male: male, honorific: honorific)
        default:
            let given = rng.pick(male ? maleGiven : femaleGiven)
            let middle = rng.pick(male ? maleMiddle : femaleMiddle)
            return Person(fullName: "\(rng.pick(kinhSurnames)) \(middle) \(given)", given: given, male: male, honorific: honorific)
        }
    }

    private static let mountainHamlet = (["Nà", "Khuổi", "Pác", "Phiêng", "Co", "Hua", "Nậm", "Bó", "Lũng", "Khau", "Slam"],
                                         ["Lầu", "Ky", "Ngòi", "Pài", "Muông", "Pù", "Mạ", "Cáy", "Hin", "Tấu", "Vài", "Sla"])
    private static let highlandHamlet = (["Ea", "Kon", "Đắk", "Plei", "Tơ", "Ia"],
                                         ["Sar", "Tum", "Klang", "Pơng", "Bư", "Kring", "Ring", "Mơ Nú"])
    private static let plainHamlet = (["Đông", "Tây", "Trung", "Thượng", "Hạ", "Tân", "Yên", "Phú", "An", "Văn", "Hòa"],
                                      ["Lập", "Thịnh", "Hòa", "Lạc", "Phong", "Bình", "Đoài", "Phúc", "Vinh", "Xá", "Mỹ"])
    private static let mekongHamlet = (["Tân", "Phú", "Hòa", "Long", "Mỹ", "An", "Thạnh", "Bình", "Sóc"],
                                       ["Lợi", "Hưng", "Thạnh", "Phú", "Đông", "Tây", "Hòa", "Xuân", "Trung", "Xoài"])

    /// A hamlet name with the word the region uses for it: "bản Nà Lầu", "buôn Ea Sar", "ấp Tân Lợi".
    static func hamlet(region: Region, rng: inout SplitMix64) -> String {
        switch region {
        case .northMountain:
            return (rng.chance(0.5) ? "bản " : "thôn ") + rng.pick(mountainHamlet.0) + " " + rng.pick(mountainHamlet.1)
        case .centralHighlands:
            return rng.pick(["buôn ", "làng ", "thôn "]) + rng.pick(highlandHamlet.0) + " " + rng.pick(highlandHamlet.1)
        case .mekong:
            return "ấp " + rng.pick(mekongHamlet.0) + " " + rng.pick(mekongHamlet.1)
        case .city:
            return "tổ dân phố " + rng.pick(plainHamlet.0) + " " + rng.pick(plainHamlet.1)
        default:
            return "thôn " + rng.pick(plainHamlet.0) + " " + rng.pick(plainHamlet.1)
        }
    }

    /// An official whose words a story quotes, with the post that makes them worth quoting.
    static func official(commune: String, district: String, hamlet: String, region: Region,
                         rng: inout SplitMix64) -> (full: String, short: String) {
        let p = person(region: region, older: true, rng: &rng)
        let post = rng.pick([
            "Chủ tịch UBND \(commune)", "Phó Chủ tịch UBND \(commune)", "Bí thư Đảng ủy \(commune)",
            "Chủ tịch Hội Nông dân \(commune)", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam \(commune)",
            "Trưởng phòng Lao động - Thương binh và Xã hội \(district)",
            "Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội \(district)", "Trưởng \(hamlet)",
        ])
        return ("\(p.full), \(post)", p.short)
    }
}
