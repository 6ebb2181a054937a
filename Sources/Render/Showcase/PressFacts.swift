import Foundation
import Model
import VietText

/// Two or three sentences a journalist can quote as they are: key results, the highest commendation
/// received, and where the model is when there is little else to say.
enum PressFacts {
    static func facts(_ ctx: RenderContext, model m: Int) -> [String] {
        let model = ctx.site.models[m]
        let awards = ctx.awardsByModel[model.id] ?? []
        var facts = model.results.prefix(awards.isEmpty ? 3 : 2).map { sentence("\($0.label): \($0.value)") }
        // awardsByModel is in list order, so the first is the highest form.
        if let top = awards.first {
            let a = ctx.site.awards[top]
            if awards.count == 1 {
                facts.append(sentence("Được tặng \(a.form) theo \(ctx.format.decision(a))"))
            } else {
                facts.append(sentence("Đã nhận \(ctx.format.integer(awards.count)) lượt khen thưởng, cao nhất là \(a.form) theo \(ctx.format.decision(a))"))
            }
        }
        if facts.count < 2 { facts.append(sentence(place(ctx, model))) }
        if facts.count < 2, let kind = kind(model) { facts.append(sentence(kind)) }
        return Array(facts.prefix(3))
    }

    /// "Điển hình của Xã Mông Ân, Huyện Bình Gia, được giới thiệu năm 2022".
    static func place(_ ctx: RenderContext, _ model: ExemplaryModel) -> String {
        var where_ = ctx.site.units[model.unit].name
        if let d = ctx.district(of: model.unit), d.index != model.unit { where_ += ", \(d.name)" }
        return "Điển hình của \(where_), được giới thiệu năm \(model.year)"
    }

    /// "Lĩnh vực Chăn nuôi, đối tượng hộ gia đình", or nil when the model gives neither.
    static func kind(_ model: ExemplaryModel) -> String? {
        let parts = [model.field.map { "lĩnh vực \($0)" }, model.subject.map { "đối tượng \($0.label.lowercased())" }].compactMap { $0 }
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: ", ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// Ends a text with a full stop unless it already ends a sentence.
    static func sentence(_ s: String) -> String {
        let t = Trimming.trimmed(s, newlines: false)
        guard let last = t.last else { return t }
        return ".!?…".contains(last) ? t : t + "."
    }
}
