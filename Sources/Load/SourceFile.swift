import Diagnostics
import Foundation
import VietText

/// Reads one content file and decodes it to NFC text, or explains why it cannot be read.
public enum SourceFileReader {
    /// `displayPath` is what diagnostics show (relative to the content folder's parent, e.g. `content/units.csv`).
    public static func read(path: String, displayPath: String) -> Result<String, Diagnostic> {
        guard let bytes = FileBytes.read(path) else {
            return .failure(.error("FILE_UNREADABLE", "Không đọc được tệp. Kiểm tra tệp còn tồn tại và có quyền đọc.",
                                   at: SourceLocation(file: displayPath)))
        }
        switch VietTextDecoder.decode(bytes) {
        case .success(let decoded):
            return .success(decoded.text)
        case .failure(let failure):
            return .failure(.error("ENCODING_UNSUPPORTED", failure.message, at: SourceLocation(file: displayPath)))
        }
    }
}
