/// Share links as plain addresses: no third-party script, nothing loaded until the reader clicks.
enum ShareLinks {
    /// RFC 3986 percent-encoding of a query value: everything but unreserved characters is
    /// encoded as UTF-8 bytes, so spaces become `%20` (mail clients show `+` literally).
    static func encode(_ s: String) -> String {
        // Bytes, not String appends: a model's summary is encoded whole into the e-mail link.
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count * 3)
        let hex: StaticString = "0123456789ABCDEF"
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hex.utf8Start[Int(byte >> 4)])
                out.append(hex.utf8Start[Int(byte & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func facebook(_ url: String) -> String { "https://www.facebook.com/sharer/sharer.php?u=\(encode(url))" }

    static func zalo(_ url: String) -> String { "https://sp.zalo.me/share_to_zalo?url=\(encode(url))" }

    /// RFC 6068 `mailto:` with a subject and a body that ends with the address.
    static func email(subject: String, body: String, url: String) -> String {
        "mailto:?subject=\(encode(subject))&body=\(encode(body + "\n\n" + url))"
    }

    /// The links a model page offers, in display order.
    static func links(title: String, summary: String, url: String) -> [ViewModel] {
        [
            ["key": "facebook", "label": "Facebook", "href": facebook(url), "external": true],
            ["key": "zalo", "label": "Zalo", "href": zalo(url), "external": true],
            ["key": "email", "label": "Thư điện tử", "href": email(subject: title, body: summary, url: url), "external": false],
        ]
    }
}
