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

        Writes one self-contained HTML file (inline CSS and SVG; no scripts, fonts or images from
        the network) that opens in any browser and prints with each rep on new pages:
          - for the district and each rep: the nine-grid heatmap (doctors and share per cell, in
            zone colours), capacity, utilisation, required and planned visits by zone, shortfall;
          - per rep: the month as a calendar (calls per day by zone; holidays and weekends grey,
            leave hatched), each day's route as a small map (base, hospitals numbered in visiting
            order, back to base), coaching (tactics of every zone above the lowest priority — red
            and yellow by default — with that zone's doctors), the visits not placed with their
            reasons, and the A/B/C doctor list with the columns of `territory grade --format csv`,
            grouped by cell.

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

        EXIT CODES: 0 ok, 64 bad usage or an --out that would overwrite an input, 65 bad data, 66 missing folder or file,
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

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            shared = try SharedOptions(parsed, context: context)
            month = try parsed.value("--month").map { text throws(UsageError) in try PlanSetup.month(text, now: context.now) }
            effort = try PlanCommand.effort(parsed)
            asOf = try ProgressCounting.asOf(parsed.value("--as-of"))
            plan = parsed.value("--plan")
            calls = parsed.value("--calls")
            before = parsed.value("--before")
            out = parsed.value("--out")
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
        let source: PlanSource
        switch PlanSource.load(plan: options.plan, shared: shared, month: month, effort: effort, repIDs: nil, context: context) {
        case .success(let s): source = s
        case .failure(let status): return status.code
        }
        var document = ReportDocument(
            plan: source.plan, territory: source.setup.territory, calendar: source.setup.calendar,
            leave: source.setup.inputs.leave, travel: source.setup.travel, language: shared.language)
        if let before {
            let after = GradeSnapshot(territory: source.setup.territory, source: shared.territoryAsGiven ?? shared.territory.path)
            document.regrade = RegradeDocument(before: before, after: after, language: shared.language)
        }
        let calls = ProgressCounting.callsFile(options.calls, territory: shared.territory, context: context)
        if calls.given != nil || asOf != nil || FileManager.default.fileExists(atPath: calls.url.path) {
            let month = source.plan.month
            let day: CalendarDate
            do {
                day = try ProgressCounting.asOf(asOf, in: month, today: PlanSetup.today(now: context.now))
            } catch {
                return usageError(error, usage: usage, context: context)
            }
            switch ProgressCounting.count(
                setup: source.setup, calls: options.calls, language: shared.language, month: month, asOf: day,
                plannedVisits: source.plan.visits,
                repIDs: source.plan.reps.map(\.repID), outcome: "reported", context: context)
            {
            case .success(let counted): document.progress = counted.progress
            case .failure(let status): return status.code
            }
        }
        let url = PlanSource.outputURL(options.out, month: source.plan.month, defaultName: "report.html", context: context)
        if let status = refusedOutput(
            [url.path], given: options.out ?? url.path, shared: shared,
            usage: usage, context: context)
        {
            return status
        }
        return PlanSource.write(document.render(), to: url, language: shared.language, context: context)
    }
}
