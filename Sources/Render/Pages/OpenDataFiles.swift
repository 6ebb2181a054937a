import Compute
import Model
import SiteOutput
import VietText

/// `/du-lieu/`: every table behind the site as CSV and JSON (OUTPUT.md).
enum OpenDataFiles {
    static func jobs(_ ctx: RenderContext) -> [PageJob] {
        let units = ctx.site.units.count, values = ctx.computation.values.count
        let checks = ctx.computation.checkCount, awards = ctx.awardOrder.count, models = ctx.site.models.count
        // Bytes per row measured on the national fixture: a streaming build renders tables side by
        // side only while their sum stays within its budget.
        func table(_ name: String, rows: Int, bytesPerRow: Int, _ bytes: @escaping @Sendable () -> [UInt8]) -> PageJob {
            let path = Routes.dataFile(name)
            return PageJob(path: path) { OutputFile(path: path, bytes: bytes()) }.large(expectedBytes: rows * bytesPerRow)
        }
        return [
            PageJob(Routes.data) { index(ctx) },
            table("don-vi.csv", rows: units, bytesPerRow: 100) { unitsCSV(ctx) },
            table("don-vi.json", rows: units, bytesPerRow: 150) { unitsJSON(ctx) },
            table("so-lieu.csv", rows: values, bytesPerRow: 35) { valuesCSV(ctx) },
            table("so-lieu.json", rows: values, bytesPerRow: 90) { valuesJSON(ctx) },
            table("muc-tieu.csv", rows: checks, bytesPerRow: 70) { targetsCSV(ctx) },
            table("muc-tieu.json", rows: checks, bytesPerRow: 190) { targetsJSON(ctx) },
            table("khen-thuong.csv", rows: awards, bytesPerRow: 330) { awardsCSV(ctx) },
            table("khen-thuong.json", rows: awards, bytesPerRow: 490) { awardsJSON(ctx) },
            table("dien-hinh.json", rows: models, bytesPerRow: 1_150) { modelsJSON(ctx) },
        ]
    }

    static let files: [(name: String, title: String, description: String)] = [
        ("don-vi.csv", "Đơn vị", "code, name, level, parent, url"),
        ("don-vi.json", "Đơn vị (JSON)", "như don-vi.csv"),
        ("so-lieu.csv", "Số liệu", "unit, indicator, year, value, derived — mọi giá trị, kể cả giá trị tổng hợp (derived = 1)"),
        ("so-lieu.json", "Số liệu (JSON)", "như so-lieu.csv"),
        ("muc-tieu.csv", "Đánh giá mục tiêu", "unit, indicator, rule, from, to, year, required, achieved, status"),
        ("muc-tieu.json", "Đánh giá mục tiêu (JSON)", "như muc-tieu.csv"),
        ("khen-thuong.csv", "Khen thưởng", "các quyết định khen thưởng đã công bố, không có dữ liệu cá nhân"),
        ("khen-thuong.json", "Khen thưởng (JSON)", "như khen-thuong.csv"),
        ("dien-hinh.json", "Điển hình tiên tiến", "thông tin và địa chỉ của từng điển hình"),
    ]

    static func index(_ ctx: RenderContext) -> OutputFileText {
        let linker = PageLinker(path: Routes.data)
        let meta = PageMeta(path: Routes.data, title: "Dữ liệu mở",
                            description: "Tải mọi bảng số liệu của trang dưới dạng CSV (mở được bằng Excel) và JSON.", section: .data)
        return ctx.page("data", meta: meta, linker: linker, [
            "files": files.map { ["name": $0.name, "title": $0.title, "description": $0.description, "href": linker.link(Routes.dataFile($0.name))] },
        ])
    }

    static func unitURL(_ ctx: RenderContext, _ u: OrgUnit) -> String { Routes.absolute(Routes.unit(u), base: ctx.site.config.baseURL) }

    static func unitsCSV(_ ctx: RenderContext) -> [UInt8] {
        var csv = CSVDocument(header: ["code", "name", "level", "parent", "url"], expectedRows: ctx.site.units.count)
        for u in ctx.site.units.units {
            csv.append([u.code, u.name, u.level.rawValue, u.parentCode ?? "", unitURL(ctx, u)])
        }
        return csv.finish()
    }

    static func unitsJSON(_ ctx: RenderContext) -> [UInt8] {
        var json = JSONArrayWriter(expectedObjects: ctx.site.units.count)
        for u in ctx.site.units.units {
            json.beginObject()
            json.string("code", u.code)
            json.string("name", u.name)
            json.string("level", u.level.rawValue)
            json.optionalString("parent", u.parentCode)
            json.string("url", unitURL(ctx, u))
            json.endObject()
        }
        return json.finish()
    }

    /// Every value, given or derived, by unit (file order), indicator, year.
    static func eachValue(_ ctx: RenderContext, _ body: (OrgUnit, Indicator, Int, ComputedValue) -> Void) {
        let values = ctx.computation.values
        for u in ctx.site.units.units {
            for ind in ctx.site.indicators {
                for y in values.years {
                    if let v = values.value(unit: u.index, indicator: ind.index, year: y) { body(u, ind, y, v) }
                }
            }
        }
    }

    static func valuesCSV(_ ctx: RenderContext) -> [UInt8] {
        var csv = CSVDocument(header: ["unit", "indicator", "year", "value", "derived"], expectedRows: ctx.computation.values.count)
        eachValue(ctx) { u, ind, y, v in
            csv.cell(u.code)
            csv.cell(ind.id)
            csv.cell(decimal: y)
            csv.cell(plain(v.value))
            csv.cell(v.derived ? "1" : "0")
            csv.endRow()
        }
        return csv.finish()
    }

    static func valuesJSON(_ ctx: RenderContext) -> [UInt8] {
        var json = JSONArrayWriter(expectedObjects: ctx.computation.values.count)
        eachValue(ctx) { u, ind, y, v in
            json.beginObject()
            json.string("unit", u.code)
            json.string("indicator", ind.id)
            json.int("year", y)
            json.raw("value", plain(v.value))
            json.bool("derived", v.derived)
            json.endObject()
        }
        return json.finish()
    }

    static func plainOrEmpty(_ d: Double?) -> String { d.map(plain) ?? "" }

    /// Full precision without binary noise: 6 − 4.4 is published as 1.6, not 1.5999999999999996.
    /// Nine decimals match the 1e-9 tolerance that target comparisons use.
    static func plain(_ d: Double) -> String {
        if let text = VietNumber.plainToNanos(d) { return text }
        let rounded = (d * 1e9).rounded() / 1e9
        return VietNumber.plain(abs(rounded) < 1e15 ? rounded : d)
    }

    static func targetsCSV(_ ctx: RenderContext) -> [UInt8] {
        var csv = CSVDocument(header: ["unit", "indicator", "rule", "from", "to", "year", "required", "achieved", "status"],
                              expectedRows: ctx.computation.checkCount)
        for c in ctx.computation.allChecks {
            let t = ctx.site.targets[c.target]
            csv.cell(ctx.site.units[c.unit].code)
            csv.cell(ctx.site.indicators[t.indicator].id)
            csv.cell(t.rule.rawValue)
            csv.cell(decimal: t.from)
            csv.cell(decimal: t.to)
            csv.cell(decimal: c.year)
            csv.cell(plainOrEmpty(c.required))
            csv.cell(plainOrEmpty(c.achieved))
            csv.cell(c.status.rawValue)
            csv.endRow()
        }
        return csv.finish()
    }

    static func targetsJSON(_ ctx: RenderContext) -> [UInt8] {
        var json = JSONArrayWriter(expectedObjects: ctx.computation.checkCount)
        for c in ctx.computation.allChecks {
            let t = ctx.site.targets[c.target]
            json.beginObject()
            json.string("unit", ctx.site.units[c.unit].code)
            json.string("indicator", ctx.site.indicators[t.indicator].id)
            json.string("rule", t.rule.rawValue)
            json.int("from", t.from)
            json.int("to", t.to)
            json.int("year", c.year)
            json.optionalNumber("required", c.required.map(plain))
            json.optionalNumber("achieved", c.achieved.map(plain))
            json.string("status", c.status.rawValue)
            json.optionalString("group", t.group)
            json.optionalString("group_status", c.groupStatus?.rawValue)
            json.endObject()
        }
        return json.finish()
    }

    /// Recipients appear with name, position and unit only; personal-data columns never reach `Award`.
    /// `form_group` is the registry's form (empty for forms it does not know), the key lists sort by.
    static let awardColumns = ["decision", "date", "form", "form_group", "recipient", "recipient_type", "position", "unit",
                               "unit_name", "achievement", "round", "year", "model"]

    static func awardCells(_ ctx: RenderContext, _ a: Award) -> [String] {
        [a.decision, a.date.iso, a.form, AwardForms.groupName(rank: a.formRank) ?? "", a.recipient,
         a.recipientType?.rawValue ?? "", a.position ?? "",
         ctx.site.units[a.unit].code, ctx.site.units[a.unit].name, a.achievement ?? "", a.round.rawValue, String(a.year), a.modelID ?? ""]
    }

    static func awardsCSV(_ ctx: RenderContext) -> [UInt8] {
        var csv = CSVDocument(header: awardColumns, expectedRows: ctx.awardOrder.count)
        for a in ctx.awardOrder { csv.append(awardCells(ctx, ctx.site.awards[a])) }
        return csv.finish()
    }

    static func awardsJSON(_ ctx: RenderContext) -> [UInt8] {
        var json = JSONArrayWriter(expectedObjects: ctx.awardOrder.count)
        for a in ctx.awardOrder {
            json.beginObject()
            for (key, value) in zip(awardColumns, awardCells(ctx, ctx.site.awards[a])) { json.string(named: key, value) }
            json.endObject()
        }
        return json.finish()
    }

    static func modelsJSON(_ ctx: RenderContext) -> [UInt8] {
        let base = ctx.site.config.baseURL
        return JSON.arrayBytes(ctx.modelOrder) { i in
            let m = ctx.site.models[i]
            let unit = ctx.site.units[m.unit]
            return .object([
                ("id", .string(m.id)), ("title", .string(m.title)), ("summary", .string(m.summary)),
                ("unit", .string(unit.code)), ("unit_name", .string(unit.name)),
                ("district", .opt(ctx.district(of: m.unit)?.name)),
                ("year", .int(m.year)), ("subject", .opt(m.subject?.rawValue)), ("field", .opt(m.field)),
                ("tags", .array(m.tags.map { .string($0) })),
                ("results", .array(m.results.map { .object([("label", .string($0.label)), ("value", .string($0.value))]) })),
                ("image", .opt(m.image.map { Routes.absolute($0, base: base) })), ("image_alt", .opt(m.imageAlt)),
                ("contact", .opt(m.contact)), ("published", .opt(m.published?.iso)), ("featured", .bool(m.featured)),
                ("awards", .int(ctx.awardsByModel[m.id]?.count ?? 0)),
                ("url", .string(Routes.absolute(Routes.model(m), base: base))),
                ("press_url", .string(Routes.absolute(Routes.pressSheet(m), base: base))),
            ])
        }
    }
}
