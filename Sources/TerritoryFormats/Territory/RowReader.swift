import TerritoryModel

/// Reads typed values out of one CSV record, recording an error with file, line, column and fix for
/// every value that does not parse.
struct RowReader {
    package let table: CSVTable
    let record: CSVRecord
    package var diagnostics: [Diagnostic] = []

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

    /// `（列 职称）` for Chinese messages.
    func columnNoteZH(_ key: String) -> String { "（列 \(table.headerName(key))）" }

    /// Records an error at `key`'s column, in English and Chinese.
    mutating func error(_ key: String, _ message: String, fix: String?, zh: String, fixZH: String?) {
        diagnostics.append(Diagnostic.error(file: file, line: line, column: table.column(key), message, fix: fix).zh(zh, fix: fixZH))
    }

    /// A required, non-empty text.
    mutating func required(_ key: String, fix: (en: String, zh: String)? = nil) -> String? {
        let t = text(key)
        if t.isEmpty {
            error(
                key, "missing \(key) \(columnNote(key))", fix: fix?.en ?? "fill in the \(table.schema.entity)'s \(key)",
                zh: "缺少 \(key)\(columnNoteZH(key))", fixZH: fix?.zh ?? "请填写 \(key)")
            return nil
        }
        return t
    }

    /// A required id: non-empty, and free of control, bidirectional and zero-width characters, which
    /// no one can see or type and which would make two ids look alike (`id-invisible-character`).
    mutating func identifier(_ key: String) -> String? {
        guard let t = required(key) else { return nil }
        guard let bad = t.unicodeScalars.first(where: Diagnostic.isInvisible) else { return t }
        let position = t.unicodeScalars.firstIndex(of: bad).map { t.unicodeScalars.distance(from: t.unicodeScalars.startIndex, to: $0) + 1 } ?? 1
        let code = Diagnostic.visible(String(bad))
        diagnostics.append(
            Diagnostic.error(
                file: file, line: line, column: table.column(key),
                "\(key) \"\(t)\" holds the invisible character \(code) at position \(position) \(columnNote(key))",
                fix: "delete it (ids are matched exactly as written)"
            )
            .coded(
                "id-invisible-character", zh: "\(key) \"\(t)\" 的第 \(position) 个字符是看不见的控制字符 \(code)\(columnNoteZH(key))",
                fix: "删除它（编号按原样逐字匹配）"))
        return nil
    }

    /// A value parsed from a closed vocabulary (level, title, behaviour), with a suggestion when misspelt.
    mutating func vocabulary<T>(_ key: String, noun: String, shown: [String], accepted: [String], parse: (String) -> T?) -> T? {
        let list = shown.joined(separator: ", ")
        // The Chinese message lists the Chinese (and numeric) spellings; the English ones are accepted too.
        let chinese = shown.filter { !$0.allSatisfy { $0.isASCII && ($0.isLetter || $0 == " " || $0 == "_") } }
        let listZH = (chinese.isEmpty ? shown : chinese).joined(separator: ", ")
        guard let t = required(key, fix: ("write one of \(list)", "请填写其中之一：\(listZH)")) else { return nil }
        if let v = parse(t) { return v }
        let hint = DiagnosticPrinter.didYouMeanInBoth(t, among: accepted, meaning: { String(describing: parse($0)) })
        error(
            key, "unknown \(noun) \"\(t)\" \(columnNote(key))", fix: "expected one of \(list)" + hint.en,
            zh: "无法识别的值 \"\(t)\"\(columnNoteZH(key))", fixZH: "应为其中之一：\(listZH)" + hint.zh)
        return nil
    }

    /// A decimal degree in `range`; nil (and an error) when missing, not a number or out of range.
    mutating func degrees(_ key: String, range: ClosedRange<Double>) -> Double? {
        let example = key == "latitude" ? "31.2304" : "121.4737"
        guard let t = required(key, fix: ("write decimal degrees, e.g. \(example)", "请填写十进制度数，例如 \(example)")) else { return nil }
        guard let v = Double(t.replacingFullWidthDigits()), v.isFinite else {
            error(
                key, "\(key) \"\(t)\" is not a number \(columnNote(key))", fix: "write decimal degrees, e.g. \(example)",
                zh: "\(key) \"\(t)\" 不是数字\(columnNoteZH(key))", fixZH: "请填写十进制度数，例如 \(example)")
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
            error(
                "latitude", "latitude \(text("latitude")) and longitude \(text("longitude")) look swapped \(columnNote("latitude"))",
                fix: "swap the two values (China lies at latitude 18…54, longitude 73…135)",
                zh: "纬度 \(text("latitude")) 和经度 \(text("longitude")) 似乎填反了\(columnNoteZH("latitude"))",
                fixZH: "请对调两个值（中国位于纬度 18…54、经度 73…135）")
            return nil
        }
        var ok = true
        if !(-90...90).contains(lat) {
            error(
                "latitude", "latitude \(text("latitude")) is outside -90…90 \(columnNote("latitude"))", fix: "write decimal degrees, e.g. 31.2304",
                zh: "纬度 \(text("latitude")) 超出 -90…90\(columnNoteZH("latitude"))", fixZH: "请填写十进制度数，例如 31.2304")
            ok = false
        }
        if !(-180...180).contains(lon) {
            error(
                "longitude", "longitude \(text("longitude")) is outside -180…180 \(columnNote("longitude"))", fix: "write decimal degrees, e.g. 121.4737",
                zh: "经度 \(text("longitude")) 超出 -180…180\(columnNoteZH("longitude"))", fixZH: "请填写十进制度数，例如 121.4737")
            ok = false
        }
        guard ok else { return nil }
        if !(Self.chinaLatitudes.contains(lat) && Self.chinaLongitudes.contains(lon)) {
            let place = "latitude \(text("latitude")), longitude \(text("longitude"))"
            diagnostics.append(
                Diagnostic.error(
                    file: file, line: line, column: table.column("latitude"),
                    "\(place) lies outside China (latitude 18…54, longitude 73…135) \(columnNote("latitude"))",
                    fix: "write the \(table.schema.entity)'s WGS-84 coordinates, e.g. 31.2304, 121.4737 (a 0 is usually a value left out)"
                )
                .coded(
                    "coordinates-outside-china",
                    zh: "纬度 \(text("latitude"))、经度 \(text("longitude")) 不在中国境内（纬度 18…54，经度 73…135）\(columnNoteZH("latitude"))",
                    fix: "填写 WGS-84 坐标，例如 31.2304, 121.4737（0 通常是漏填）"))
            return nil
        }
        return (lat, lon)
    }

    /// China's bounding box (with Hainan and Heilongjiang): every territory lies inside it.
    static let chinaLatitudes: ClosedRange<Double> = 18...54
    static let chinaLongitudes: ClosedRange<Double> = 73...135

    /// An optional whole number in `range`; nil when empty (or wrong, with an error).
    mutating func optionalInt(_ key: String, range: ClosedRange<Int>, example: String) -> Int? {
        let t = text(key)
        guard !t.isEmpty else { return nil }
        let digits = t.replacingFullWidthDigits().filter { $0 != "," }
        guard let v = Int(digits), range.contains(v) else {
            error(
                key, "\(key) \"\(t)\" is not a whole number in \(range.lowerBound)…\(range.upperBound) \(columnNote(key))", fix: "write e.g. \(example)",
                zh: "\(key) \"\(t)\" 不是 \(range.lowerBound)…\(range.upperBound) 内的整数\(columnNoteZH(key))", fixZH: "请填写例如 \(example)")
            return nil
        }
        return v
    }

    /// An optional time of day; nil when empty (or wrong, with an error).
    mutating func optionalTime(_ key: String) -> ClockTime? {
        let t = text(key)
        guard !t.isEmpty else { return nil }
        guard let v = ClockTime(parsing: t) else {
            error(
                key, "\(key) \"\(t)\" is not a time of day \(columnNote(key))", fix: "write HH:MM, e.g. 08:30",
                zh: "\(key) \"\(t)\" 不是时刻\(columnNoteZH(key))", fixZH: "请按 HH:MM 填写，例如 08:30")
            return nil
        }
        return v
    }
}
