import VietText

/// How header cells are compared: `Mã đơn vị`, `ma_don_vi` and `MA DON VI` are the same column.
public enum HeaderName {
    /// Folds case and Vietnamese marks (đ → d), then drops whitespace, `_`, `-` and `.`.
    public static func normalize(_ s: String) -> String {
        String(VietFold.fold(s).filter { !($0.isWhitespace || $0 == "_" || $0 == "-" || $0 == ".") })
    }

    /// The folded words of a header (`Số CCCD/CMND` → `so`, `cccd`, `cmnd`), split at anything
    /// that is not a letter or a digit.
    public static func words(_ s: String) -> [String] {
        VietFold.fold(s)
            .split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            .map(String.init)
    }
}
