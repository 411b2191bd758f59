import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// `territory plan`: the month's visit plan per rep — routes, doctors, times and tactics.
public struct PlanCommand: OptionsCommand {
    public init() {}
    public let name = "plan"
    public let summary = "Plan the month's visits per rep: daily routes, doctors, times, tactics"
    public let summaryZH = "按代表规划本月拜访：每日路线、医生、时间、拜访策略"

    public static let parser = ArgumentParser(
        options: SharedOptions.specs + [
            PlanSetup.monthOption,
            .value("--rep", short: "-r", valueName: "ID", help: "Plan only this rep (repeat or comma-separate for several; default: all)"),
            .value(
                "--shard", valueName: "K/N", help: "Plan only the K-th of N slices of the reps, a manager's reps together (join them with `territory merge`)"),
            .value("--out", short: "-o", valueName: "DIR", help: "Folder for plan.json and plan.csv (default: plans/<month>)"),
            .value("--seed", valueName: "N", help: "Random seed; the same inputs and seed give identical plans (default: 1)"),
            .value("--iterations", valueName: "N", help: "Solver iterations per rep, the deterministic effort (default: \(Planner.Effort().iterations))"),
            .value("--time-limit", valueName: "SECONDS", help: "Stop each rep's search after this many seconds (default: none)"),
            .choice("--format", short: "-f", ["table", "csv", "json"], help: "What to print on stdout (default: table)"),
            PlanSetup.holidaysOption,
            PlanSetup.weekdaysOnlyOption,
            .value("--date", valueName: "YYYY-MM-DD", help: "Print that day of an existing plan (no planning; see --plan)"),
            .value("--week", valueName: "YYYY-MM-DD", help: "Print the week (Monday–Sunday) holding that day of an existing plan"),
            .value("--plan", short: "-p", valueName: "FILE", help: "The plan --date and --week read (default: plans/<month>/plan.json)"),
        ])

    /// `usage: territory plan [--territory DIR] …`.
    public var usage: String { "usage: territory plan \(Self.parser.synopsis)" }

    public var help: String {
        """
        territory plan: plan the month's visits per rep

        \(usage)

        Plans each rep's month: every working day an ordered route from the rep's base through
        hospitals and back, the doctors to call on, arrival and departure times, and the tactic of
        each doctor's zone. Capacity (calls per day × working days less leave) is compared with the
        required visits first; when a month cannot hold everything, red outranks yellow outranks
        blue (then higher score), and every visit not placed is listed with its reason.

        Writes plan.json and plan.csv (UTF-8 with BOM) into --out and prints the day tables.
        Progress goes to stderr, the result to stdout.

        With a managers.csv in the territory, each manager's co-visit days (协访) are chosen on his
        reps' routes as planned (the routes do not change): days whose routes hold doctors of the
        co_visit rule's zones (red by default), highest score first, one rep a day, at most his
        co_visit_days. plan.json marks the co-visited calls and lists each manager's days, plan.csv
        gets a co-visit column, and --out also gets co_visits.csv and manager-<id>.ics per manager.

        With --shard K/N it plans only the K-th of N fixed slices of the reps (reps.csv order, a
        manager's reps in one slice, balanced by rep count), so N machines can plan a large
        territory at once; each slice's visits equal those reps' part of the whole plan, and its
        warnings are the whole plan's. `territory merge` joins the N folders into the whole plan.

        With --date D or --week D it plans nothing: it prints that day, or the Monday-to-Sunday
        week holding it, of the plan already written (--plan, default plans/<month>/plan.json), per
        rep (--rep to choose), in lines of at most 100 columns.

        OPTIONS:
        \(Self.parser.optionsHelp)
        \(SharedOptions.territoryHelp)

        EXAMPLES:
          territory plan
          territory plan --month 2026-12 --rep R01 --lang en
          territory plan --territory ~/my-district --out /tmp/plan --format json
          territory plan --week 2026-12-08 --rep R01
          territory plan --territory ~/national --shard 3/8 --out /tmp/shard-3

        EXIT CODES: 0 ok, 64 bad usage or an --out that would overwrite an input, 65 bad data or unknown holidays, 66 missing folder or file,
        73 cannot write --out (a link, pipe or device in its place, no space, no permission; nothing is written),
        130 stopped by Ctrl-C (the reps planned before it are named; nothing is written).

        """
    }

    /// The options of `territory plan`.
    public struct Options: CommandOptions {
        /// What the command does: plan the month, or show days of an existing plan.
        public enum Mode: Sendable {
            /// Plan: `--territory`, `--lang`, `--holidays`, `--weekdays-only`.
            case plan(SharedOptions)
            /// `--date D` (one day) or `--week D` (Monday–Sunday holding D) of the plan `--plan`.
            case show(day: CalendarDate, week: Bool, language: Language)
        }
        /// Plan, or show days.
        public var mode: Mode
        /// `--month`, else next month (which may fall back to the last month with published holidays).
        public var month: YearMonth
        /// Whether `--month` was given.
        public var monthGiven: Bool
        /// `--seed`, `--iterations`, `--time-limit`.
        public var effort: Planner.Effort
        /// `--rep`, as given; empty: every rep.
        public var reps: [String]
        /// `--shard K/N`: plan only that slice of the reps.
        public var shard: Shard?
        /// `--out DIR`; nil: plans/<month>.
        public var out: String?
        /// `--plan FILE`, read by `--date` and `--week`; nil: plans/<month>/plan.json.
        public var plan: String?
        /// `--format`: what is printed on standard output.
        public var format: OutputFormat

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            if let option = ["--date", "--week"].first(where: { parsed.value($0) != nil }) {
                if parsed.value("--date") != nil && parsed.value("--week") != nil {
                    throw UsageError("give --date or --week, not both", zh: "--date 和 --week 只能给一个")
                }
                let text = parsed.value(option) ?? ""
                guard let day = CalendarDate(parsing: text) else {
                    throw UsageError(
                        "invalid date \"\(text)\" for \(option); expected YYYY-MM-DD, e.g. 2026-12-08",
                        zh: "\(option) 的日期 \"\(text)\" 无效；应为 YYYY-MM-DD，如 2026-12-08")
                }
                mode = .show(day: day, week: option == "--week", language: parsed.choice("--lang", default: context.language))
                month = YearMonth(year: day.year, month: day.month)!
                // Showing days reads a plan: the planning options would be silently ignored.
                let planning = ["--month", "--out", "--shard", "--seed", "--iterations", "--time-limit", "--format", "--territory", "--holidays"]
                if let given = planning.first(where: { parsed.value($0) != nil }) ?? (parsed.flag("--weekdays-only") ? "--weekdays-only" : nil) {
                    throw UsageError(
                        "\(given) plans a month; with \(option) the command only shows days of the plan --plan names",
                        zh: "\(given) 用于规划整月；带 \(option) 时本命令只显示 --plan 所指计划中的日子")
                }
            } else {
                if parsed.value("--plan") != nil {
                    throw UsageError(
                        "--plan is read by --date and --week; to plan the month leave it out (plans are written to --out)",
                        zh: "--plan 只供 --date 和 --week 读取；规划整月时请去掉它（计划写入 --out）")
                }
                mode = .plan(try SharedOptions(parsed, context: context))
                month = try PlanSetup.month(parsed.value("--month"), now: context.now)
            }
            monthGiven = parsed.value("--month") != nil
            effort = try PlanCommand.effort(parsed)
            reps = parsed.listValues("--rep")
            if let text = parsed.value("--shard") {
                guard let shard = Shard(parsing: text) else {
                    throw UsageError(
                        "invalid --shard \"\(text)\"; expected K/N with 1 ≤ K ≤ N, e.g. 2/8", zh: "--shard 的值 \"\(text)\" 无效；应为 K/N 且 1 ≤ K ≤ N，如 2/8")
                }
                guard reps.isEmpty else {
                    throw UsageError("give --rep or --shard, not both: a slice is its own set of reps", zh: "--rep 和 --shard 只能给一个：每一片有自己的一组代表")
                }
                self.shard = shard
            }
            out = parsed.value("--out")
            plan = parsed.value("--plan")
            format = parsed.choice("--format", default: OutputFormat.table)
        }
    }

    public func run(_ options: Options, context: CommandContext) -> Int32 {
        let shared: SharedOptions
        switch options.mode {
        case .show(let day, let week, let language):
            do {
                return try showDays(day, week: week, plan: options.plan, reps: options.reps, language: language, context: context)
            } catch {
                return usageError(error, usage: usage, context: context)
            }
        case .plan(let s): shared = s
        }
        let (requestedMonth, effort) = (options.month, options.effort)
        let language = shared.language
        let setup: PlanSetup
        switch PlanSetup.load(shared: shared, month: requestedMonth, monthIsDefault: !options.monthGiven, context: context) {
        case .success(let s): setup = s
        case .failure(let status): return status.code
        }
        let month = setup.month
        let repIDs: [String]
        do throws(UsageError) {
            if let shard = options.shard {
                repIDs = shard.repIDs(of: setup.territory)
            } else {
                repIDs = try Self.repIDs(options.reps, territory: setup.territory)
            }
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        // A slice warns as the whole plan does, so every slice carries the whole plan's warnings.
        let warnedRepIDs = options.shard == nil ? repIDs : setup.territory.reps.map(\.id)
        // Both files are checked before planning, so a bad --out fails at once and neither file is written.
        let out =
            options.out.map { AtomicFileWriter.resolve($0, relativeTo: context.currentDirectory) }
            ?? URL(fileURLWithPath: context.currentDirectory).appendingPathComponent("plans").appendingPathComponent(month.description)
        // With managers.csv, also co_visits.csv and one calendar per manager.
        let managers = setup.territory.managers
        let managerFiles =
            managers.isEmpty
            ? []
            : [out.appendingPathComponent("co_visits.csv").path]
                + managers.map { out.appendingPathComponent(ManagerCalendar.fileName(managerID: $0.id)).path }
        let files = [out.appendingPathComponent("plan.json").path, out.appendingPathComponent("plan.csv").path] + managerFiles
        if let status = refusedOutput(files, given: options.out ?? out.path, shared: shared, usage: usage, context: context) {
            return status
        }

        let inputWarnings =
            setup.inputs.warnings
            + setup.inputs.monthWarnings(
                territory: setup.territory, repIDs: warnedRepIDs, month: month,
                workingDays: setup.calendar.workingDays(in: month))
        DiagnosticPrinter.print(inputWarnings, language: language, to: context)
        var warnings = setup.loaded.warnings.filter { $0.severity == .warning } + inputWarnings

        // Each rep's month is counted before solving (without building its routing problem), so capacity shows first;
        // a slice also counts the other reps', for the whole plan's warnings.
        let facts: [MonthPlanning.MonthFacts]
        let warned: [MonthPlanning.MonthFacts]
        do {
            warned = try MonthPlanning.facts(setup: setup, month: month, repIDs: warnedRepIDs)
            let planned = Set(repIDs)
            facts = warned.filter { planned.contains($0.repID) }
        } catch {
            DiagnosticPrinter.print([.error("rep \(error.repID): \(error.message)", fix: nil)], to: context)
            return ExitCode.dataError
        }

        // Capacity first.
        let preview = MonthPlanning.capacityPlan(facts, month: month, seed: effort.seed)
        let previewDoc = PlanDocument(plan: preview, territory: setup.territory, language: language, calendar: setup.calendar)
        context.stderr.write(language.pick("\(month) 容量与需求：\n", "\(month) capacity and workload:\n") + previewDoc.capacityTable())
        for r in warned where r.utilisation > 1 && r.capacity > 0 {  // a rep with no day left has rep-all-leave
            let d = Diagnostic.warning(
                "\(r.repID) is asked for \(PlanDocument.percent(r.utilisation)) of capacity (\(r.required) visits, \(r.capacity) calls): the month cannot hold every visit; red goes first, then yellow, then blue"
            )
            .coded(
                "rep-over-capacity",
                zh: "\(r.repID) 的需求为容量的 \(PlanDocument.percent(r.utilisation))（\(r.required) 次拜访，\(r.capacity) 个名额）：这个月排不下全部拜访，将按红区、黄区、蓝区的优先级安排")
            warnings.append(d)
            DiagnosticPrinter.print([d], language: language, to: context)
        }
        for m in warned where m.capacity > 0 {
            for h in m.shortReceptions {
                let windows = h.hospital.visitWindows.map(\.description).joined(separator: ";")
                let d = Diagnostic.warning(
                    "\(m.repID): \(h.hospital.name) (\(h.hospital.id)) receives reps \(windows): \(h.minutesPerDay) min a day (\(h.callsPerDay) calls), \(h.callsInMonth) in the month, and its doctors need \(h.callsNeeded): at least \(h.callsNeeded - h.callsInMonth) cannot be placed; widen its window in hospitals.csv"
                )
                .coded(
                    "reception-short",
                    zh:
                        "\(m.repID) 的医院 \(h.hospital.name)（\(h.hospital.id)）接待时间 \(windows)，每天 \(h.minutesPerDay) 分钟（\(h.callsPerDay) 次拜访），本月最多 \(h.callsInMonth) 次，而该院医生需要 \(h.callsNeeded) 次：至少 \(h.callsNeeded - h.callsInMonth) 次排不下；可在 hospitals.csv 放宽接待时间"
                )
                warnings.append(d)
                DiagnosticPrinter.print([d], language: language, to: context)
            }
        }
        context.stderr.write(language.pick("正在规划 \(repIDs.count) 位代表…\n", "Planning \(repIDs.count) rep\(repIDs.count == 1 ? "" : "s")…\n"))
        // Ctrl-C stops every search at its next step; the reps finished before it are reported, nothing is written.
        let watch = InterruptWatch(context: context) {
            context.stderr.write(language.pick("\n已中断：正在停止…\n", "\ninterrupted: stopping…\n"))
        }
        var interruptible = effort
        interruptible.cancellation = watch.cancellation
        let finished = FinishedReps(total: repIDs.count)
        var plan: MonthPlan
        do {
            plan = try MonthPlanning.solve(setup: setup, month: month, repIDs: repIDs, effort: interruptible) { p, rep in
                guard !watch.cancellation.isCancelled else { return }
                let count = finished.add(rep.id, language: language)
                context.stderr.write((context.stderrIsTerminal ? count : "") + MonthPlanning.progressLine(p, rep, language: language))
            }
        } catch {
            watch.stop()
            DiagnosticPrinter.print([.error("rep \(error.repID): \(error.message)", fix: nil)], to: context)
            return ExitCode.dataError
        }
        watch.stop()
        if watch.cancellation.isCancelled {
            let done = finished.ids
            let list = done.isEmpty ? "" : "（\(done.joined(separator: ", "))）"
            context.stderr.write(
                language.pick(
                    "已中断（Ctrl-C）：\(repIDs.count) 位代表中有 \(done.count) 位在中断前规划完成\(list)；未写入任何文件\n",
                    "interrupted (Ctrl-C): \(done.count) of \(repIDs.count) reps were planned before it\(done.isEmpty ? "" : " (\(done.joined(separator: ", ")))"); nothing was written\n"
                ))
            return ExitCode.interrupted
        }
        // The managers' co-visit days go on the routes as planned, so every rep's month stays as it is.
        plan.managers = CoVisitPlanner.plan(plan, territory: setup.territory, travel: setup.travel)
        var document = PlanDocument(plan: plan, territory: setup.territory, language: language, travel: setup.travel, calendar: setup.calendar)
        document.territoryPath = RelativePath.of(shared.territory, from: out)
        document.shard = options.shard
        document.warnings = warnings

        let json = document.json()
        let csv = document.csv()
        var contents = [(files[0], Array(json.utf8)), (files[1], Array(csv.utf8))]
        if !managers.isEmpty {
            contents.append((files[2], Array(document.coVisitCSV().utf8)))
            for (k, m) in managers.enumerated() {
                contents.append((files[3 + k], Array(ManagerCalendar(document: document, managerID: m.id).render().utf8)))
            }
        }
        do {
            try AtomicFileWriter.write(files: contents, createFolders: true)
        } catch {
            DiagnosticPrinter.print([error.diagnostic], to: context)
            return ExitCode.cannotCreate
        }
        context.stderr.write(language.pick("已写入 ", "Wrote ") + files.joined(separator: ", ") + "\n")

        switch options.format {
        case .json: context.stdout.write(json)
        case .csv: context.stdout.write(csv)
        case .table: context.stdout.write(document.capacityTable() + document.dayTables() + document.managerTables())
        }
        return ExitCode.success
    }

    static func effort(_ parsed: ParsedArguments) throws(UsageError) -> Planner.Effort {
        var effort = Planner.Effort()
        if let seed = try seed(parsed) { effort.seed = seed }
        if let s = parsed.value("--iterations") {
            guard let n = Int(s), n >= 0 else {
                throw UsageError("invalid iterations \"\(s)\"; expected a whole number ≥ 0", zh: "迭代次数 \"\(s)\" 无效；应为 ≥ 0 的整数")
            }
            effort.iterations = n
        }
        if let s = parsed.value("--time-limit") {
            guard let t = Double(s), t > 0, t.isFinite else {
                throw UsageError("invalid time limit \"\(s)\"; expected seconds > 0, e.g. 1.5", zh: "时间上限 \"\(s)\" 无效；应为大于 0 的秒数，如 1.5")
            }
            effort.timeLimit = .milliseconds(Int64(t * 1000))
        }
        return effort
    }

    /// `--seed N`, a whole number ≥ 0; nil when absent. The one reading of `--seed` for plan, report, export,
    /// replan and balance.
    static func seed(_ parsed: ParsedArguments) throws(UsageError) -> UInt64? {
        guard let s = parsed.value("--seed") else { return nil }
        guard let seed = UInt64(s) else { throw UsageError("invalid seed \"\(s)\"; expected a whole number ≥ 0", zh: "随机种子 \"\(s)\" 无效；应为 ≥ 0 的整数") }
        return seed
    }

    /// The reps named by `--rep` (`named`: repeatable, comma-separated, as `listValues` gives them), or all reps in
    /// file order.
    static func repIDs(_ named: [String], territory: Territory) throws(UsageError) -> [String] {
        if named.isEmpty { return territory.reps.map(\.id) }
        return try repIDs(named, among: territory.reps.map(\.id))
    }

    /// The `--rep` ids `named`, each checked against the reps `known` (an unknown one is a usage error with a
    /// suggestion and the list), the first occurrence of each kept.
    static func repIDs(_ named: [String], among known: [String]) throws(UsageError) -> [String] {
        let knownSet = Set(known)
        var seen = Set<String>()
        var out: [String] = []
        for id in named where seen.insert(id).inserted {
            guard knownSet.contains(id) else {
                let hint = Phrases.didYouMean(Suggestion.closest(to: id, among: known))
                throw UsageError(
                    "unknown rep \"\(id)\"\(hint.en) (reps: \(known.joined(separator: ", ")))",
                    zh: "未知代表 \"\(id)\"\(hint.zh)（代表：\(known.joined(separator: ", "))）")
            }
            out.append(id)
        }
        return out
    }

    /// `--date D` / `--week D`: the day or week of an existing plan, per rep, at most 100 columns wide.
    func showDays(
        _ day: CalendarDate, week: Bool, plan: String?, reps named: [String], language: Language, context: CommandContext
    ) throws(UsageError) -> Int32 {
        let month = YearMonth(year: day.year, month: day.month)!
        let path = plan ?? "plans/\(month)/plan.json"
        let file: PlanFile
        do { file = try context.readPlan(path) } catch { return error.code }
        let days: [CalendarDate]
        if !week {
            days = [day]
        } else {
            let monday = CalendarDate(daysSinceEpoch: day.daysSinceEpoch - (day.weekday - 1))
            days = (0..<7).map { CalendarDate(daysSinceEpoch: monday.daysSinceEpoch + $0) }.filter { $0.year == month.year && $0.month == month.month }
        }
        guard file.month == month else {
            throw UsageError(
                "\(path) plans \(file.month), not \(month); give --plan with the plan of \(month)",
                zh: "\(path) 是 \(file.month) 的计划，不是 \(month) 的；请用 --plan 给出 \(month) 的计划")
        }
        for id in named where !file.repIDs.contains(id) {
            throw UsageError(
                "rep \"\(id)\" is not in \(path) (reps: \(file.repIDs.joined(separator: ", ")))",
                zh: "代表 \"\(id)\" 不在 \(path) 中（代表：\(file.repIDs.joined(separator: ", "))）")
        }
        context.stdout.write(file.dayView(days: days, repIDs: named.isEmpty ? file.repIDs : named, language: language))
        return ExitCode.success
    }
}
