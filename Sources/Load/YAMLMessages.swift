/// Vietnamese texts for YAML problems. libyaml's English problem is kept in parentheses for
/// whoever searches the web for it; the Vietnamese part says what to change.
enum YAMLMessages {
    static func syntax(problem: String) -> String {
        let hint: String
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            hint = "Dấu hai chấm (:) không được phép ở đây. Nếu giá trị có dấu hai chấm, hãy đặt cả giá trị trong ngoặc kép."
        case let p where p.contains("cannot start any token"), let p where p.contains("tab character"):
            hint = "Ký tự này không thể mở đầu một giá trị YAML (thường do thụt lề bằng phím Tab, hoặc giá trị bắt đầu bằng @ hay `). "
                + "Thụt lề bằng dấu cách và đặt giá trị trong ngoặc kép."
        case let p where p.contains("did not find expected key"):
            hint = "Thụt lề không đúng: dòng này không thẳng hàng với các khóa phía trên. Kiểm tra số dấu cách ở đầu dòng."
        case let p where p.contains("could not find expected ':'"):
            hint = "Thiếu dấu hai chấm (:) sau tên khóa, hoặc một giá trị nhiều dòng chưa được đặt trong ngoặc kép."
        case let p where p.contains("end of stream"):
            hint = "Chuỗi trong ngoặc kép bắt đầu ở đây chưa được đóng. Thêm dấu ngoặc kép đóng ở cuối giá trị."
        case let p where p.contains("expected ',' or ']'"):
            hint = "Danh sách trong ngoặc vuông [ ] mở ở đây chưa được đóng, hoặc thiếu dấu phẩy giữa các phần tử."
        case let p where p.contains("expected ',' or '}'"):
            hint = "Cặp ngoặc nhọn { } mở ở đây chưa được đóng, hoặc thiếu dấu phẩy giữa các cặp khóa: giá trị."
        case let p where p.contains("undefined alias"):
            hint = "Tham chiếu (*tên) không trỏ tới neo (&tên) nào đã khai báo. Viết giá trị trực tiếp, hoặc đặt trong ngoặc kép nếu giá trị bắt đầu bằng *."
        case let p where p.contains("unknown escape character"):
            hint = "Trong chuỗi ngoặc kép, dấu \\ phải đi với một ký tự thoát hợp lệ. Dùng ngoặc đơn (' ') cho giá trị có dấu \\."
        case let p where p.contains("block sequence entries are not allowed"):
            hint = "Dấu gạch đầu dòng (-) không được phép ở đây. Đặt danh sách ở dòng mới, thụt lề dưới tên khóa."
        case let p where p.contains("another document"):
            hint = "Chỉ được có một khối YAML. Xóa dòng “---” thứ hai hoặc phần phía sau nó."
        case let p where p.contains("did not find expected node content"):
            hint = "Thiếu giá trị ở đây. Viết giá trị sau dấu hai chấm hoặc đặt nó trong ngoặc kép."
        default:
            hint = "Lỗi cú pháp YAML. Kiểm tra dòng này: thụt lề bằng dấu cách, dấu hai chấm sau tên khóa, ngoặc kép được đóng."
        }
        return "\(hint) (YAML: \(problem))"
    }

    static func unclosedQuote(closedOnLine line: Int, problem: String) -> String {
        "Dấu ngoặc kép mở ở đây không được đóng trên cùng dòng, nên giá trị kéo dài tới dấu ngoặc kép ở dòng \(line) và phần sau đó bị đọc sai. "
            + "Thêm dấu ngoặc kép đóng ở cuối giá trị này. (YAML: \(problem))"
    }

    static func reader(problem: String) -> String {
        "Phần YAML chứa ký tự không hợp lệ (ký tự điều khiển hoặc byte lỗi). Xóa ký tự này hoặc gõ lại dòng. (YAML: \(problem))"
    }

    static func duplicateKeys(_ keys: [String], firstLine: Int) -> String {
        if keys.count == 1 {
            return "Khóa “\(keys[0])” được khai báo hai lần (lần đầu ở dòng \(firstLine)). Xóa một trong hai dòng hoặc gộp giá trị lại."
        }
        let list = keys.map { "“\($0)”" }.joined(separator: ", ")
        return "Các khóa \(list) được khai báo nhiều lần (khóa đầu tiên ở dòng \(firstLine)). Mỗi khóa chỉ được viết một lần."
    }

    static func notMapping(kind: String) -> String {
        "Phần YAML phải là các dòng “khóa: giá trị” (ví dụ “title: Tên bài”), nhưng ở đây là một \(kind). "
            + "Kiểm tra rằng mỗi dòng bắt đầu bằng tên khóa và dấu hai chấm."
    }
}
