import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// Parses a chart with a real XML parser, so escaping mistakes show up as parse errors.
final class SVGInspection: NSObject, XMLParserDelegate {
    private(set) var elements: [(name: String, attributes: [String: String])] = []
    private(set) var texts: [String] = []
    private var current = ""

    static func parse(_ svg: String, file: StaticString = #filePath, line: UInt = #line) -> SVGInspection {
        let inspection = SVGInspection()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = inspection
        XCTAssertTrue(parser.parse(), "not well-formed XML: \(String(describing: parser.parserError))", file: file, line: line)
        return inspection
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        elements.append((elementName, attributeDict))
        current = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        if !current.isEmpty { texts.append(current) }
        current = ""
    }

    func all(_ name: String) -> [[String: String]] {
        elements.filter { $0.name == name }.map(\.attributes)
    }

    /// The `d` attribute of every plotted line (not legend keys, which are `<line>` elements).
    func seriesPaths(_ cssClass: String) -> [String] {
        all("path").filter { ($0["class"] ?? "").split(separator: " ").contains(Substring(cssClass))
            && ($0["class"] ?? "").hasPrefix("chart-series") }.compactMap { $0["d"] }
    }
}

/// The drawing commands of a path without their numbers, e.g. "MLML".
func commands(_ d: String) -> String {
    String(d.filter { $0.isLetter })
}

/// Whether an element's class list holds `name` as a whole word.
func hasClass(_ attributes: [String: String], _ name: String) -> Bool {
    (attributes["class"] ?? "").split(separator: " ").contains(Substring(name))
}
