/// The paths of a write, validated before anything is written: safe relative paths, each once,
/// no file where a folder is needed. Needs only the paths, so a streamed write checks the whole
/// site up front, before the first page is rendered.
struct OutputLayout {
    /// In write order.
    let paths: [String]
    let pathSet: Set<String>
    /// Every folder the new tree needs, parents before children.
    let directories: [String]

    init(paths: [String]) throws {
        var pathSet = Set<String>(minimumCapacity: paths.count)
        var directories = Set<String>()
        for path in paths {
            try OutputLayout.validate(path)
            guard pathSet.insert(path).inserted else {
                throw WriteError(message: "Tệp đầu ra \(path) được tạo hai lần: hai trang hoặc hai tệp có cùng đường dẫn. Hãy đổi slug hoặc tên tệp của một trong hai.")
            }
            // Folder prefixes from the deepest up; once one is known, its parents are too.
            let utf8 = path.utf8
            var end = utf8.endIndex
            while let slash = utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
                if !directories.insert(String(path[..<slash])).inserted { break }
                end = slash
            }
        }
        for path in paths where directories.contains(path) {
            let inside = paths.first { $0.hasPrefix(path + "/") }!
            throw WriteError(message: "Đường dẫn đầu ra \(path) vừa là một tệp vừa là thư mục chứa \(inside). Hãy đổi slug hoặc tên tệp để chúng không trùng nhau.")
        }
        self.paths = paths
        self.pathSet = pathSet
        // A prefix sorts before what extends it, so each folder's parent is created first.
        self.directories = directories.sorted()
    }

    private static func validate(_ path: String) throws {
        if !isSafe(path) {
            throw WriteError(message: "Đường dẫn đầu ra không hợp lệ: \"\(path)\" (đường dẫn tuyệt đối, có '..', '.' hoặc phần rỗng). Hãy sửa slug hoặc tên tệp tương ứng trong nội dung; nếu không thấy, đây là lỗi của thidua, hãy báo lại.")
        }
        if path == OutputLocation.markerName {
            throw WriteError(message: "\(OutputLocation.markerName) là tên thidua dành riêng để đánh dấu thư mục xuất; hãy đổi tên tệp này.")
        }
    }

    /// Relative, no empty, `.` or `..` component, no NUL; checked on bytes (20,000 paths per build).
    private static func isSafe(_ path: String) -> Bool {
        var componentLength = 0
        var dots = 0
        for byte in path.utf8 {
            if byte == 0 { return false }
            if byte == UInt8(ascii: "/") {
                if componentLength == 0 || componentLength == dots && dots <= 2 { return false }
                componentLength = 0
                dots = 0
            } else {
                componentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return componentLength > 0 && !(componentLength == dots && dots <= 2)
    }
}
