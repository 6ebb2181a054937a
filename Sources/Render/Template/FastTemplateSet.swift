import Foundation

/// The theme's templates compiled for `FastRenderer`, and which of them it may render.
///
/// A template is rendered fast only when it and every template it pulls in (partials, parents)
/// compiled; the others, and any page whose values need swift-mustache's own handling, are
/// rendered by swift-mustache, so the output never depends on which renderer ran.
struct FastTemplateSet: Sendable {
    let compiled: [String: CompiledTemplate]
    let renderable: Set<String>
    /// Template name → why it stays with swift-mustache (also listed for templates that only
    /// include such a template).
    let fallbacks: [String: String]

    /// `sources` holds every template swift-mustache accepted, by name.
    init(sources: [String: String]) {
        var compiled: [String: CompiledTemplate] = [:]
        var fallbacks: [String: String] = [:]
        for (name, text) in sources {
            do {
                compiled[name] = try MustacheCompiler.compile(text)
            } catch let error as MustacheCompiler.Unsupported {
                fallbacks[name] = error.reason
            } catch {
                fallbacks[name] = "\(error)"
            }
        }
        // Drop templates that include one which did not compile, until nothing changes (a chain of
        // partials can be any length). Names missing from the library render nothing either way.
        var renderable = Set(compiled.keys)
        var changed = true
        while changed {
            changed = false
            for name in renderable {
                let missing = compiled[name]!.referencedTemplates.filter { sources[$0] != nil && !renderable.contains($0) }
                if let first = missing.sorted().first {
                    renderable.remove(name)
                    fallbacks[name] = "includes \(first)"
                    changed = true
                }
            }
        }
        self.compiled = compiled
        self.renderable = renderable
        self.fallbacks = fallbacks
    }

    /// The page, or nil when swift-mustache has to render it.
    func render(_ context: Any, template name: String) -> String? {
        renderBytes(context, template: name).map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    func renderBytes(_ context: Any, template name: String) -> (bytes: [UInt8], linkFree: [Range<Int>])? {
        guard renderable.contains(name), let template = compiled[name] else { return nil }
        return FastRenderer.render(template, context: context, templates: compiled, capacity: 32 * 1024)
    }
}

/// Which renderer `TemplateSet.render` uses. `THIDUA_TEMPLATE_ENGINE=mustache` selects swift-mustache
/// for comparisons; `compare` (tests) renders with both, records differences and returns
/// swift-mustache's output.
enum TemplateEngine: Sendable {
    case fast
    case mustache
    case compare(TemplateComparison)

    static var fromEnvironment: TemplateEngine {
        ProcessInfo.processInfo.environment["THIDUA_TEMPLATE_ENGINE"] == "mustache" ? .mustache : .fast
    }
}

/// Differences found while rendering with both renderers; filled from concurrent page jobs.
final class TemplateComparison: @unchecked Sendable {
    struct Mismatch {
        let template: String
        let fast: String?
        let mustache: String
    }

    private let lock = NSLock()
    private var _compared = 0
    private var _gaveUp = 0
    private var _mismatches: [Mismatch] = []

    func record(template: String, fast: String?, mustache: String) {
        lock.lock()
        defer { lock.unlock() }
        _compared += 1
        guard let fast else { _gaveUp += 1; return }
        if fast.utf8.elementsEqual(mustache.utf8) { return }
        _mismatches.append(Mismatch(template: template, fast: fast, mustache: mustache))
    }

    var compared: Int { lock.lock(); defer { lock.unlock() }; return _compared }
    /// Renders the fast renderer handed back to swift-mustache (unsupported template or value).
    var gaveUp: Int { lock.lock(); defer { lock.unlock() }; return _gaveUp }
    var mismatches: [Mismatch] { lock.lock(); defer { lock.unlock() }; return _mismatches }
}
