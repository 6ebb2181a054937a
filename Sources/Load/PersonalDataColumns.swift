/// Recognises columns that hold personal data, which is never published (INPUT.md, Common rules).
///
/// Matching works on folded words so that `Số CCCD`, `so_cccd`, `SĐT` and `Điện thoại liên hệ` are
/// caught, while an indicator column such as `Số hộ nghèo dân tộc thiểu số` or `Tỷ lệ người dân được
/// cấp CCCD` is not: every word of the header must be part of a personal-data phrase or a filler word
/// that only qualifies one (số, của, liên hệ, chủ hộ, ...).
public enum PersonalDataColumns {
    /// True when the header names personal data (citizen ID, birth date, phone, address, ...).
    public static func isPersonal(_ header: String) -> Bool {
        let words = HeaderName.words(header)
        guard !words.isEmpty else { return false }
        var covered = [Bool](repeating: false, count: words.count)
        var found = false
        for start in words.indices {
            var joined = ""
            for end in start..<min(words.count, start + maxPhraseWords) {
                joined += words[end]
                if phrases.contains(joined) {
                    found = true
                    for k in start...end { covered[k] = true }
                }
            }
        }
        guard found else { return false }
        return words.indices.allSatisfy { covered[$0] || fillers.contains(words[$0]) }
    }

    private static let maxPhraseWords = 6

    /// Personal-data names with separators removed; a phrase may span several words.
    static let phrases: Set<String> = [
        // citizen identity documents
        "cccd", "cmnd", "cmt", "cmtnd", "cancuoc", "cancuoccongdan", "chungminhnhandan", "chungminhthu",
        "dinhdanh", "sodinhdanh", "madinhdanh", "dinhdanhcanhan", "hochieu", "sohochieu", "passport",
        // birth
        "ngaysinh", "namsinh", "ngaythangnamsinh", "sinhngay", "birthday", "dob", "dateofbirth",
        // phone
        "dienthoai", "sodienthoai", "sdt", "sodt", "dtdd", "dtlienhe", "dtlh", "dienthoaicodinh",
        "didong", "sodidong", "phone", "tel", "mobile",
        // address and origin
        "diachi", "noio", "choo", "noithuongtru", "hokhau", "thuongtru", "tamtru", "quequan", "nguyenquan",
        "noisinh", "address",
        // ethnicity, religion, e-mail
        "dantoc", "tongiao", "email", "mail", "thudientu",
    ]

    /// Words that only qualify a personal-data phrase: `số`, `của chủ hộ`, `liên hệ`, `hiện tại`, ...
    static let fillers: Set<String> = [
        "so", "ma", "cua", "lien", "he", "lienhe", "ca", "nhan", "canhan", "cong", "dan", "congdan",
        "chu", "ho", "chuho", "nguoi", "thuong", "tru", "hien", "tai", "hientai", "tam", "nha", "rieng",
        "di", "dong", "ban", "ngay", "cap", "noi", "thang", "nam", "dd", "mm", "yyyy", "yy",
        "hoac", "va", "the", "dt", "no", "number", "of", "contact",
    ]
}
