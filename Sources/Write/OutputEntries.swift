import SiteOutput

/// One file of the new output: bytes to write or a file to copy.
struct OutputEntry {
    enum Content {
        case bytes([UInt8])
        case copy(source: String)
    }

    let path: String
    let content: Content
}

/// The files of a write, validated: safe relative paths, each once, no file where a folder is needed.
struct OutputEntries {
    let entries: [OutputEntry]
    /// Every folder the new tree needs, parents before children.
    let directories: [String]
    let paths: Set<String>

    init(files: [OutputFile], copies: [CopiedFile]) throws {
        var entries: [OutputEntry] = []
        entries.reserveCapacity(files.count + copies.count)
        for file in files { entries.append(OutputEntry(path: file.path, content: .bytes(file.bytes))) }
        for copy in copies { entries.append(OutputEntry(path: copy.path, content: .copy(source: copy.source))) }

        var paths = Set<String>(minimumCapacity: entries.count)
        var directories = Set<String>()
        for entry in entries {
            try OutputEntries.validate(entry.path)
            guard paths.insert(entry.path).inserted else {
                throw WriteError(message: "Tệp đầu ra \(entry.path) được tạo hai lần: hai trang hoặc hai tệp có cùng đường dẫn. Hãy đổi slug hoặc tên tệp của một trong hai.")
            }
            // Folder prefixes from the deepest up; once one is known, its parents are too.
            let utf8 = entry.path.utf8
            var end = utf8.endIndex
            while let slash = utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
                if !directories.insert(String(entry.path[..<slash])).inserted { break }
                end = slash
            }
        }
        for entry in entries where directories.contains(entry.path) {
            let inside = entries.first { $0.path.hasPrefix(entry.path + "/") }!.path
            throw WriteError(message: "Đường dẫn đầu ra \(entry.path) vừa là một tệp vừa là thư mục chứa \(inside). Hãy đổi slug hoặc tên tệp để chúng không trùng nhau.")
        }
        self.entries = entries
        self.paths = paths
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
