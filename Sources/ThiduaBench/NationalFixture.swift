import VietText
import Foundation

/// Generates a complete national content folder (INPUT.md) from the official unit list: every
/// province, district and commune, yearly progress rounds, targets of every rule kind, exemplary
/// models with stories of realistic length and commendation lists. The output is deterministic:
/// the same arguments give byte-identical files. Returns a one-line summary.
///
/// - `modelScale`, `awardScale`: multiples of 3,000 models and 30,000 commendation rows.
/// - `rounds`: yearly progress files from 2021 (default 4: 2021–2024).
/// - `extraRound`: also writes the following year's file (2025.csv with the default rounds).
public func generateNationalFixture(dvhcPath: String, output: String, modelScale: Int, awardScale: Int,
                                    rounds: Int, extraRound: Bool) throws -> String {
    guard modelScale >= 1, awardScale >= 1 else {
        throw FixtureError("--model-scale và --award-scale phải là số nguyên từ 1 trở lên.")
    }
    let lastYear = UnitSeries.firstYear + rounds - 1 + (extraRound ? 1 : 0)
    guard rounds >= 1, lastYear <= UnitSeries.lastYear else {
        throw FixtureError("Số đợt báo cáo phải từ 1 đến \(UnitSeries.lastYear - UnitSeries.firstYear + 1) (kể cả --extra-round), vì giai đoạn là 2021–2025.")
    }
    let started = Date()
    try prepareOutput(output)
    let units = try FixtureUnits.load(dvhcPath: dvhcPath)
    var writer = FixtureWriter(root: output)

    try writer.write("site.yml", FixtureDocuments.siteYAML(lastYear: lastYear))
    try writer.write("index.md", FixtureDocuments.index)
    try writer.write("units.csv", unitsCSV(units))
    try writer.write("indicators.csv", FixtureIndicators.csv())
    let (commune, province, second) = targetUnits(units)
    try writer.write("targets.csv", FixtureDocuments.targetsCSV(communeCode: commune, provinceCode: province, secondProvinceCode: second))
    let progressRows = try FixtureProgress.write(years: Array(UnitSeries.firstYear...lastYear), units: units, into: &writer)
    let (models, words) = try FixtureModels.write(count: 3_000 * modelScale, units: units, into: &writer)
    let awards = try FixtureAwards.write(rows: 30_000 * awardScale, units: units, models: models, into: &writer)
    for d in FixtureDocuments.documents { try writer.write("documents/\(d.name).md", d.text) }
    for p in FixtureDocuments.pages { try writer.write("pages/\(p.name).md", p.text) }

    let seconds = Date().timeIntervalSince(started)
    let mb = Double(writer.bytes) / 1_048_576
    return "Đã tạo \(output): \(units.provinces.count) tỉnh, \(units.districts.count) huyện, \(units.communes.count) xã; "
        + "\(lastYear - UnitSeries.firstYear + 1) đợt số liệu (\(progressRows) dòng); \(models.count) điển hình "
        + "(bình quân \(words / max(1, models.count)) từ); \(awards.rows) dòng khen thưởng trong \(awards.files) tệp "
        + "(\(awards.linked) gắn điển hình); \(writer.files) tệp, \(VietNumber.format(mb, decimals: 1)) MB, \(VietNumber.format(seconds, decimals: 1)) giây."
}

/// Refuses to wipe a folder that is not a previous fixture, since the path comes from the command line.
private func prepareOutput(_ output: String) throws {
    let fm = FileManager.default
    var isDir: ObjCBool = false
    if fm.fileExists(atPath: output, isDirectory: &isDir) {
        guard isDir.boolValue else { throw FixtureError("\(output) đã có và không phải thư mục.") }
        let entries = try fm.contentsOfDirectory(atPath: output)
        guard entries.isEmpty || entries.contains("site.yml") else {
            throw FixtureError("Thư mục \(output) đã có nội dung khác (không có site.yml); chọn thư mục trống để tránh xóa nhầm.")
        }
        try fm.removeItem(atPath: output)
    }
    try fm.createDirectory(atPath: output, withIntermediateDirectories: true)
}

private func unitsCSV(_ units: FixtureUnits) -> String {
    var c = CSVText()
    c.row(["code", "name", "level", "parent", "tags"])
    for u in units.all { c.row([u.code, u.name, u.level.rawValue, u.parent ?? "", u.tags.joined(separator: ";")]) }
    return c.text
}

/// A commune with special-difficulty status and the two poorest provinces, so code selectors hit
/// units where the targets make sense.
private func targetUnits(_ units: FixtureUnits) -> (String, String, String) {
    let commune = units.communes.first { units.all[$0].tags.contains("xa_dbkk") } ?? units.communes[0]
    let byRate = units.provinces.sorted { units.all[$0].baseRate > units.all[$1].baseRate || (units.all[$0].baseRate == units.all[$1].baseRate && $0 < $1) }
    return (units.all[commune].code, units.all[byRate[0]].code, units.all[byRate[1]].code)
}
