/// Share links as plain addresses: no third-party script, nothing loaded until the reader clicks.
enum ShareLinks {
    /// RFC 3986 percent-encoding of a query value: everything but unreserved characters is
    /// encoded as UTF-8 bytes, so spaces become `%20` (mail clients show `+` literally).
    static func encode(_ s: String) -> String {
        // Written into the String's own storage, sized for the worst case (every byte encoded): a
        // model's summary is encoded whole into the e-mail link, and appending byte by byte to an
        // array, then checking it as UTF-8, cost more than the encoding.
        var s = s
        return s.withUTF8 { input in
            String(unsafeUninitializedCapacity: input.count * 3) { out in
                let hex: StaticString = "0123456789ABCDEF"
                var n = 0
                for byte in input {
                    switch byte {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                         UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                        out[n] = byte
                        n += 1
                    default:
                        out[n] = UInt8(ascii: "%")
                        out[n + 1] = hex.utf8Start[Int(byte >> 4)]
                        out[n + 2] = hex.utf8Start[Int(byte & 0x0F)]
                        n += 3
                    }
                }
                return n
            }
        }
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
