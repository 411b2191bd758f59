import Foundation
import TerritoryModel

/// The territory folder `territory balance --write DIR` writes: every file of the input folder as it is,
/// except doctors.csv, whose rep column is changed for the doctors that move. The rest of doctors.csv
/// (columns, their order, headers in either language, every other field) is kept; it is written as
/// UTF-8 with BOM, which the loader reads whatever the input's encoding was. calls.csv is left out: the
/// calls were logged under the old reps, and `territory progress` would find them under the wrong ones.
package enum BalancedTerritory {
    /// The files of the new folder: name → bytes, doctors.csv rewritten, top-level regular files otherwise
    /// copied, plus the holiday files of a `calendars/` folder inside the territory (`calendars/2026.json`).
    package static func files(from directory: URL, reassigned: [String: String]) throws(TerritoryLoadError) -> [(name: String, bytes: [UInt8])] {
        let fm = FileManager.default
        var names: [String] = []
        for name in ((try? fm.contentsOfDirectory(atPath: directory.path)) ?? []).sorted() where !name.hasPrefix(".") {
            var isDir: ObjCBool = false
            let path = directory.appendingPathComponent(name).path
            if fm.fileExists(atPath: path, isDirectory: &isDir) {
                if !isDir.boolValue {
                    if name.caseInsensitiveCompare("calls.csv") != .orderedSame { names.append(name) }
                } else if name == "calendars" {
                    for file in ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted() where file.lowercased().hasSuffix(".json") {
                        names.append("calendars/" + file)
                    }
                }
            }
        }
        var out: [(name: String, bytes: [UInt8])] = []
        for name in names {
            guard let data = fm.contents(atPath: directory.appendingPathComponent(name).path) else {
                throw TerritoryLoadError(
                    diagnostics: [Diagnostic.error(file: name, "file cannot be read", fix: "check its permissions").zh("无法读取该文件", fix: "请检查其权限")],
                    kind: .missing)
            }
            if name == TableSchema.doctors.fileName {
                out.append((name, Array(try doctorsCSV(data, reassigned: reassigned).utf8)))
            } else {
                out.append((name, Array(data)))
            }
        }
        return out
    }

    /// doctors.csv with the rep of each doctor in `reassigned` changed; every other field as it was.
    static func doctorsCSV(_ data: Data, reassigned: [String: String]) throws(TerritoryLoadError) -> String {
        let file = TableSchema.doctors.fileName
        func fail(_ line: Int?, _ message: String) -> TerritoryLoadError {
            TerritoryLoadError(
                diagnostics: [.error(file: file, line: line, message, fix: "run `territory grade` on the territory to see what is wrong")],
                kind: .invalid)
        }
        let text: String
        do { text = try TextDecoder.decode(data).text } catch { throw fail(error.line, "bytes at offset \(error.byteOffset) are neither UTF-8 nor GB18030") }
        let records: [CSVRecord]
        do { records = try CSVReader.parse(text) } catch { throw fail(error.line, "a quoted field is not closed (column \(error.column))") }
        guard let headerIndex = records.firstIndex(where: { !$0.isBlank }) else { throw fail(nil, "no header row") }
        let header = records[headerIndex].fields
        let column = { (key: String) in
            TableSchema.doctors.columns.first { $0.key == key }.flatMap { spec in header.firstIndex { spec.matches(header: $0) } }
        }
        guard let idColumn = column("doctor_id"), let repColumn = column("rep_id") else {
            throw fail(records[headerIndex].line, "the header has no doctor_id (医生编号) or rep_id (代表编号) column")
        }
        var lines: [String] = []
        for record in records[headerIndex...] where !record.isBlank {
            var fields = record.fields
            if record.line != records[headerIndex].line, idColumn < fields.count, repColumn < fields.count,
                let rep = reassigned[fields[idColumn].trimmingWhitespace()]
            {
                fields[repColumn] = rep
            }
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return CSVWriter.byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A field quoted when it must be (comma, quote, line break), with nothing else changed: this is an input
    /// file, not a spreadsheet export, so no formula guard is added.
    static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
