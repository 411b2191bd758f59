import TerritoryModel
import TerritoryPlanner

/// Joins the slices of a plan (`territory plan --shard K/N`, one folder each) into the whole plan, as
/// `territory merge` does: plan.json from the slices' entries in reps.csv order, plan.csv and co_visits.csv from
/// their records in the same order, each manager's calendar from the slice holding his reps. Nothing is planned
/// or rendered again, so the join equals the unsliced plan byte for byte when the slices were planned from the
/// same territory, month, seed and effort.
package struct PlanMerge {
    /// One slice's folder as read.
    package struct Slice: Sendable {
        /// The plan.json path, as the user named it (for messages).
        package var name: String
        /// Its plan.json.
        package var plan: PlanFile
        /// Its plan.csv, as written.
        package var csv: [UInt8]
        /// Its co_visits.csv; nil when the territory has no managers.
        package var coVisitCSV: [UInt8]?
        /// Its manager calendars by file name (`manager-M01.ics`).
        package var calendars: [String: [UInt8]]

        /// A slice read from its folder's files.
        package init(name: String, plan: PlanFile, csv: [UInt8], coVisitCSV: [UInt8]?, calendars: [String: [UInt8]]) {
            self.name = name
            self.plan = plan
            self.csv = csv
            self.coVisitCSV = coVisitCSV
            self.calendars = calendars
        }
    }

    /// The whole plan's files.
    package struct Joined: Sendable {
        /// plan.json.
        package var plan: PlanFile
        /// plan.csv.
        package var csv: [UInt8]
        /// co_visits.csv, with managers.
        package var coVisitCSV: [UInt8]?
        /// The manager calendars, in managers.csv order.
        package var calendars: [(name: String, bytes: [UInt8])]
    }

    /// The slices, in slice order once `problems` finds none.
    package let slices: [Slice]
    /// The territory they were planned from.
    package let territory: Territory

    /// Slices of `territory` to join, in any order.
    package init(slices: [Slice], territory: Territory) {
        self.slices = slices.sorted { ($0.plan.shard?.index ?? 0) < ($1.plan.shard?.index ?? 0) }
        self.territory = territory
    }

    /// Why the slices are not the whole of one plan: a file that is no slice, slices of different counts, a slice
    /// missing or given twice, other months, seeds, warnings or languages, or reps other than the slice's in this
    /// territory (the territory changed since). Empty when they join.
    package func problems(language: Language) -> [Diagnostic] {
        var out: [Diagnostic] = []
        func error(_ file: String, _ en: String, _ zh: String, fix: String, _ fixZH: String) {
            out.append(.error(file: file, language.pick(zh, en), fix: language.pick(fixZH, fix)))
        }
        let unsliced = slices.filter { $0.plan.shard == nil }
        for s in unsliced {
            error(
                s.name, "is a whole plan, not a slice (it has no \"shard\")", "是完整计划，不是分片（没有 \"shard\"）",
                fix: "give the plan.json of each `territory plan --shard K/N` run", "请给出每次 `territory plan --shard K/N` 运行的 plan.json")
        }
        guard unsliced.isEmpty, let first = slices.first, let count = first.plan.shard?.count else { return out }
        for s in slices.dropFirst() where s.plan.shard!.count != count {
            error(
                s.name, "is slice \(s.plan.shard!) but \(first.name) is slice \(first.plan.shard!): slices of different counts",
                "是分片 \(s.plan.shard!)，而 \(first.name) 是分片 \(first.plan.shard!)：分片总数不同",
                fix: "give the N slices of one run of --shard K/N", "请给出同一组 --shard K/N 的全部 N 个分片")
        }
        guard out.isEmpty else { return out }
        var byIndex: [Int: [String]] = [:]
        for s in slices { byIndex[s.plan.shard!.index, default: []].append(s.name) }
        for (k, names) in byIndex.sorted(by: { $0.key < $1.key }) where names.count > 1 {
            error(
                names[1], "is slice \(k)/\(count) again (as \(names[0]))", "与 \(names[0]) 同为分片 \(k)/\(count)",
                fix: "give each slice once", "每个分片只给一次")
        }
        let missing = (1...count).filter { byIndex[$0] == nil }
        if !missing.isEmpty {
            let list = DiagnosticPrinter.idList(missing.map { "\($0)/\(count)" })
            error(
                first.name, "slice\(missing.count == 1 ? "" : "s") \(list) of \(count) \(missing.count == 1 ? "is" : "are") missing",
                "缺少 \(count) 个分片中的 \(list)", fix: "plan the missing slices with --shard and give them too", "请用 --shard 规划缺少的分片并一并给出")
        }
        for s in slices.dropFirst() {
            if s.plan.month != first.plan.month || s.plan.seed != first.plan.seed {
                error(
                    s.name, "plans \(s.plan.month) with seed \(s.plan.seed), \(first.name) \(first.plan.month) with seed \(first.plan.seed)",
                    "规划的是 \(s.plan.month)（种子 \(s.plan.seed)），而 \(first.name) 是 \(first.plan.month)（种子 \(first.plan.seed)）",
                    fix: "plan every slice with the same --month and --seed", "所有分片请用相同的 --month 和 --seed 规划")
            } else if s.plan.warnings != first.plan.warnings {
                error(
                    s.name, "warns otherwise than \(first.name): the slices were planned from different inputs or with different --lang",
                    "的警告与 \(first.name) 不同：各分片的输入或 --lang 不同", fix: "plan every slice from the same territory and options",
                    "所有分片请用同一区域和相同选项规划")
            } else if Self.records(s.csv).header != Self.records(first.csv).header {
                error(
                    s.name, "plan.csv is in another language than \(first.name)'s", "的 plan.csv 与 \(first.name) 的语言不同",
                    fix: "plan every slice with the same --lang", "所有分片请用相同的 --lang 规划")
            }
        }
        guard out.isEmpty else { return out }
        for s in slices {
            let expected = s.plan.shard!.repIDs(of: territory)
            if s.plan.repIDs != expected {
                let held = DiagnosticPrinter.idList(s.plan.repIDs, limit: 5)
                let want = DiagnosticPrinter.idList(expected, limit: 5)
                error(
                    s.name, "holds reps \(held), but slice \(s.plan.shard!) of this territory is \(want)",
                    "包含代表 \(held)，而该区域的分片 \(s.plan.shard!) 是 \(want)",
                    fix: "plan the slices again: the territory changed since, or they come from another territory",
                    "请重新规划各分片：区域在规划后有改动，或分片来自别的区域")
            }
        }
        return out
    }

    /// The whole plan; `territoryPath` is what its plan.json records (relative to the folder it is written to).
    /// Call only when `problems` is empty.
    package func joined(territoryPath: String?) -> Joined {
        var rank: [String: Int] = [:]
        for (k, r) in territory.reps.enumerated() { rank[r.id] = k }
        func inRepOrder<T>(_ items: [T], _ rep: (T) -> String) -> [T] {
            items.enumerated().sorted { (rank[rep($0.element)] ?? .max, $0.offset) < (rank[rep($1.element)] ?? .max, $1.offset) }.map(\.element)
        }
        let first = slices[0].plan
        var plan = PlanFile(
            month: first.month, seed: first.seed, territory: territoryPath, replan: nil,
            reps: inRepOrder(slices.flatMap(\.plan.reps), \.repID),
            visitEntries: inRepOrder(slices.flatMap(\.plan.visitEntries), \.visit.repID),
            unplacedEntries: inRepOrder(slices.flatMap(\.plan.unplacedEntries), \.unplaced.repID),
            summary: inRepOrder(slices.flatMap(\.plan.summary), \.repID), warnings: first.warnings)
        // A manager's entry and calendar come from the slice holding his reps (all slices agree on one with none).
        let sliceOfRep = Shard.slices(of: territory, count: slices.count)
        var sliceOfManager: [String: Int] = [:]
        for rep in territory.reps { if let m = rep.managerID, sliceOfManager[m] == nil { sliceOfManager[m] = sliceOfRep[rep.id] } }
        func owner(_ managerID: String) -> Slice { slices[(sliceOfManager[managerID] ?? 1) - 1] }
        plan.managers = first.managers.map { m in owner(m.managerID).plan.managers.first { $0.managerID == m.managerID } ?? m }
        var managerRank: [String: Int] = [:]
        for (k, m) in territory.managers.enumerated() { managerRank[CSVWriter.neutralised(m.id)] = k }
        var repRank: [String: Int] = [:]
        for (id, k) in rank { repRank[CSVWriter.neutralised(id)] = k }
        return Joined(
            plan: plan, csv: Self.join(slices.map(\.csv), rank: repRank),
            coVisitCSV: slices.allSatisfy { $0.coVisitCSV != nil } ? Self.join(slices.map { $0.coVisitCSV! }, rank: managerRank) : nil,
            calendars: territory.managers.map { m in
                let name = ManagerCalendar.fileName(managerID: m.id)
                return (name, owner(m.id).calendars[name] ?? [])
            })
    }

    /// CSV files of the same header joined: the first file's header, then every record ordered by the rank of its
    /// first field as written (stable, so each file's order within a key stays).
    static func join(_ files: [[UInt8]], rank: [String: Int]) -> [UInt8] {
        let parts = files.map(records)
        var out = parts.first.map { Array($0.header) } ?? []
        let all = parts.flatMap(\.records).enumerated().sorted {
            (rank[$0.element.key] ?? .max, $0.offset) < (rank[$1.element.key] ?? .max, $1.offset)
        }
        for r in all { out += r.element.bytes }
        return out
    }

    /// A CSV file split into its header record and the other records, each with the bytes of its first field as
    /// written (quotes removed) and its own bytes through the line end; a line break inside quotes stays inside.
    static func records(_ bytes: [UInt8]) -> (header: ArraySlice<UInt8>, records: [(key: String, bytes: ArraySlice<UInt8>)]) {
        var spans: [Range<Int>] = []
        var start = 0
        var quoted = false
        for (i, b) in bytes.enumerated() {
            if b == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if b == UInt8(ascii: "\n") && !quoted {
                spans.append(start..<(i + 1))
                start = i + 1
            }
        }
        if start < bytes.count { spans.append(start..<bytes.count) }
        guard let head = spans.first else { return ([], []) }
        let records = spans.dropFirst().map { span -> (key: String, bytes: ArraySlice<UInt8>) in
            var key: [UInt8] = []
            var quoted = false
            var i = span.lowerBound
            while i < span.upperBound {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    if quoted && i + 1 < span.upperBound && bytes[i + 1] == UInt8(ascii: "\"") {
                        key.append(b)
                        i += 1
                    } else {
                        quoted.toggle()
                    }
                } else if !quoted && (b == UInt8(ascii: ",") || b == UInt8(ascii: "\r") || b == UInt8(ascii: "\n")) {
                    break
                } else {
                    key.append(b)
                }
                i += 1
            }
            return (String(decoding: key, as: UTF8.self), bytes[span])
        }
        return (bytes[head], records)
    }
}
