/// What a `build` or `check` run works on.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var includeDrafts: Bool
    public var strict: Bool
    /// `build` does nothing when the content, templates, program, options and output are exactly as
    /// the last successful build left them (the command line turns this on; tests opt in).
    public var skipWhenUnchanged: Bool
    /// Record the rendering time of each top-level folder (`THIDUA_TIMINGS=1`).
    public var timeSections = false

    public init(content: String = "content", templates: String = "templates", output: String = "public",
                includeDrafts: Bool = false, strict: Bool = false, skipWhenUnchanged: Bool = false) {
        self.skipWhenUnchanged = skipWhenUnchanged
        self.content = content
        self.templates = templates
        self.output = output
        self.includeDrafts = includeDrafts
        self.strict = strict
    }
}

/// The steps a run goes through, for progress on a terminal.
public enum BuildStep: String, Sendable, CaseIterable {
    case load = "đọc dữ liệu"
    case model = "kiểm tra"
    case compute = "tính toán"
    case render = "dựng trang"
    case write = "ghi"
}
