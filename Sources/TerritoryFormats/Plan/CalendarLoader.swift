import Foundation
import TerritoryPlanner

/// Reads the official holiday data (holiday-cn JSON: `{"year", "papers", "days": [{"name", "date", "isOffDay"}]}`).
public enum CalendarLoader {
    /// Builds a calendar from the holiday files the binary carries (`BundledHolidays`), every
    /// `*.json` holiday file in `directory` (replacing a bundled file of the same name, so a
    /// territory can bring a newer year), plus optional extra files (`--holidays`). A year counts
    /// as published when one of its files lists at least one day.
    public static func load(directory: URL?, extraFiles: [URL] = []) throws(TerritoryLoadError) -> WorkCalendar {
        var sources: [(name: String, path: String, data: Data?)] = BundledHolidays.files.map { ($0.name, $0.name, Data($0.text.utf8)) }
        if let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) {
            for name in names.filter({ $0.hasSuffix(".json") && $0 != "schema.json" }).sorted() {
                let url = directory.appendingPathComponent(name)
                let entry = (name, url.path, FileManager.default.contents(atPath: url.path))
                if let k = sources.firstIndex(where: { $0.name == name }) { sources[k] = entry } else { sources.append(entry) }
            }
        }
        sources += extraFiles.map { ($0.lastPathComponent, $0.path, FileManager.default.contents(atPath: $0.path)) }
        var entries: [WorkCalendar.Entry] = []
        var published = Set<Int>()
        var diagnostics: [Diagnostic] = []
        for (name, path, contents) in sources {
            guard let data = contents else {
                diagnostics.append(
                    Diagnostic.error(file: path, "file not found", fix: "give a holiday file in the holiday-cn JSON format (see territories/README.md)").zh(
                        "找不到该文件", fix: "请给出 holiday-cn JSON 格式的节假日文件（见 territories/README.md）"))
                continue
            }
            guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let days = root["days"] as? [[String: Any]] else {
                diagnostics.append(
                    Diagnostic.error(
                        file: name, "not a holiday file: expected a JSON object with a \"days\" array",
                        fix: "use the format of territories/calendars/2026.json"
                    ).zh("不是节假日文件：应为带 \"days\" 数组的 JSON 对象", fix: "请按 territories/calendars/2026.json 的格式"))
                continue
            }
            for (k, day) in days.enumerated() {
                guard let text = day["date"] as? String, let date = CalendarDate(parsing: text), let off = day["isOffDay"] as? Bool else {
                    diagnostics.append(
                        Diagnostic.error(
                            file: name, "days[\(k)] needs \"date\": \"YYYY-MM-DD\" and \"isOffDay\": true/false",
                            fix: "correct entry \(k) of the days array"
                        ).zh("days[\(k)] 需要 \"date\": \"YYYY-MM-DD\" 和 \"isOffDay\": true/false", fix: "请更正 days 数组的第 \(k) 项"))
                    continue
                }
                entries.append(WorkCalendar.Entry(date: date, name: day["name"] as? String ?? "", isOffDay: off))
                published.insert(date.year)
            }
            if !days.isEmpty, let year = root["year"] as? Int { published.insert(year) }
        }
        if !diagnostics.isEmpty { throw TerritoryLoadError(diagnostics: diagnostics, kind: .invalid) }
        return WorkCalendar(entries: entries, publishedYears: published)
    }
}
