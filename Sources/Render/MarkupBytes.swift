import Charts
import VietText

/// Markup built as UTF-8 bytes (figures, chart descriptions): a String append costs several hundred
/// instructions a piece, and a national site appends millions.
extension ByteSink {
    /// Markup we wrote ourselves, appended as it is.
    mutating func put(_ markup: String) { append(utf8: markup) }
}

extension ByteBuffer {
    /// Text, XML-escaped.
    mutating func escaped(_ text: String) { XMLText.append(text, to: &self) }
}
