import Foundation
import TerritoryModel

/// Reads a territory's optional rules.json: every key optional, a missing key keeps DOMAIN.md's default.
public enum RulesReader {
    /// The file name.
    public static let fileName = "rules.json"

    /// The top-level keys rules.json understands.
    public static let knownKeys = [
        "tier_thresholds", "scores", "bonus", "max_score", "grade_bands", "zones", "visits_per_month", "zone_priority", "shortfall",
        "service_minutes", "lunch", "lunch_minutes", "calls_per_day", "day_start", "day_end", "detour_factor", "speed_kmh",
        "day_minute_cost", "idle_minute_cost", "balance_cap", "balance_tolerance", "co_visit",
    ]

    /// The rules of `directory` (defaults when it has no rules.json); nil when rules.json has errors,
    /// which are appended to `diagnostics` with warnings for unknown keys.
    public static func read(directory: URL, diagnostics: inout [Diagnostic]) -> Rules? {
        read(TerritoryFiles(directory: directory), diagnostics: &diagnostics)
    }

    /// The rules of `files` (defaults without a rules.json), as `read(directory:diagnostics:)`.
    static func read(_ files: TerritoryFiles, diagnostics: inout [Diagnostic]) -> Rules? {
        guard files.exists(fileName) else { return Rules() }
        guard let data = files.contents(fileName) else {
            diagnostics.append(Diagnostic.error(file: fileName, "file cannot be read", fix: "check its permissions").zh("无法读取该文件", fix: "请检查其权限"))
            return nil
        }
        let text: String
        do { text = try TextDecoder.decode(data).text } catch {
            diagnostics.append(
                Diagnostic.error(
                    file: fileName, line: error.line, "bytes at offset \(error.byteOffset) are neither UTF-8 nor GB18030",
                    fix: "save rules.json as UTF-8"
                ).zh("偏移 \(error.byteOffset) 处的字节既不是 UTF-8 也不是 GB18030", fix: "请把 rules.json 存为 UTF-8"))
            return nil
        }
        return parse(text, diagnostics: &diagnostics)
    }

    /// Rules from the text of a rules.json.
    public static func parse(_ text: String, diagnostics: inout [Diagnostic]) -> Rules? {
        var parser = RulesParser(text: text)
        let rules = parser.parse()
        diagnostics += parser.diagnostics
        return parser.diagnostics.contains { $0.severity == .error } ? nil : rules
    }
}

/// The state of reading one rules.json.
struct RulesParser {
    let text: String
    package var diagnostics: [Diagnostic] = []
    var rules = Rules()

    init(text: String) { self.text = text }

    /// Line and column (1-based) of the first occurrence of `needle` in the text.
    func position(of needle: String) -> (line: Int, column: Int)? {
        guard let r = text.range(of: needle) else { return nil }
        return position(ofOffset: text.distance(from: text.startIndex, to: r.lowerBound))
    }

    /// Line and column of a character offset.
    func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for ch in text.prefix(offset) {
            if ch == "\n" || ch == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    mutating func error(_ message: String, at needle: String? = nil, fix: String? = nil, zh: String? = nil, fixZH: String? = nil) {
        let p = needle.flatMap(position(of:))
        let d = Diagnostic.error(file: RulesReader.fileName, line: p?.line, column: p?.column, message, fix: fix)
        diagnostics.append(zh.map { d.zh($0, fix: fixZH) } ?? d)
    }

    mutating func parse() -> Rules {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
            var line: Int? = nil
            var column: Int? = nil
            if let r = detail.range(of: "around character "), let n = Int(detail[r.upperBound...].prefix { $0.isNumber }) {
                (line, column) = position(ofOffset: n)
            } else if detail.contains("end of file") || detail.contains("end of data") {
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                line = max(1, lines.count - (text.hasSuffix("\n") ? 1 : 0))
            }
            let reason = detail.hasSuffix(".") ? String(detail.dropLast()) : detail
            // The Chinese reason from our own reader, which finds the same fault.
            var reasonZH = reason
            do { _ = try JSONReader.parse(text) } catch { reasonZH = error.chinese }
            diagnostics.append(
                Diagnostic.error(
                    file: RulesReader.fileName, line: line, column: column, "does not parse as JSON: \(reason)",
                    fix: "check commas, quotes and brackets near there"
                ).zh("无法按 JSON 解析：\(reasonZH)", fix: "请检查那附近的逗号、引号和括号"))
            return rules
        }
        guard let object = root as? [String: Any] else {
            error("the top level must be an object { … }", fix: "wrap the settings in { }", zh: "最外层必须是对象 { … }", fixZH: "请用 { } 把设置括起来")
            return rules
        }
        checkDuplicateKeys()
        // A misspelt key would silently keep the default it meant to change, so it is refused like the
        // unknown keys inside zones, bonus and tier_thresholds.
        for key in object.keys.sorted() where !RulesReader.knownKeys.contains(key) {
            let p = position(of: "\"\(key)\"")
            let close = Suggestion.closest(to: key, among: RulesReader.knownKeys)
            let hint = close.map { "did you mean \"\($0)\"?" } ?? "known keys are \(RulesReader.knownKeys.joined(separator: ", "))"
            let hintZH = close.map { "是不是 \"\($0)\"？" } ?? "可用的键：\(RulesReader.knownKeys.joined(separator: ", "))"
            diagnostics.append(
                Diagnostic.error(file: RulesReader.fileName, line: p?.line, column: p?.column, "unknown key \"\(key)\"", fix: hint)
                    .coded("rules-unknown-key", zh: "未知的键 \"\(key)\"", fix: hintZH))
        }
        if let v = object["tier_thresholds"] { readThresholds(v) }
        if let v = object["scores"] { readScores(v) }
        if let v = object["bonus"] { readBonus(v) }
        if let v = object["max_score"], let n = int(v, key: "max_score", range: 1...100) { rules.maxScore = n }
        if let v = object["grade_bands"] { readBands(v) }
        if let v = object["zones"] { readZones(v) }
        if let v = object["visits_per_month"] { readVisits(v) }
        if let v = object["zone_priority"] { readPriority(v) }
        if let v = object["shortfall"] {
            if let t = v as? String, let p = ShortfallPolicy(rawValue: t) {
                rules.shortfall = p
            } else {
                let list = ShortfallPolicy.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
                error(
                    "\"shortfall\" must be one of \(list), not \(describe(v))", at: "\"shortfall\"",
                    zh: "\"shortfall\" 必须是 \(list) 之一，而不是 \(describeZH(v))")
            }
        }
        if let v = object["service_minutes"], let n = int(v, key: "service_minutes", range: 1...240) { rules.serviceMinutes = n }
        if let v = object["calls_per_day"], let n = int(v, key: "calls_per_day", range: 1...40) { rules.callsPerDay = n }
        if let v = object["lunch"] {
            if let s = v as? String, let w = ClockWindow(parsing: s) {
                rules.lunch = w
                // A lunch span without a length is a fixed lunch, as before lunch could move.
                if object["lunch_minutes"] == nil { rules.lunchMinutes = w.end.minutes - w.start.minutes }
            } else {
                error("\"lunch\" must be a time span like \"11:00-14:00\"", at: "\"lunch\"", zh: "\"lunch\" 必须是 \"11:00-14:00\" 这样的时段")
            }
        }
        if let v = object["lunch_minutes"], let n = int(v, key: "lunch_minutes", range: 0...240) { rules.lunchMinutes = n }
        if let v = object["day_start"] { if let t = time(v, key: "day_start") { rules.dayStart = t } }
        if let v = object["day_end"] { if let t = time(v, key: "day_end") { rules.dayEnd = t } }
        if let v = object["detour_factor"], let d = double(v, key: "detour_factor", range: 1...5) { rules.detourFactor = d }
        if let v = object["day_minute_cost"], let d = double(v, key: "day_minute_cost", range: 0...10) { rules.dayMinuteCost = d }
        if let v = object["idle_minute_cost"], let d = double(v, key: "idle_minute_cost", range: 0...10) { rules.idleMinuteCost = d }
        if let v = object["balance_cap"], let d = double(v, key: "balance_cap", range: 50...300) { rules.balanceCap = d / 100 }
        if let v = object["balance_tolerance"], let d = double(v, key: "balance_tolerance", range: 0...50) { rules.balanceTolerance = d / 100 }
        if let v = object["co_visit"] { readCoVisit(v) }
        if let v = object["speed_kmh"], let d = double(v, key: "speed_kmh", range: 1...150) { rules.speedKmPerHour = d }
        if !diagnostics.contains(where: { $0.severity == .error }) {
            checkBands(explicit: object["grade_bands"] != nil)
            checkBonuses()
        }
        if !diagnostics.contains(where: { $0.severity == .error }) {
            for (problem, zh) in zip(rules.validationProblems(), rules.validationProblems(chinese: true)) {
                error(problem, fix: "correct rules.json", zh: zh, fixZH: "请更正 rules.json")
            }
        }
        return rules
    }

    mutating func coded(_ code: String, _ message: String, at needle: String?, fix: String, zh: String, fixZH: String) {
        let p = needle.flatMap(position(of:))
        diagnostics.append(
            Diagnostic.error(file: RulesReader.fileName, line: p?.line, column: p?.column, message, fix: fix)
                .coded(code, zh: zh, fix: fixZH))
    }

    /// Grade bands must not overlap (`grade-bands-overlap`) nor leave scores between them ungraded (`grade-bands-gap`).
    mutating func checkBands(explicit: Bool) {
        let bands = Grade.allCases.compactMap { g in rules.gradeBands[g].map { (g, $0) } }.sorted { $0.1.lowerBound < $1.1.lowerBound }
        let at: String? = explicit ? "\"grade_bands\"" : nil
        for (low, high) in zip(bands, bands.dropFirst()) {
            let a = "\(low.0.letter) \(low.1.lowerBound)–\(low.1.upperBound)"
            let b = "\(high.0.letter) \(high.1.lowerBound)–\(high.1.upperBound)"
            if high.1.lowerBound <= low.1.upperBound {
                coded(
                    "grade-bands-overlap", "grade bands \(a) and \(b) overlap: a score of \(high.1.lowerBound) would have two grades", at: at,
                    fix: "make each band start one above the one below, e.g. C [1, 3], B [4, 7], A [8, 12]",
                    zh: "分级区间 \(a) 与 \(b) 重叠：\(high.1.lowerBound) 分会同时属于两个级别", fixZH: "让每个区间紧接上一个区间，例如 C [1, 3]、B [4, 7]、A [8, 12]")
            } else if high.1.lowerBound > low.1.upperBound + 1 {
                let gap = low.1.upperBound + 1 == high.1.lowerBound - 1 ? "\(low.1.upperBound + 1)" : "\(low.1.upperBound + 1)–\(high.1.lowerBound - 1)"
                coded(
                    "grade-bands-gap", "grade bands \(a) and \(b) leave a gap: a score of \(gap) has no grade", at: at,
                    fix: "make each band start one above the one below, e.g. C [1, 3], B [4, 7], A [8, 12]",
                    zh: "分级区间 \(a) 与 \(b) 之间有空缺：\(gap) 分没有级别", fixZH: "让每个区间紧接上一个区间，例如 C [1, 3]、B [4, 7]、A [8, 12]")
            }
        }
    }

    /// Bonus points must be positive (`bonus-negative`) and at most the score cap (`bonus-above-cap`).
    mutating func checkBonuses() {
        for (i, b) in rules.bonuses.enumerated() {
            if b.points < 0 {
                coded(
                    "bonus-negative", "bonus[\(i)] has \(b.points) points; bonus points add to the score and cannot be negative", at: "\"points\"",
                    fix: "use points from 1 to \(rules.maxScore), or lower the scores table instead",
                    zh: "bonus[\(i)] 为 \(b.points) 分；加分只能为正", fixZH: "使用 1 到 \(rules.maxScore) 的分数，或改低 scores 表")
            } else if b.points > rules.maxScore {
                coded(
                    "bonus-above-cap", "bonus[\(i)] has \(b.points) points, above the score cap max_score \(rules.maxScore)", at: "\"points\"",
                    fix: "use points from 1 to \(rules.maxScore); the total is capped at \(rules.maxScore) anyway",
                    zh: "bonus[\(i)] 为 \(b.points) 分，超过了总分上限 max_score \(rules.maxScore)", fixZH: "使用 1 到 \(rules.maxScore) 的分数；总分本就封顶于 \(rules.maxScore)")
            }
        }
    }

    // MARK: - Values

    mutating func int(_ v: Any, key: String, range: ClosedRange<Int>) -> Int? {
        if let n = v as? Int, !(v is String), range.contains(n), (v as? Double).map({ $0 == $0.rounded() }) ?? true { return n }
        error(
            "\"\(key)\" must be a whole number in \(range.lowerBound)…\(range.upperBound), not \(describe(v))", at: "\"\(key)\"",
            zh: "\"\(key)\" 必须是 \(range.lowerBound)…\(range.upperBound) 内的整数，而不是 \(describeZH(v))")
        return nil
    }

    mutating func double(_ v: Any, key: String, range: ClosedRange<Double>) -> Double? {
        if let d = v as? Double, !(v is String), range.contains(d) { return d }
        error(
            "\"\(key)\" must be a number in \(range.lowerBound)…\(range.upperBound), not \(describe(v))", at: "\"\(key)\"",
            zh: "\"\(key)\" 必须是 \(range.lowerBound)…\(range.upperBound) 内的数，而不是 \(describeZH(v))")
        return nil
    }

    mutating func time(_ v: Any, key: String) -> ClockTime? {
        if let s = v as? String, let t = ClockTime(parsing: s) { return t }
        error("\"\(key)\" must be a time like \"08:30\", not \(describe(v))", at: "\"\(key)\"", zh: "\"\(key)\" 必须是 \"08:30\" 这样的时刻，而不是 \(describeZH(v))")
        return nil
    }

    mutating func revenue(_ v: Any, key: String) -> Int64? {
        if let s = v as? String, let r = Revenue.parse(s) { return r }
        if let d = v as? Double, d >= 0, d < 9e18 { return Int64(d.rounded()) }
        error(
            "\"\(key)\" must be CNY like 200000000 or \"2亿\", not \(describe(v))", at: "\"\(key)\"",
            zh: "\"\(key)\" 必须是 200000000 或 \"2亿\" 这样的人民币金额，而不是 \(describeZH(v))")
        return nil
    }

    /// `describe` in Chinese: 列表, 对象, or the value.
    func describeZH(_ v: Any) -> String {
        if v is [Any] { return "列表" }
        if v is [String: Any] { return "对象" }
        return describe(v)
    }

    func describe(_ v: Any) -> String {
        if let s = v as? String { return "\"\(s)\"" }
        if v is [Any] { return "a list" }
        if v is [String: Any] { return "an object" }
        return "\(v)"
    }

    mutating func cell(_ v: Any, in key: String) -> Cell? {
        if let s = v as? String, let c = Cell(id: s) { return c }
        error(
            "\(key) names unknown cell \(describe(v))", at: (v as? String).map { "\"\($0)\"" },
            fix: "cells are \(Cell.all.map(\.id).joined(separator: ", "))",
            zh: "\(key) 中有未知的客户级别 \(describeZH(v))", fixZH: "客户级别为 \(Cell.all.map(\.id).joined(separator: ", "))")
        return nil
    }

    mutating func titleGroup(_ v: Any, in key: String) -> TitleGroup? {
        if let s = v as? String, let g = TitleGroup(rawValue: s.lowercased()) ?? TitleGroup(parsing: s) { return g }
        error(
            "\(key) names unknown title group \(describe(v))", at: (v as? String).map { "\"\($0)\"" }, fix: "write senior, attending or resident",
            zh: "\(key) 中有未知的职称组 \(describeZH(v))", fixZH: "请写 senior、attending 或 resident")
        return nil
    }

    // MARK: - Sections

    mutating func readThresholds(_ v: Any) {
        guard let o = v as? [String: Any] else {
            error("\"tier_thresholds\" must be an object", at: "\"tier_thresholds\"", zh: "\"tier_thresholds\" 必须是对象")
            return
        }
        for key in o.keys.sorted() where key != "t1_min_revenue" && key != "t2_min_revenue" {
            error(
                "tier_thresholds has unknown key \"\(key)\"", at: "\"\(key)\"", fix: "use t1_min_revenue and t2_min_revenue",
                zh: "tier_thresholds 中有未知的键 \"\(key)\"", fixZH: "请使用 t1_min_revenue 和 t2_min_revenue")
        }
        if let x = o["t1_min_revenue"], let r = revenue(x, key: "t1_min_revenue") { rules.t1MinRevenue = r }
        if let x = o["t2_min_revenue"], let r = revenue(x, key: "t2_min_revenue") { rules.t2MinRevenue = r }
    }

    mutating func readScores(_ v: Any) {
        guard let o = v as? [String: Any] else {
            error("\"scores\" must be an object like {\"T1\": {\"senior\": 9}}", at: "\"scores\"", zh: "\"scores\" 必须是 {\"T1\": {\"senior\": 9}} 这样的对象")
            return
        }
        for key in o.keys.sorted() {
            guard let tier = Tier(label: key) else {
                error(
                    "scores names unknown tier \"\(key)\"", at: "\"\(key)\"", fix: "write T1, T2 or T3", zh: "scores 中有未知的医院层级 \"\(key)\"",
                    fixZH: "请写 T1、T2 或 T3")
                continue
            }
            guard let row = o[key] as? [String: Any] else {
                error("scores.\(key) must be an object like {\"senior\": 9}", at: "\"\(key)\"", zh: "scores.\(key) 必须是 {\"senior\": 9} 这样的对象")
                continue
            }
            for g in row.keys.sorted() {
                guard let group = titleGroup(g, in: "scores.\(key)") else { continue }
                if let n = int(row[g]!, key: g, range: 0...100) { rules.scores[tier, default: [:]][group] = n }
            }
        }
    }

    mutating func readBonus(_ v: Any) {
        guard let list = v as? [Any] else {
            error(
                "\"bonus\" must be a list of {\"department\", \"title\", \"points\"}", at: "\"bonus\"",
                zh: "\"bonus\" 必须是 {\"department\", \"title\", \"points\"} 的列表")
            return
        }
        var bonuses: [Bonus] = []
        for (i, item) in list.enumerated() {
            guard let o = item as? [String: Any] else {
                error("bonus[\(i)] must be an object", at: "\"bonus\"", zh: "bonus[\(i)] 必须是对象")
                continue
            }
            for key in o.keys.sorted() where !["department", "title", "points"].contains(key) {
                error(
                    "bonus[\(i)] has unknown key \"\(key)\"", at: "\"\(key)\"", fix: "use department, title and points",
                    zh: "bonus[\(i)] 中有未知的键 \"\(key)\"", fixZH: "请使用 department、title 和 points")
            }
            guard let p = o["points"] else {
                error("bonus[\(i)] has no \"points\"", at: "\"bonus\"", zh: "bonus[\(i)] 没有 \"points\"")
                continue
            }
            guard let points = int(p, key: "points", range: -100...100) else { continue }
            var group: TitleGroup? = nil
            if let t = o["title"] {
                guard let g = titleGroup(t, in: "bonus[\(i)].title") else { continue }
                group = g
            }
            bonuses.append(Bonus(department: o["department"] as? String, titleGroup: group, points: points))
        }
        rules.bonuses = bonuses
    }

    mutating func readBands(_ v: Any) {
        guard let o = v as? [String: Any] else {
            error("\"grade_bands\" must be an object like {\"A\": [8, 12]}", at: "\"grade_bands\"", zh: "\"grade_bands\" 必须是 {\"A\": [8, 12]} 这样的对象")
            return
        }
        for key in o.keys.sorted() {
            guard let grade = Grade(letter: key) else {
                error(
                    "grade_bands names unknown grade \"\(key)\"", at: "\"\(key)\"", fix: "write A, B or C", zh: "grade_bands 中有未知的级别 \"\(key)\"",
                    fixZH: "请写 A、B 或 C")
                continue
            }
            guard let pair = o[key] as? [Any], pair.count == 2, let lo = pair[0] as? Int, let hi = pair[1] as? Int, lo <= hi else {
                error("grade_bands.\(key) must be [lowest, highest], e.g. [8, 12]", at: "\"\(key)\"", zh: "grade_bands.\(key) 必须是 [最低, 最高]，例如 [8, 12]")
                continue
            }
            rules.gradeBands[grade] = lo...hi
        }
    }

    mutating func readVisits(_ v: Any) {
        guard let o = v as? [String: Any] else {
            error("\"visits_per_month\" must be an object like {\"A1\": 8}", at: "\"visits_per_month\"", zh: "\"visits_per_month\" 必须是 {\"A1\": 8} 这样的对象")
            return
        }
        for key in o.keys.sorted() {
            guard let c = cell(key, in: "visits_per_month") else { continue }
            if let n = int(o[key]!, key: key, range: 0...31) { rules.visitsPerMonth[c] = n }
        }
    }

    /// `"co_visit": {"zones": ["red"], "per_doctor": 1}`: which doctors want a co-visit and how many a month.
    mutating func readCoVisit(_ v: Any) {
        guard let o = v as? [String: Any] else {
            error(
                "\"co_visit\" must be an object like {\"zones\": [\"red\"], \"per_doctor\": 1}", at: "\"co_visit\"",
                zh: "\"co_visit\" 必须是 {\"zones\": [\"red\"], \"per_doctor\": 1} 这样的对象")
            return
        }
        for key in o.keys.sorted() where !["zones", "per_doctor"].contains(key) {
            error(
                "unknown key \"\(key)\" in \"co_visit\"", at: "\"\(key)\"", fix: "co_visit takes zones and per_doctor",
                zh: "\"co_visit\" 中有未知的键 \"\(key)\"", fixZH: "co_visit 只接受 zones 和 per_doctor")
        }
        if let z = o["zones"] {
            if let list = z as? [String] {
                for id in list where !rules.zones.contains(where: { $0.id == id }) {
                    error(
                        "co_visit.zones names unknown zone \"\(id)\"", at: "\"co_visit\"",
                        fix: "use zone ids of the rules: \(rules.zones.map(\.id).joined(separator: ", "))",
                        zh: "co_visit.zones 中有未知的区 \"\(id)\"", fixZH: "请使用规则中的区编号：\(rules.zones.map(\.id).joined(separator: ", "))")
                }
                rules.coVisitZones = list
            } else {
                error(
                    "\"co_visit\".\"zones\" must be a list of zone ids like [\"red\"]", at: "\"co_visit\"",
                    zh: "\"co_visit\".\"zones\" 必须是 [\"red\"] 这样的区编号列表")
            }
        }
        if let n = o["per_doctor"], let k = int(n, key: "per_doctor", range: 0...31) { rules.coVisitsPerDoctor = k }
    }

    mutating func readPriority(_ v: Any) {
        guard let list = v as? [String] else {
            error("\"zone_priority\" must be a list of zone ids", at: "\"zone_priority\"", zh: "\"zone_priority\" 必须是区编号的列表")
            return
        }
        rules.zonePriority = list
    }

    static let zoneKeys = ["id", "name", "name_en", "color", "cells", "tactics", "tactics_en", "cue", "cue_en"]

    mutating func readZones(_ v: Any) {
        guard let list = v as? [Any] else {
            error("\"zones\" must be a list of zone objects", at: "\"zones\"", zh: "\"zones\" 必须是区对象的列表")
            return
        }
        var zones = rules.zones
        var listedBy: [Cell: String] = [:]  // the zone of this file that lists each cell
        for (i, item) in list.enumerated() {
            guard let o = item as? [String: Any], let id = o["id"] as? String, !id.isEmpty else {
                error(
                    "zones[\(i)] needs an \"id\"", at: "\"zones\"", fix: "give each zone an id such as \"red\"", zh: "zones[\(i)] 需要 \"id\"",
                    fixZH: "请给每个区一个编号，例如 \"red\"")
                continue
            }
            for key in o.keys.sorted() where !Self.zoneKeys.contains(key) {
                let hint = Phrases.didYouMean(Suggestion.closest(to: key, among: Self.zoneKeys))
                error(
                    "zones[\(i)] has unknown key \"\(key)\"", at: "\"\(key)\"", fix: "zone keys are \(Self.zoneKeys.joined(separator: ", "))" + hint.en,
                    zh: "zones[\(i)] 中有未知的键 \"\(key)\"", fixZH: "区的键为 \(Self.zoneKeys.joined(separator: ", "))" + hint.zh)
            }
            let existing = zones.firstIndex { $0.id == id }
            var z =
                existing.map { zones[$0] }
                ?? Zone(id: id, name: id, englishName: id, color: "#999999", cells: [], tactics: [], englishTactics: [], cue: "", englishCue: "")
            func string(_ k: String) -> String? { o[k] as? String }
            func strings(_ k: String) -> [String]? { o[k] as? [String] }
            if let s = string("name") { z.name = s }
            if let s = string("name_en") { z.englishName = s }
            if let s = string("color") { z.color = s }
            if let s = string("cue") { z.cue = s }
            if let s = string("cue_en") { z.englishCue = s }
            if let s = strings("tactics") { z.tactics = s }
            if let s = strings("tactics_en") { z.englishTactics = s }
            if let raw = o["cells"] {
                if let list = raw as? [Any] {
                    let cells = list.compactMap { cell($0, in: "zones[\(i)].cells") }
                    for c in cells {
                        if let other = listedBy[c], other != id {
                            coded(
                                "zone-cell-twice", "cell \(c.id) is listed in zones \"\(other)\" and \"\(id)\"", at: "\"\(c.id)\"",
                                fix: "list each cell in one zone only", zh: "客户级别 \(c.id) 同时列在区 \"\(other)\" 和 \"\(id)\" 中", fixZH: "每个级别只能属于一个区")
                        }
                        listedBy[c] = id
                    }
                    if cells.count == list.count {
                        // A cell moved into this zone leaves the zone that held it.
                        for j in zones.indices where zones[j].id != id { zones[j].cells.removeAll { cells.contains($0) } }
                        z.cells = cells
                    }
                } else {
                    error("zones[\(i)].cells must be a list like [\"A1\", \"A2\"]", at: "\"cells\"", zh: "zones[\(i)].cells 必须是 [\"A1\", \"A2\"] 这样的列表")
                }
            }
            if let e = existing { zones[e] = z } else { zones.append(z) }
        }
        rules.zones = zones
    }
}
