import Foundation

/// The text encodings a territory file may arrive in.
public enum TextEncoding: String, Sendable, Hashable {
    /// UTF-8 without a byte order mark.
    case utf8 = "UTF-8"
    /// UTF-8 starting with the byte order mark EF BB BF (Excel's "CSV UTF-8").
    case utf8WithBOM = "UTF-8 with BOM"
    /// GB18030 (a superset of GBK/GB2312), as Excel saves CSV on Chinese Windows.
    case gb18030 = "GB18030"
}

/// Bytes that are neither UTF-8 nor GB18030.
public struct UndecodableText: Error, Sendable, Hashable {
    /// 0-based byte offset of the first byte that fits neither encoding.
    public var byteOffset: Int
    /// 1-based line of that byte.
    public var line: Int
}

/// Decodes file bytes as UTF-8 (with or without BOM) or, failing that, GB18030.
public enum TextDecoder {
    /// Foundation's encoding constant for GB18030 (kCFStringEncodingGB_18030_2000) on every platform.
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text of `data` and the encoding it was found in.
    ///
    /// A UTF-8 BOM means UTF-8; otherwise valid UTF-8 is UTF-8, and anything else that is well-formed
    /// GB18030 is GB18030. - Complexity: O(n).
    public static func decode(_ data: Data) throws(UndecodableText) -> (text: String, encoding: TextEncoding) {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if let bad = firstInvalidUTF8(body) {
                throw UndecodableText(byteOffset: bad + 3, line: lineNumber(of: bad + 3, in: bytes))
            }
            return (String(decoding: body, as: UTF8.self), .utf8WithBOM)
        }
        guard let utf8Failure = firstInvalidUTF8(bytes) else {
            return (String(decoding: bytes, as: UTF8.self), .utf8)
        }
        if let gbFailure = firstInvalidGB18030(bytes) {
            // Report the failure of the encoding the file most resembles up to that point.
            let looksUTF8 = bytes[..<utf8Failure].contains { $0 >= 0x80 }
            let offset = looksUTF8 ? utf8Failure : gbFailure
            throw UndecodableText(byteOffset: offset, line: lineNumber(of: offset, in: bytes))
        }
        guard let text = String(data: data, encoding: gb18030) else {
            throw UndecodableText(byteOffset: utf8Failure, line: lineNumber(of: utf8Failure, in: bytes))
        }
        return (text, .gb18030)
    }

    /// Offset of the first byte that does not belong to a well-formed UTF-8 sequence; nil when valid.
    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                i += 1
                continue
            }
            let need: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0:
                need = 2
                low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED:
                need = 2
                high = 0x9F
            case 0xF0:
                need = 3
                low = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                high = 0x8F
            default: return i
            }
            for k in 1...need {
                guard i + k < b.count else { return i }
                let x = b[i + k]
                if k == 1 ? !(low...high).contains(x) : !(0x80...0xBF).contains(x) { return i }
            }
            i += need + 1
        }
        return nil
    }

    /// Offset of the first byte that does not belong to a well-formed GB18030 sequence; nil when valid.
    static func firstInvalidGB18030(_ b: [UInt8]) -> Int? {
        var i = 0
        while i < b.count {
            let c = b[i]
            if c <= 0x80 {
                i += 1
                continue
            }  // ASCII, and 0x80 (€ in Windows code page 936)
            guard c <= 0xFE, i + 1 < b.count else { return i }
            let d = b[i + 1]
            if (0x40...0x7E).contains(d) || (0x80...0xFE).contains(d) {
                i += 2
                continue
            }
            if (0x30...0x39).contains(d), i + 3 < b.count, (0x81...0xFE).contains(b[i + 2]), (0x30...0x39).contains(b[i + 3]) {
                i += 4
                continue
            }
            return i
        }
        return nil
    }

    /// 1-based line of a byte offset (counting LF bytes before it).
    static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
