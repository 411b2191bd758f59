import Foundation
import TerritoryPlanner

/// Reads the official holiday data (holiday-cn JSON: `{"year", "papers", "days": [{"name", "date", "isOffDay"}]}`).
public enum CalendarLoader {
    /// Builds a calendar from every `*.json` holiday file in `directory` plus optional extra files
    /// (`--holidays`). A year counts as published when one of its files lists at least one day.
    public static func load(directory: URL?, extraFiles: [URL] = []) throws(TerritoryLoadError) -> WorkCalendar {
        var files: [URL] = []
        if let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) {
            files = names.filter { $0.hasSuffix(".json") && $0 != "schema.json" }.sorted().map { directory.appendingPathComponent($0) }
        }
        files += extraFiles
        var entries: [WorkCalendar.Entry] = []
        var published = Set<Int>()
        var diagnostics: [Diagnostic] = []
        for url in files {
            let name = url.lastPathComponent
            guard let data = FileManager.default.contents(atPath: url.path) else {
                diagnostics.append(.error(file: url.path, "file not found", fix: "give a holiday file in the holiday-cn JSON format (see territories/README.md)"))
                continue
            }
            guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let days = root["days"] as? [[String: Any]] else {
                diagnostics.append(.error(file: name, "not a holiday file: expected a JSON object with a \"days\" array",
                                          fix: "use the format of territories/calendars/2026.json"))
                continue
            }
            for (k, day) in days.enumerated() {
                guard let text = day["date"] as? String, let date = CalendarDate(parsing: text), let off = day["isOffDay"] as? Bool else {
                    diagnostics.append(.error(file: name, "days[\(k)] needs \"date\": \"YYYY-MM-DD\" and \"isOffDay\": true/false",
                                              fix: "correct entry \(k) of the days array"))
                    continue
                }
                entries.append(WorkCalendar.Entry(date: date, name: day["name"] as? String ?? "", isOffDay: off))
                published.insert(date.year)
            }
            if !days.isEmpty, let year = root["year"] as? Int { published.insert(year) }
        }
        if !diagnostics.isEmpty { throw TerritoryLoadError(diagnostics: diagnostics, exitCode: ExitCode.dataError) }
        return WorkCalendar(entries: entries, publishedYears: published)
    }
}
