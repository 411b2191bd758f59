import TerritoryModel

/// Reads typed values out of one CSV record, recording an error with file, line, column and fix for
/// every value that does not parse.
struct RowReader {
    let table: CSVTable
    let record: CSVRecord
    var diagnostics: [Diagnostic] = []

    init(table: CSVTable, record: CSVRecord) {
        self.table = table
        self.record = record
    }

    var file: String { table.schema.fileName }
    var line: Int { record.line }

    /// The trimmed text of a column; "" when the column is absent or empty.
    func text(_ key: String) -> String { table.value(key, in: record) ?? "" }

    /// `(column 职称)` for messages.
    func columnNote(_ key: String) -> String { "(column \(table.headerName(key)))" }

    mutating func error(_ key: String, _ message: String, fix: String?) {
        diagnostics.append(.error(file: file, line: line, column: table.column(key), message, fix: fix))
    }

    /// A required, non-empty text.
    mutating func required(_ key: String, fix: String? = nil) -> String? {
        let t = text(key)
        if t.isEmpty {
            error(key, "missing \(key) \(columnNote(key))", fix: fix ?? "fill in the \(table.schema.entity)'s \(key)")
            return nil
        }
        return t
    }

    /// A value parsed from a closed vocabulary (level, title, behaviour), with a suggestion when misspelt.
    mutating func vocabulary<T>(_ key: String, noun: String, shown: [String], accepted: [String], parse: (String) -> T?) -> T? {
        guard let t = required(key, fix: "write one of \(shown.joined(separator: ", "))") else { return nil }
        if let v = parse(t) { return v }
        let hint = DiagnosticPrinter.didYouMean(t, among: accepted, meaning: { String(describing: parse($0)) })
        error(key, "unknown \(noun) \"\(t)\" \(columnNote(key))", fix: "expected one of \(shown.joined(separator: ", "))" + hint)
        return nil
    }

    /// A decimal degree in `range`; nil (and an error) when missing, not a number or out of range.
    mutating func degrees(_ key: String, range: ClosedRange<Double>) -> Double? {
        guard let t = required(key, fix: "write decimal degrees, e.g. \(key == "latitude" ? "31.2304" : "121.4737")") else { return nil }
        guard let v = Double(t.replacingFullWidthDigits()), v.isFinite else {
            error(key, "\(key) \"\(t)\" is not a number \(columnNote(key))", fix: "write decimal degrees, e.g. \(key == "latitude" ? "31.2304" : "121.4737")")
            return nil
        }
        return v
    }

    /// Latitude and longitude, checking ranges and the common swap (China: latitude 18–54, longitude 73–135).
    mutating func coordinates() -> (Double, Double)? {
        let lat = degrees("latitude", range: -90...90)
        let lon = degrees("longitude", range: -180...180)
        guard let lat, let lon else { return nil }
        if (73...135).contains(lat) && (18...54).contains(lon) {
            error("latitude", "latitude \(text("latitude")) and longitude \(text("longitude")) look swapped \(columnNote("latitude"))",
                  fix: "swap the two values (China lies at latitude 18…54, longitude 73…135)")
            return nil
        }
        var ok = true
        if !(-90...90).contains(lat) {
            error("latitude", "latitude \(text("latitude")) is outside -90…90 \(columnNote("latitude"))", fix: "write decimal degrees, e.g. 31.2304")
            ok = false
        }
        if !(-180...180).contains(lon) {
            error("longitude", "longitude \(text("longitude")) is outside -180…180 \(columnNote("longitude"))", fix: "write decimal degrees, e.g. 121.4737")
            ok = false
        }
        return ok ? (lat, lon) : nil
    }

    /// An optional whole number in `range`; nil when empty (or wrong, with an error).
    mutating func optionalInt(_ key: String, range: ClosedRange<Int>, example: String) -> Int? {
        let t = text(key)
        guard !t.isEmpty else { return nil }
        let digits = t.replacingFullWidthDigits().filter { $0 != "," }
        guard let v = Int(digits), range.contains(v) else {
            error(key, "\(key) \"\(t)\" is not a whole number in \(range.lowerBound)…\(range.upperBound) \(columnNote(key))", fix: "write e.g. \(example)")
            return nil
        }
        return v
    }

    /// An optional time of day; nil when empty (or wrong, with an error).
    mutating func optionalTime(_ key: String) -> ClockTime? {
        let t = text(key)
        guard !t.isEmpty else { return nil }
        guard let v = ClockTime(parsing: t) else {
            error(key, "\(key) \"\(t)\" is not a time of day \(columnNote(key))", fix: "write HH:MM, e.g. 08:30")
            return nil
        }
        return v
    }
}
