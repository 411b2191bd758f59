/// One record of a CSV file.
public struct CSVRecord: Sendable, Hashable {
    /// The fields, unquoted.
    public var fields: [String]
    /// 1-based line on which the record starts.
    public var line: Int

    /// Creates a record.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// Whether every field is empty or white space (such rows are skipped).
    public var isBlank: Bool { fields.allSatisfy { $0.allSatisfy { $0.isWhitespace || $0 == "\u{3000}" } } }
}

/// A quoted field that never closes.
public struct CSVUnterminatedQuote: Error, Sendable, Hashable {
    /// 1-based line where the quoted field opens.
    public var line: Int
    /// 1-based field number in its record.
    public var column: Int
}

/// Reads RFC 4180 CSV: comma separated, fields optionally quoted with `"`, `""` inside quotes for a quote,
/// quoted fields may hold commas and line breaks; records end with CRLF, LF or CR.
///
/// Lenient where Excel is: a quote inside an unquoted field is kept as text, and text after a closing
/// quote is appended to the field.
public enum CSVReader {
    /// Parses `text` into records. A final line break does not start an empty record.
    ///
    /// - Complexity: O(n) in the number of Unicode scalars.
    public static func parse(_ text: String) throws(CSVUnterminatedQuote) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quoteLine = 1
        var fieldStarted = false  // any scalar (or a quote) seen in the current record
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return iterator.next()
        }
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(fields: fields, line: recordLine))
            fields = []
            fieldStarted = false
        }

        while let s = next() {
            if inQuotes {
                if s == "\"" {
                    if let n = next() {
                        if n == "\"" {
                            field.append("\"")
                        } else {
                            inQuotes = false
                            pending = n
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if s == "\n" { line += 1 }
                    if s == "\r" {
                        if let n = next(), n != "\n" { pending = n }
                        line += 1
                        field.append("\n")
                        continue
                    }
                    field.append(s)
                }
                continue
            }
            switch s {
            case ",":
                endField()
                fieldStarted = true
            case "\r", "\n":
                if s == "\r", let n = next(), n != "\n" { pending = n }
                if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() } else { records.append(CSVRecord(fields: [""], line: recordLine)) }
                line += 1
                recordLine = line
            case "\"" where field.isEmpty:
                inQuotes = true
                quoteLine = line
                fieldStarted = true
            default:
                field.append(s)
                fieldStarted = true
            }
        }
        if inQuotes { throw CSVUnterminatedQuote(line: quoteLine, column: fields.count + 1) }
        if fieldStarted || !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
