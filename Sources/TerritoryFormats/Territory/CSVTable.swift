import Foundation
import TerritoryModel

/// A territory CSV file read and its header mapped to the schema's columns.
struct CSVTable {
    /// The schema the header was matched against.
    let schema: TableSchema
    /// The header cells as written (trimmed).
    let header: [String]
    /// Position of each canonical column key in a record.
    let columnIndex: [String: Int]
    /// The data records, blank ones removed.
    let records: [CSVRecord]
    /// The encoding the file was in.
    let encoding: TextEncoding

    /// A field of a record by canonical key, trimmed; nil when the file lacks the column.
    func value(_ key: String, in record: CSVRecord) -> String? {
        guard let i = columnIndex[key] else { return nil }
        return i < record.fields.count ? record.fields[i].trimmingWhitespace() : ""
    }

    /// 1-based column number of a key.
    func column(_ key: String) -> Int? { columnIndex[key].map { $0 + 1 } }

    /// The header as the file writes it, for `(column 职称)`.
    func headerName(_ key: String) -> String { columnIndex[key].map { header[$0] } ?? key }

    /// Reads `fileName` of `files`; problems are appended to `diagnostics` and nil returned when the
    /// rows cannot be used (missing file, bad bytes, unterminated quote, missing required column).
    static func read(_ schema: TableSchema, in files: TerritoryFiles, diagnostics: inout [Diagnostic], missingFiles: inout Int) -> CSVTable? {
        let file = schema.fileName
        guard let data = files.contents(file) else {
            missingFiles += 1
            let required = schema.columns.filter(\.required).map(\.key).joined(separator: ", ")
            let what = files.exists(file) ? "cannot be read" : "not found"
            let whatZH = files.exists(file) ? "无法读取" : "找不到"
            diagnostics.append(
                Diagnostic.error(
                    file: file, "file \(what) in \(files.directory.path)",
                    fix: "create it with the columns \(required) (see territories/README.md)"
                ).zh("在 \(files.directory.path) 中\(whatZH)该文件", fix: "请建立该文件，列为 \(required)（见 territories/README.md）"))
            return nil
        }
        let text: String
        let encoding: TextEncoding
        do {
            (text, encoding) = try TextDecoder.decode(data)
        } catch {
            diagnostics.append(
                Diagnostic.error(
                    file: file, line: error.line, "bytes at offset \(error.byteOffset) are neither UTF-8 nor GB18030",
                    fix: "save the file as \"CSV UTF-8\" or as CSV in GB18030/GBK"
                ).zh("偏移 \(error.byteOffset) 处的字节既不是 UTF-8 也不是 GB18030", fix: "请把文件另存为 \"CSV UTF-8\"，或 GB18030/GBK 编码的 CSV"))
            return nil
        }
        let all: [CSVRecord]
        do {
            all = try CSVReader.parse(text)
        } catch {
            diagnostics.append(
                Diagnostic.error(
                    file: file, line: error.line, column: error.column,
                    "unterminated quote: the quoted field that opens here runs to the end of the file",
                    fix: "close it with \" or remove the stray \""
                ).zh("引号未闭合：从这里开始的带引号字段一直延续到文件末尾", fix: "请用 \" 闭合，或删除多余的 \""))
            return nil
        }
        let nonBlank = all.filter { !$0.isBlank }
        guard let head = nonBlank.first else {
            diagnostics.append(
                Diagnostic.error(
                    file: file, "file is empty",
                    fix: "the first line must be the header: \(schema.columns.filter(\.required).map(\.key).joined(separator: ","))"
                ).zh("文件是空的", fix: "第一行必须是表头：\(schema.columns.filter(\.required).map(\.key).joined(separator: ","))"))
            return nil
        }
        let header = head.fields.map { $0.trimmingWhitespace() }
        var index: [String: Int] = [:]
        var unknown: [String] = []
        var unknownZH: [String] = []
        var ok = true
        for (i, cell) in header.enumerated() {
            guard !cell.isEmpty else { continue }
            let normalized = TableSchema.normalize(cell)
            guard let spec = schema.columns.first(where: { $0.spellings.contains(normalized) }) else {
                unknown.append("\"\(cell)\" (column \(i + 1))")
                unknownZH.append("\"\(cell)\"（第 \(i + 1) 列）")
                continue
            }
            if let first = index[spec.key] {
                ok = false
                diagnostics.append(
                    Diagnostic.error(
                        file: file, line: head.line, column: i + 1,
                        "column \"\(cell)\" repeats column \(first + 1) (\"\(header[first])\"), both \(spec.key)",
                        fix: "remove or rename one of them"
                    ).zh("列 \"\(cell)\" 与第 \(first + 1) 列（\"\(header[first])\"）重复，都是 \(spec.key)", fix: "请删除或改名其中一列"))
                continue
            }
            index[spec.key] = i
        }
        for spec in schema.columns where spec.required && index[spec.key] == nil {
            ok = false
            diagnostics.append(
                Diagnostic.error(
                    file: file, line: head.line, "missing required column \(spec.key) (\(spec.chinese))",
                    fix: "add a column headed \"\(spec.key)\" or \"\(spec.chinese)\""
                ).zh("缺少必需的列 \(spec.key)（\(spec.chinese)）", fix: "请加一列，表头为 \"\(spec.key)\" 或 \"\(spec.chinese)\""))
        }
        if !unknown.isEmpty {
            diagnostics.append(
                Diagnostic.note(
                    file: file, line: head.line,
                    "\(DiagnosticPrinter.count(unknown.count, "unknown column")) ignored: \(unknown.joined(separator: ", "))"
                ).zh("忽略了 \(unknown.count) 个无法识别的列：\(unknownZH.joined(separator: ", "))"))
        }
        guard ok else { return nil }
        return CSVTable(schema: schema, header: header, columnIndex: index, records: Array(nonBlank.dropFirst()), encoding: encoding)
    }
}
