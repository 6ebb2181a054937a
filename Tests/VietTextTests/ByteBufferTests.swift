import VietText
import XCTest

/// The pages' and charts' byte buffer holds what an array given the same appends and inserts holds,
/// through every growth.
final class ByteBufferTests: XCTestCase {
    func testAppendsAndInsertsAsAnArray() {
        var buffer = ByteBuffer(capacity: 1)
        defer { buffer.deallocate() }
        var array: [UInt8] = []
        var seed: UInt64 = 11
        for step in 0..<5_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let piece = (0..<Int(seed >> 58)).map { UInt8(truncatingIfNeeded: step &+ $0) }
            switch seed >> 62 {
            case 0:
                buffer.append(UInt8(step & 0xFF))
                array.append(UInt8(step & 0xFF))
            case 1 where !array.isEmpty:
                let at = Int(seed >> 20) % (array.count + 1)
                buffer.insert(piece, at: at)
                array.insert(contentsOf: piece, at: at)
            case 2:
                buffer.append("«lit»")
                array.append(contentsOf: "«lit»".utf8)
            default:
                piece.withUnsafeBufferPointer { buffer.append(contentsOf: $0) }
                array.append(contentsOf: piece)
            }
            XCTAssertEqual(buffer.count, array.count)
        }
        XCTAssertEqual(buffer.array(), array)
        XCTAssertEqual(buffer[array.count - 1], array.last)
        XCTAssertEqual(buffer.withBytes { Array($0) }, array)
    }

    func testDecimalsAreWrittenAsStringWritesThem() {
        var values = [0, 1, -1, 9, 10, -10, 2024, -2024, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var seed: UInt64 = 3
        for _ in 0..<2_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            values.append(Int(bitPattern: UInt(seed)) >> Int(seed >> 58))
        }
        for value in values {
            var bytes: [UInt8] = []
            bytes.append(decimal: value)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), String(value))
        }
    }
}
