/// Writes RFC 4180 CSV that Excel opens correctly: UTF-8 with BOM, CRLF line ends, quoting where needed,
/// and formulas neutralised.
public enum CSVWriter {
    /// The UTF-8 byte order mark Excel needs to read UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    /// The document: BOM (unless `includeBOM` is false), then each record on its own CRLF-terminated line.
    public static func render(header: [String], rows: [[String]], includeBOM: Bool = true) -> String {
        var out = includeBOM ? byteOrderMark : ""
        for record in [header] + rows { out += record.map(escape).joined(separator: ",") + "\r\n" }
        return out
    }

    /// A field as a spreadsheet must read it: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'`.
    static func neutralised(_ field: String) -> String {
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { return "'" + field }
        return field
    }

    /// One field: a leading `=`, `+`, `-`, `@`, tab or CR gets a `'` so spreadsheets show it as text
    /// (CSV injection); then the field is quoted when it holds a comma, quote, CR or LF, with quotes doubled.
    public static func escape(_ field: String) -> String {
        let f = neutralised(field)
        if f.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) {
            return "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return f
    }
}

extension String {
    /// Every occurrence of `target` replaced (a Foundation-free version for this module's writers).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }

    func components(separatedBy separator: String) -> [String] {
        var parts: [String] = []
        var rest = self[...]
        while let r = rest.range(of: separator) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
