import Diagnostics

/// Vietnamese texts of the CSV reader's diagnostics, kept together so their wording stays consistent.
enum CSVMessages {
    static func quoteInsideValue(_ value: String) -> String {
        "Giá trị “\(shown(value))” có dấu ngoặc kép (\") nằm giữa. Nếu giá trị cần chứa dấu ngoặc kép, "
            + "hãy đặt cả giá trị trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu (\"\")."
    }

    static func textAfterClosingQuote(_ value: String, _ after: String) -> String {
        "Sau dấu ngoặc kép đóng của giá trị “\(shown(value))” còn có “\(shown(after))”. "
            + "Hãy đặt cả giá trị trong ngoặc kép và viết mỗi dấu ngoặc kép bên trong thành hai dấu (\"\"), "
            + "hoặc thêm dấu phân cách còn thiếu."
    }

    static func unterminatedQuote(at open: SourceLocation) -> String {
        "Dấu ngoặc kép mở ở dòng \(open.line), cột \(open.column) không có dấu ngoặc kép đóng. "
            + "Thêm dấu \" ở cuối giá trị, hoặc xóa dấu ngoặc kép thừa."
    }

    static func raggedRow(line: Int, count: Int, headerCount: Int, firstExtra: String?, delimiter: Character) -> String {
        var message = "Dòng \(line) có \(count) cột nhưng dòng tiêu đề có \(headerCount) cột. "
            + "Kiểm tra dấu phân cách hoặc dấu ngoặc kép trong dòng này."
        if let extra = firstExtra {
            message += " Giá trị thừa đầu tiên: “\(shown(extra))”."
            if delimiter == "," {
                message += " Nếu đó là phần thập phân của một số viết bằng dấu phẩy (như 12,5), "
                    + "hãy đặt số đó trong ngoặc kép hoặc dùng dấu chấm phẩy (;) làm dấu phân cách."
            }
        }
        return message
    }

    static let empty = "Tệp không có dòng tiêu đề (tệp trống). Dòng đầu tiên của tệp phải là tên các cột."

    /// A value as quoted in a message: one line, at most 60 characters.
    static func shown(_ value: String) -> String {
        let oneLine = String(value.map { $0.isNewline ? " " : $0 })
        return oneLine.count > 60 ? String(oneLine.prefix(59)) + "…" : oneLine
    }
}
