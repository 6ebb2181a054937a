import Foundation

/// NSString's path-name answers (last component, extension, name without it) for the plain names a
/// content folder holds, read from the bytes: NSString took about 13,000 instructions per call, and
/// a national site asks for each of its 3,000 stories several times. Anything unusual (a slash at
/// the end, more than one dot, a space, a non-ASCII byte) is left to NSString, so the answers are
/// NSString's in every case.
enum FileName {
    /// `(path as NSString).lastPathComponent`.
    static func last(_ path: String) -> String {
        guard let bytes = plain(path), bytes.last != UInt8(ascii: "/") else { return (path as NSString).lastPathComponent }
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(decoding: bytes[(slash + 1)...], as: UTF8.self)
    }

    /// `(name as NSString).pathExtension` for a name without slashes.
    static func ext(_ name: String) -> String {
        guard let (bytes, dot) = simpleDot(name) else { return (name as NSString).pathExtension }
        return String(decoding: bytes[(dot + 1)...], as: UTF8.self)
    }

    /// `(name as NSString).deletingPathExtension` for a name without slashes.
    static func base(_ name: String) -> String {
        guard let (bytes, dot) = simpleDot(name) else { return (name as NSString).deletingPathExtension }
        return String(decoding: bytes[..<dot], as: UTF8.self)
    }

    /// The bytes and the position of the only dot of a plain name that has one, neither first nor last.
    private static func simpleDot(_ name: String) -> ([UInt8], Int)? {
        guard let bytes = plain(name), !bytes.contains(UInt8(ascii: "/")),
              let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > 0, dot < bytes.count - 1,
              bytes.lastIndex(of: UInt8(ascii: ".")) == dot else { return nil }
        return (bytes, dot)
    }

    /// The bytes of a non-empty path of ASCII letters, digits and `-_./`, else nil.
    private static func plain(_ path: String) -> [UInt8]? {
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ b in
            (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E || b == 0x2F
        }) else { return nil }
        return bytes
    }
}
