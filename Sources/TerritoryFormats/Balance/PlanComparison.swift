import Foundation
import TerritoryModel

/// Two plan.json files side by side, one line per rep: red and yellow visits planned of those required,
/// and travel (`territory balance --compare OLD NEW`, the what-if after re-planning a balanced folder).
package struct PlanComparison {
    /// One plan's figures for a rep.
    struct Figures: Equatable {
        var redPlanned = 0, redRequired = 0, yellowPlanned = 0, yellowRequired = 0
        var travelKm = 0.0
    }

    let old: [String: Figures]
    let new: [String: Figures]
    /// Reps in the old plan's order, then those only in the new one.
    let repIDs: [String]

    /// Reads the `summary` (planned_by_zone, travel_km) and `unplaced` (zone, missing) of a plan.json.
    static func figures(_ url: URL) throws(TerritoryLoadError) -> (order: [String], figures: [String: Figures]) {
        let file = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw TerritoryLoadError(
                diagnostics: [
                    Diagnostic.error(file: url.path, "file not found", fix: "give a plan.json written by `territory plan`").zh(
                        "找不到该文件", fix: "请给出 `territory plan` 写出的 plan.json")
                ], kind: .missing)
        }
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
            let summary = root["summary"] as? [[String: Any]]
        else {
            throw TerritoryLoadError(
                diagnostics: [
                    Diagnostic.error(
                        file: file, "is not a plan.json with a \"summary\" array",
                        fix: "give a plan.json written by `territory plan`"
                    ).zh("不是带 \"summary\" 数组的 plan.json", fix: "请给出 `territory plan` 写出的 plan.json")
                ], kind: .invalid)
        }
        var order: [String] = []
        var out: [String: Figures] = [:]
        for (k, s) in summary.enumerated() {
            guard let rep = s["rep_id"] as? String, let zones = s["planned_by_zone"] as? [String: Any] else {
                throw TerritoryLoadError(
                    diagnostics: [
                        Diagnostic.error(
                            file: file, "summary[\(k)]: expected rep_id and planned_by_zone",
                            fix: "give a plan.json written by `territory plan`"
                        ).zh("summary[\(k)]：应有 rep_id 和 planned_by_zone", fix: "请给出 `territory plan` 写出的 plan.json")
                    ], kind: .invalid)
            }
            var f = Figures()
            f.redPlanned = zones["red"] as? Int ?? 0
            f.yellowPlanned = zones["yellow"] as? Int ?? 0
            f.redRequired = f.redPlanned
            f.yellowRequired = f.yellowPlanned
            f.travelKm = s["travel_km"] as? Double ?? 0
            order.append(rep)
            out[rep] = f
        }
        for u in root["unplaced"] as? [[String: Any]] ?? [] {
            guard let rep = u["rep_id"] as? String, let missing = u["missing"] as? Int else { continue }
            switch u["zone"] as? String {
            case "red": out[rep]?.redRequired += missing
            case "yellow": out[rep]?.yellowRequired += missing
            default: break
            }
        }
        return (order, out)
    }

    /// Reads both plans.
    package init(old: URL, new: URL) throws(TerritoryLoadError) {
        let a = try Self.figures(old)
        let b = try Self.figures(new)
        self.old = a.figures
        self.new = b.figures
        repIDs = a.order + b.order.filter { a.figures[$0] == nil }
    }

    static func sum(_ list: [Figures]) -> Figures {
        list.reduce(into: Figures()) {
            $0.redPlanned += $1.redPlanned
            $0.redRequired += $1.redRequired
            $0.yellowPlanned += $1.yellowPlanned
            $0.yellowRequired += $1.yellowRequired
            $0.travelKm += $1.travelKm
        }
    }

    /// The table: per rep and in total, red and yellow planned/required and coverage, travel, old → new.
    package func table(language: Language) -> String {
        let en = language.isEnglish
        func coverage(_ p: Int, _ r: Int) -> String { r == 0 ? "—" : PlanDocument.percent(Double(p) / Double(r)) }
        func side(_ f: Figures?) -> [String] {
            guard let f else { return ["—", "—", "—"] }
            return [
                "\(f.redPlanned)/\(f.redRequired) \(coverage(f.redPlanned, f.redRequired))",
                "\(f.yellowPlanned)/\(f.yellowRequired) \(coverage(f.yellowPlanned, f.yellowRequired))",
                String(format: "%.1f", f.travelKm),
            ]
        }
        let header =
            en
            ? ["Rep", "Red before", "Yellow before", "Travel km before", "Red after", "Yellow after", "Travel km after", "Change"]
            : ["代表", "红区(前)", "黄区(前)", "路程(前,公里)", "红区(后)", "黄区(后)", "路程(后,公里)", "变化"]
        func change(_ a: Figures?, _ b: Figures?) -> String {
            guard let a, let b else { return "" }
            let travel = a.travelKm == 0 ? "" : (en ? ", travel " : "，路程 ") + String(format: "%+.1f%%", (b.travelKm - a.travelKm) / a.travelKm * 100)
            return (en ? "red " : "红区 ") + String(format: "%+d", b.redPlanned - a.redPlanned) + (en ? ", yellow " : "，黄区 ")
                + String(format: "%+d", b.yellowPlanned - a.yellowPlanned) + travel
        }
        var rows = repIDs.map { [$0] + side(old[$0]) + side(new[$0]) + [change(old[$0], new[$0])] }
        let a = Self.sum(Array(old.values))
        let b = Self.sum(Array(new.values))
        rows.append([en ? "Total" : "合计"] + side(a) + side(b) + [change(a, b)])
        return TextTable(header: header, rows: rows, rightAligned: [1, 2, 3, 4, 5, 6]).render()
    }

    /// The travel change in per cent, old → new; nil when the old plan has no travel.
    static func travelChange(_ a: Figures, _ b: Figures) -> Double? {
        a.travelKm == 0 ? nil : (b.travelKm - a.travelKm) / a.travelKm * 100
    }

    /// The same figures as Excel CSV (UTF-8 with BOM, formula-safe through `CSVWriter`): one row per rep and a
    /// total row; a rep missing from one plan has that side empty.
    package func csv(language: Language) -> String {
        let header =
            language.isEnglish
            ? [
                "Rep", "Red planned before", "Red required before", "Yellow planned before", "Yellow required before", "Travel km before",
                "Red planned after", "Red required after", "Yellow planned after", "Yellow required after", "Travel km after",
                "Red change", "Yellow change", "Travel change %",
            ]
            : [
                "代表", "红区计划(前)", "红区需求(前)", "黄区计划(前)", "黄区需求(前)", "路程公里(前)",
                "红区计划(后)", "红区需求(后)", "黄区计划(后)", "黄区需求(后)", "路程公里(后)",
                "红区变化", "黄区变化", "路程变化(%)",
            ]
        func side(_ f: Figures?) -> [String] {
            guard let f else { return ["", "", "", "", ""] }
            return [
                String(f.redPlanned), String(f.redRequired), String(f.yellowPlanned), String(f.yellowRequired), String(format: "%.1f", f.travelKm),
            ]
        }
        func change(_ a: Figures?, _ b: Figures?) -> [String] {
            guard let a, let b else { return ["", "", ""] }
            // Unsigned when positive so a spreadsheet reads a number; CSVWriter marks a leading minus as text.
            return [
                String(b.redPlanned - a.redPlanned), String(b.yellowPlanned - a.yellowPlanned),
                Self.travelChange(a, b).map { String(format: "%.1f", $0) } ?? "",
            ]
        }
        var rows = repIDs.map { [$0] + side(old[$0]) + side(new[$0]) + change(old[$0], new[$0]) }
        let a = Self.sum(Array(old.values))
        let b = Self.sum(Array(new.values))
        rows.append([language.pick("合计", "Total")] + side(a) + side(b) + change(a, b))
        return CSVWriter.render(header: header, rows: rows)
    }

    /// The same figures as JSON with English keys: `reps` (rep_id, before, after, change) and `total`; a side
    /// missing from one plan is null.
    package func json() -> String {
        func side(_ f: Figures?) -> JSONValue {
            guard let f else { return .null }
            return .object([
                ("red_planned", .int(f.redPlanned)), ("red_required", .int(f.redRequired)),
                ("yellow_planned", .int(f.yellowPlanned)), ("yellow_required", .int(f.yellowRequired)),
                ("travel_km", .double(PlanDocument.rounded(f.travelKm, 10))),
            ])
        }
        func change(_ a: Figures?, _ b: Figures?) -> JSONValue {
            guard let a, let b else { return .null }
            return .object([
                ("red", .int(b.redPlanned - a.redPlanned)), ("yellow", .int(b.yellowPlanned - a.yellowPlanned)),
                ("travel_km", .double(PlanDocument.rounded(b.travelKm - a.travelKm, 10))),
                ("travel_percent", Self.travelChange(a, b).map { .double(PlanDocument.rounded($0, 10)) } ?? .null),
            ])
        }
        let reps: [JSONValue] = repIDs.map {
            .object([("rep_id", .string($0)), ("before", side(old[$0])), ("after", side(new[$0])), ("change", change(old[$0], new[$0]))])
        }
        let a = Self.sum(Array(old.values))
        let b = Self.sum(Array(new.values))
        return JSONWriter.render(
            .object([
                ("reps", .array(reps)), ("total", .object([("before", side(a)), ("after", side(b)), ("change", change(a, b))])),
            ])) + "\n"
    }
}
