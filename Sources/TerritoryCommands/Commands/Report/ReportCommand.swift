import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// `territory report`: the month as one self-contained HTML page for managers, reps and trainers.
public struct ReportCommand: OptionsCommand {
    /// Creates the command.
    public init() {}
    public let name = "report"
    public let summary = "Write the month's HTML report: nine-grids, workload, calendars, route maps, coaching"
    public let summaryZH = "生成本月 HTML 报告：九宫格、工作量、日历、路线图、辅导"

    public static let parser = ArgumentParser(
        options: SharedOptions.specs + [
            PlanSource.planOption,
            .value("--rep", short: "-r", valueName: "ID", help: "Report only this rep (repeat or comma-separate; default: all)"),
            .value("--manager", valueName: "ID", help: "Report only this manager's reps (reps.csv manager_id)"),
            .value("--out", short: "-o", valueName: "FILE", help: "Where to write the report (default: plans/<month>/report.html)"),
            ProgressCounting.callsOption,
            ProgressCounting.asOfOption,
            .value(
                "--before", short: "-b", valueName: "DIR_OR_GRADES",
                help: "Add the month-end re-grade against this earlier territory folder or `territory grade --format json` file"),
        ] + PlanSource.planningOptions)

    /// `usage: territory report [--territory DIR] …`.
    public var usage: String { "usage: territory report \(Self.parser.synopsis)" }

    public var help: String {
        """
        territory report: the month as one self-contained HTML report

        \(usage)

        Writes one self-contained HTML file (inline CSS, SVG and one short script; no scripts,
        fonts or images from the network) that opens in any browser, on a phone too, and prints
        on A4 with each rep on new pages:
          - the district overview: capacity, required and planned visits; one line per kind of
            warning with its count (reps over capacity, visits not placed by reason); one row per
            rep with a utilisation bar (all bars on one scale up to the highest utilisation, a line
            at 100 %, so 109 % and 159 % look different), planned/required visits per zone, travel
            and visits not placed, sorted by a click on a heading (a few lines of inline script;
            without scripts the table reads the same, in plan order); a map of every hospital
            coloured by its highest zone, with the reps' bases (one map per city when the
            territory spans several, places over 50 km apart); the district nine-grid and visits
            by zone;
          - per rep: the nine-grid heatmap (doctors and share per cell, in zone colours), capacity,
            utilisation, required and planned visits by zone, shortfall; the month as a calendar
            (calls per day by zone; holidays and weekends grey, leave hatched); each day's route as
            a small map (base, hospitals numbered in visiting order, back to base) with a legend
            and, below each map, the key from number to full hospital name; coaching (tactics of
            every zone above the lowest priority — red and yellow by default — with that zone's
            doctors), the visits not placed with their reasons, and the A/B/C doctor list with the
            columns of `territory grade --format csv`, grouped by cell.

        --rep ID (repeatable, or comma-separated) and --manager ID (the reps whose reps.csv
        manager_id is ID) report only those reps: the overview (and the re-grade of --before)
        then counts only them, and the header names them. Without --plan only they are planned. An unknown rep or manager exits 64.

        With --plan it reports that plan.json (its month; --month, if given, must match). Without
        --plan it plans the month first, exactly as `territory plan` does with the same --seed,
        --iterations and calendar options (progress on stderr), and reports that plan.
        When the territory has calls.csv, or --calls or --as-of is given, the report also shows the
        month so far as `territory progress` counts it, as of --as-of (default: today, moved into
        the month): per rep done, remaining, attainment and on track, and each rep's doctors at risk.
        With --before (an earlier territory folder or `territory grade --format json` output) it adds the
        month-end re-grade as `territory regrade` counts it: the district's zone movement and movement
        matrix, and in each rep's coaching how many doctors moved up from yellow to red and which red
        doctors fell back (doctors matched by doctor id).
        Labels follow --lang; the report contains no timestamp, so the same plan (and, with calls,
        the same --as-of) gives the same file.

        OPTIONS:
        \(Self.parser.optionsHelp)
        \(SharedOptions.territoryHelp)

        EXAMPLES:
          territory report --month 2026-12
          territory plan --month 2026-12 && territory report --plan plans/2026-12/plan.json --lang en
          territory report --territory ~/my-district --month 2026-12 --out /tmp/report.html
          territory report --plan plans/2026-12/plan.json --manager M01 --out /tmp/m01.html
          territory report --plan plans/2026-12/plan.json --rep R01 --rep R03

        EXIT CODES: 0 ok, 64 bad usage (an unknown --rep or --manager, a --rep the --plan lacks) or an
        --out that would overwrite an input, 65 bad data, 66 missing folder or file,
        73 cannot write --out (a link, pipe or device in its place, no space, no permission; nothing is written).

        """
    }

    /// The options of `territory report`.
    public struct Options: CommandOptions {
        /// `--territory`, `--lang`, `--holidays`, `--weekdays-only`.
        public var shared: SharedOptions
        /// `--month`; nil: the plan's month, or next month when planning now.
        public var month: YearMonth?
        /// `--seed`, `--iterations`, `--time-limit` when planning now.
        public var effort: Planner.Effort
        /// `--as-of`; nil: today moved into the month.
        public var asOf: CalendarDate?
        /// `--plan FILE`; nil: plan now.
        public var plan: String?
        /// `--calls FILE`; nil: the territory's calls.csv.
        public var calls: String?
        /// `--before DIR_OR_GRADES`: add the month-end re-grade.
        public var before: String?
        /// `--out FILE`; nil: plans/<month>/report.html.
        public var out: String?
        /// `--rep`, as given (checked against the territory once it is read); empty: no rep named.
        public var reps: [String]
        /// `--manager`, as given; empty: no manager named. With neither, the report covers every rep.
        public var managers: [String]

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            shared = try SharedOptions(parsed, context: context)
            month = try parsed.value("--month").map { text throws(UsageError) in try PlanSetup.month(text, now: context.now) }
            effort = try PlanCommand.effort(parsed)
            asOf = try ProgressCounting.asOf(parsed.value("--as-of"))
            plan = parsed.value("--plan")
            calls = parsed.value("--calls")
            before = parsed.value("--before")
            out = parsed.value("--out")
            reps = parsed.listValues("--rep")
            managers = parsed.listValues("--manager")
        }
    }

    public func run(_ options: Options, context: CommandContext) -> Int32 {
        let (shared, month, effort, asOf) = (options.shared, options.month, options.effort, options.asOf)
        // A given --out is checked before planning, the path finally used again just before writing.
        if let out = options.out,
            let status = refusedOutput([out], given: out, shared: shared, usage: usage, context: context)
        {
            return status
        }
        // The earlier snapshot is read before planning, so a bad one fails at once.
        var before: GradeSnapshot?
        if let path = options.before {
            do {
                before = try GradeSnapshot.load(path, option: "--before", allowFile: true, currentDirectory: context.currentDirectory)
                DiagnosticPrinter.print(before!.warnings, language: shared.language, to: context)
            } catch {
                DiagnosticPrinter.printSnapshotFailure(error, path: path, nothing: "reported", language: shared.language, to: context)
                return error.exitCode
            }
        }
        // --rep and --manager are checked before planning, and only the reps they select are planned.
        let selecting = !options.reps.isEmpty || !options.managers.isEmpty
        var planned: [String]? = nil
        if selecting, options.plan == nil, let loaded = try? TerritoryLoader.load(directory: shared.territory) {
            do {
                planned = try Self.selectedRepIDs(reps: options.reps, managers: options.managers, territory: loaded.territory)
            } catch {
                return usageError(error, usage: usage, context: context)
            }
        }
        let source: PlanSource
        switch PlanSource.load(plan: options.plan, shared: shared, month: month, effort: effort, repIDs: planned, context: context) {
        case .success(let s): source = s
        case .failure(let status): return status.code
        }
        var plan = source.plan
        var scope: ReportScope? = nil
        if selecting {
            do {
                let repIDs = try Self.selectedRepIDs(reps: options.reps, managers: options.managers, territory: source.setup.territory)
                plan = try Self.plan(plan, narrowedTo: repIDs)
                scope = ReportScope(repIDs: repIDs, managerIDs: Self.uniqued(options.managers))
            } catch {
                return usageError(error, usage: usage, context: context)
            }
        }
        var document = ReportDocument(
            plan: plan, territory: source.setup.territory, calendar: source.setup.calendar,
            leave: source.setup.inputs.leave, travel: source.setup.travel, language: shared.language)
        document.scope = scope
        if let before {
            let after = GradeSnapshot(territory: source.setup.territory, source: shared.territoryAsGiven ?? shared.territory.path)
            // A narrowed report's re-grade counts its reps only, like its overview.
            document.regrade = RegradeDocument(before: before, after: after, repIDs: scope?.repIDs, language: shared.language)
        }
        let calls = ProgressCounting.callsFile(options.calls, territory: shared.territory, context: context)
        if calls.given != nil || asOf != nil || FileManager.default.fileExists(atPath: calls.url.path) {
            let month = plan.month
            let day: CalendarDate
            do {
                day = try ProgressCounting.asOf(asOf, in: month, today: PlanSetup.today(now: context.now))
            } catch {
                return usageError(error, usage: usage, context: context)
            }
            switch ProgressCounting.count(
                setup: source.setup, calls: options.calls, language: shared.language, month: month, asOf: day,
                plannedVisits: plan.visits,
                repIDs: plan.reps.map(\.repID), outcome: "reported", context: context)
            {
            case .success(let counted): document.progress = counted.progress
            case .failure(let status): return status.code
            }
        }
        let url = PlanSource.outputURL(options.out, month: plan.month, defaultName: "report.html", context: context)
        if let status = refusedOutput(
            [url.path], given: options.out ?? url.path, shared: shared,
            usage: usage, context: context)
        {
            return status
        }
        return PlanSource.write(document.render(), to: url, language: shared.language, context: context)
    }

    /// The reps `--rep` and `--manager` select, each once: the named reps in the order given, then each named
    /// manager's reps in reps.csv order. An unknown rep or manager, or a manager no rep reports to, is a usage
    /// error naming the closest id and the known ones.
    static func selectedRepIDs(reps: [String], managers: [String], territory: Territory) throws(UsageError) -> [String] {
        var out = try PlanCommand.repIDs(reps, among: territory.reps.map(\.id))
        let known = territory.managers.map(\.id)
        for id in uniqued(managers) {
            guard let manager = territory.manager(id: id) else {
                let hint = Phrases.didYouMean(Suggestion.closest(to: id, among: known))
                let list = known.isEmpty ? "the territory has no managers.csv" : "managers: \(known.joined(separator: ", "))"
                let listZH = known.isEmpty ? "该区域没有 managers.csv" : "经理：\(known.joined(separator: ", "))"
                throw UsageError("unknown manager \"\(id)\"\(hint.en) (\(list))", zh: "未知经理 \"\(id)\"\(hint.zh)（\(listZH)）")
            }
            let mine = territory.reps.filter { $0.managerID == manager.id }.map(\.id)
            guard !mine.isEmpty else {
                throw UsageError(
                    "no rep reports to manager \"\(id)\" (\(manager.name)) in reps.csv's manager_id",
                    zh: "reps.csv 的 manager_id 中没有代表属于经理 \"\(id)\"（\(manager.name)）")
            }
            out += mine.filter { !out.contains($0) }
        }
        return out
    }

    /// The plan holding only `repIDs`, in that order (the managers' co-visit days kept as they are); a rep the plan
    /// lacks (a plan.json made for fewer reps) is a usage error listing the plan's reps.
    static func plan(_ plan: MonthPlan, narrowedTo repIDs: [String]) throws(UsageError) -> MonthPlan {
        var out = plan
        out.reps = []
        for id in repIDs {
            guard let r = plan.reps.first(where: { $0.repID == id }) else {
                let known = plan.reps.map(\.repID)
                let hint = Phrases.didYouMean(Suggestion.closest(to: id, among: known))
                throw UsageError(
                    "no rep \"\(id)\" in the plan\(hint.en) (reps: \(known.joined(separator: ", ")))",
                    zh: "计划中没有代表 \"\(id)\"\(hint.zh)（代表：\(known.joined(separator: ", "))）")
            }
            out.reps.append(r)
        }
        return out
    }

    /// The ids in order, each kept at its first occurrence.
    static func uniqued(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
