import Foundation

/// One administrative unit of the fixture with what the other generators need to know about it.
struct FixtureUnit {
    enum Level: String { case tinh, huyen, xa }

    let code: String
    /// Official full name with its type ("Xã Hồng Phong", "Thành phố Bắc Kạn").
    let name: String
    let level: Level
    let parent: String?
    var tags: [String]
    /// Indices into `FixtureUnits.all`; nil for a province.
    let province: Int
    let district: Int?
    /// Poverty rate (%) the unit starts the period with; drives every generated value.
    let baseRate: Double
    let region: Region

    /// The name as it reads inside a sentence: "xã Hồng Phong", "thành phố Bắc Kạn".
    let inText: String
}

/// Regions decide names, livelihoods and poverty levels, so stories fit the place they are set in.
enum Region: String {
    case northMountain, centralHighlands, mekong, northCentral, delta, city

    var tag: String {
        switch self {
        case .northMountain: return "mien_nui_phia_bac"
        case .centralHighlands: return "tay_nguyen"
        case .mekong: return "dong_bang_song_cuu_long"
        case .northCentral: return "bac_trung_bo_duyen_hai"
        case .delta: return "dong_bang_song_hong"
        case .city: return "do_thi"
        }
    }
}

/// The country's provinces, districts and communes read from `dvhc-2024.csv`.
struct FixtureUnits {
    private(set) var all: [FixtureUnit] = []
    /// Indices of communes, plus districts without communes (islands), in file order:
    /// these are the units that report yearly figures.
    private(set) var reporting: [Int] = []
    private(set) var communes: [Int] = []
    private(set) var districts: [Int] = []
    private(set) var provinces: [Int] = []
    private(set) var communesOfDistrict: [Int: [Int]] = [:]
    private(set) var districtsOfProvince: [Int: [Int]] = [:]

    static let typeWords = ["Thành phố", "Thị xã", "Thị trấn", "Quận", "Huyện", "Phường", "Xã", "Tỉnh"]

    /// Sources write "Thành Phố", "Thị Trấn" or leave the type out; the official name is type + name.
    static func officialName(_ raw: String, type: String) -> String {
        let name = raw.split(whereSeparator: { $0 == " " }).joined(separator: " ")
        let lower = name.lowercased()
        for word in typeWords where lower == word.lowercased() || lower.hasPrefix(word.lowercased() + " ") {
            return word + name.dropFirst(word.count)
        }
        return type.isEmpty ? name : type + " " + name
    }

    static func lowercasingType(_ name: String) -> String {
        for word in typeWords where name.hasPrefix(word + " ") {
            return word.lowercased() + name.dropFirst(word.count)
        }
        return name
    }

    /// Reads the official list; a missing or malformed file is an error naming it.
    static func load(dvhcPath: String) throws -> FixtureUnits {
        guard let data = FileManager.default.contents(atPath: dvhcPath) else {
            throw FixtureError("Không đọc được \(dvhcPath): cần tệp danh mục đơn vị hành chính dvhc-2024.csv.")
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        guard !lines.isEmpty else { throw FixtureError("\(dvhcPath) trống.") }
        let header = splitCSVLine(lines.removeFirst()).map { $0.trimmingCharacters(in: .whitespaces) }
        let need = ["province_code", "province_name", "district_code", "district_name", "district_type", "ward_code", "ward_name", "ward_type"]
        var col: [String: Int] = [:]
        for n in need {
            guard let i = header.firstIndex(of: n) else { throw FixtureError("\(dvhcPath) thiếu cột \(n).") }
            col[n] = i
        }
        var units = FixtureUnits()
        var byCode: [String: Int] = [:]
        for (lineNo, line) in lines.enumerated() where !line.isEmpty {
            let f = splitCSVLine(line)
            guard f.count == header.count else {
                throw FixtureError("\(dvhcPath):\(lineNo + 2): dòng có \(f.count) cột, tiêu đề có \(header.count).")
            }
            func v(_ n: String) -> String { f[col[n]!].trimmingCharacters(in: .whitespaces) }
            let pCode = v("province_code"), dCode = v("district_code"), wCode = v("ward_code")
            if byCode[pCode] == nil {
                byCode[pCode] = units.add(code: pCode, name: officialName(v("province_name"), type: ""), level: .tinh,
                                          parent: nil, province: nil, district: nil)
            }
            let p = byCode[pCode]!
            if byCode[dCode] == nil {
                byCode[dCode] = units.add(code: dCode, name: officialName(v("district_name"), type: v("district_type")),
                                          level: .huyen, parent: pCode, province: p, district: nil)
            }
            let d = byCode[dCode]!
            if !wCode.isEmpty, byCode[wCode] == nil {
                byCode[wCode] = units.add(code: wCode, name: officialName(v("ward_name"), type: v("ward_type")),
                                          level: .xa, parent: dCode, province: p, district: d)
            }
        }
        units.finish()
        return units
    }

    private mutating func add(code: String, name: String, level: FixtureUnit.Level, parent: String?,
                              province: Int?, district: Int?) -> Int {
        let index = all.count
        let pIndex = province ?? index
        let region = FixtureUnits.region(ofProvince: province.map { all[$0].code } ?? code)
        var rng = SplitMix64(key: "unit:" + code)
        let provinceRate = FixtureUnits.provinceRate[province.map { all[$0].code } ?? code] ?? 4.0
        var rate = provinceRate
        var tags: [String] = []
        switch level {
        case .tinh:
            tags = [region.tag]
        case .huyen:
            rate = provinceRate * rng.double(in: 0.5...1.7)
            if name.hasPrefix("Quận") || name.hasPrefix("Thành phố") || name.hasPrefix("Thị xã") { rate *= 0.35 }
            if name.hasPrefix("Huyện"), provinceRate >= 12, rng.chance(0.45) {
                tags.append("huyen_ngheo")
                rate *= 1.4
            }
        case .xa:
            let districtRate = district.map { all[$0].baseRate } ?? provinceRate
            rate = districtRate * rng.double(in: 0.35...1.9)
            if !name.hasPrefix("Xã") { rate *= 0.3 }
            if name.hasPrefix("Xã"), rate >= 25 { tags.append("xa_dbkk") }
        }
        all.append(FixtureUnit(code: code, name: name, level: level, parent: parent, tags: tags, province: pIndex,
                               district: district, baseRate: min(max(rate, 0.15), 68), region: region,
                               inText: FixtureUnits.lowercasingType(name)))
        switch level {
        case .tinh: provinces.append(index)
        case .huyen:
            districts.append(index)
            districtsOfProvince[pIndex, default: []].append(index)
        case .xa:
            communes.append(index)
            communesOfDistrict[district!, default: []].append(index)
        }
        return index
    }

    /// Island districts have no commune; they report their own figures.
    private mutating func finish() {
        var report: [Int] = []
        for d in districts {
            if let cs = communesOfDistrict[d] { report += cs } else { report.append(d) }
        }
        reporting = report
    }

    /// Rough 2021 multidimensional poverty rates by province, for illustration only (sample_data).
    static let provinceRate: [String: Double] = [
        "01": 0.7, "79": 0.4, "48": 1.2, "31": 1.0, "92": 1.1, "74": 0.6, "75": 0.9, "77": 0.8,
        "02": 38, "04": 32, "06": 24, "08": 14, "10": 19, "11": 35, "12": 33, "14": 23, "15": 17, "17": 15,
        "19": 6, "20": 17, "22": 2.5, "24": 4, "25": 6, "62": 21, "64": 13, "66": 11, "67": 12, "68": 4.5,
        "38": 8, "40": 8.5, "42": 5, "44": 5.5, "45": 9, "46": 4, "49": 8, "51": 9, "52": 5, "54": 4.5,
        "56": 3.5, "58": 9, "60": 4, "84": 6.5, "94": 7.5, "91": 3.5, "89": 4, "95": 5, "96": 5.5,
    ]

    static func region(ofProvince code: String) -> Region {
        switch code {
        case "01", "79", "48", "31", "92": return .city
        case "02", "04", "06", "08", "10", "11", "12", "14", "15", "17", "19", "20", "24", "25": return .northMountain
        case "62", "64", "66", "67", "68": return .centralHighlands
        case "80", "82", "83", "84", "86", "87", "89", "91", "93", "94", "95", "96": return .mekong
        case "38", "40", "42", "44", "45", "46", "49", "51", "52", "54", "56", "58", "60": return .northCentral
        default: return .delta
        }
    }
}

/// Splits one CSV line, honouring double quotes (the official list has none, but be safe).
func splitCSVLine(_ line: String) -> [String] {
    var out: [String] = []
    var field = ""
    var quoted = false
    var it = Array(line).makeIterator()
    var pending: Character? = nil
    while let c = pending ?? it.next() {
        pending = nil
        if quoted {
            if c == "\"" {
                if let n = it.next() {
                    if n == "\"" { field.append("\"") } else { quoted = false; pending = n }
                } else { quoted = false }
            } else { field.append(c) }
        } else if c == "\"" {
            quoted = true
        } else if c == "," {
            out.append(field)
            field = ""
        } else {
            field.append(c)
        }
    }
    out.append(field)
    return out
}
