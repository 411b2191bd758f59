import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// `territory progress`: the month as it happens — per doctor, rep and zone, visits required, planned and
/// done up to a date, what remains, and the doctors whose remaining visits no longer fit.
public struct ProgressCommand: OptionsCommand {
    /// Creates the command.
    public init() {}
    public let name = "progress"
    public let summary = "Count the month so far: visits required, planned, done, remaining; doctors at risk"
    public let summaryZH = "统计本月进度：需拜访、已安排、已完成、剩余；有风险的医生"

    public static let parser = ArgumentParser(
        options: SharedOptions.specs + [
            .value("--month", short: "-m", valueName: "YYYY-MM", help: "Month to count (default: the month of --as-of, else this month)"),
            ProgressCounting.asOfOption,
            .value("--rep", short: "-r", valueName: "ID", help: "Only this rep (repeat or comma-separate for several; default: all)"),
            .choice("--format", short: "-f", ["table", "csv", "json"], help: "Output format (default: table)"),
            .value("--plan", short: "-p", valueName: "FILE", help: "The month's plan.json (default: plans/<month>/plan.json when it exists)"),
            ProgressCounting.callsOption,
            .value("--out", short: "-o", valueName: "FILE", help: "Write to FILE (atomically) instead of standard output"),
            PlanSetup.holidaysOption,
            PlanSetup.weekdaysOnlyOption,
        ])

    /// `usage: territory progress [--territory DIR] …`.
    public var usage: String { "usage: territory progress \(Self.parser.synopsis)" }

    public var help: String {
        """
        territory progress: the month as it happens

        \(usage)

        Counts, per doctor, rep and zone: visits required (the zone's visits per month), planned
        (the month's plan.json), done (calls.csv rows with status done, up to and including
        --as-of; one a day per doctor), cancelled and not met, remaining = max(0, required − done),
        and planned visits still ahead (after --as-of). Then:
          attainment = done ÷ required, each doctor credited up to its requirement;
          on track   = done ÷ (required × elapsed days ÷ days): 100% is an even pace;
          at risk    = more visits remain than days are left after --as-of, or the spacing rule's
                       largest gap since the last done visit (or the month's start) has passed.
        Days are the rep's working days less leave. Without a plan, planned counts are 0; without
        calls, done counts are 0; both are said. calls.csv is described in territories/README.md.

        OPTIONS:
        \(Self.parser.optionsHelp)
        table prints the reps, the zones and every doctor; csv is one row per doctor (UTF-8 with
        BOM, for Excel); json has reps, zones, total and doctors with English keys.
        \(SharedOptions.territoryHelp)

        EXAMPLES:
          territory progress --as-of 2026-12-10
          territory progress --month 2026-12 --rep R01 --lang en
          territory progress --as-of 2026-12-10 --format csv --out progress.csv

        EXIT CODES: 0 ok, 64 bad usage, 65 bad data, 66 missing folder or file, 73 cannot write --out.

        """
    }

    /// The options of `territory progress`.
    public struct Options: CommandOptions {
        /// `--territory`, `--lang`, `--holidays`, `--weekdays-only`.
        public var shared: SharedOptions
        /// The month counted: `--month`, else the month of `--as-of`, else today's.
        public var month: YearMonth
        /// The last day counted: `--as-of`, else today moved into the month.
        public var asOf: CalendarDate
        /// `--rep`, as given; empty: every rep.
        public var reps: [String]
        /// `--plan FILE`; nil: plans/<month>/plan.json when it exists.
        public var plan: String?
        /// `--calls FILE`; nil: the territory's calls.csv.
        public var calls: String?
        /// `--format`.
        public var format: OutputFormat
        /// `--out FILE`; nil: standard output.
        public var out: String?

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            shared = try SharedOptions(parsed, context: context)
            (month, asOf) = try ProgressCommand.dates(
                month: parsed.value("--month"), asOf: parsed.value("--as-of"), today: PlanSetup.today(now: context.now), now: context.now)
            reps = parsed.listValues("--rep")
            plan = parsed.value("--plan")
            calls = parsed.value("--calls")
            format = parsed.choice("--format", default: OutputFormat.table)
            out = parsed.value("--out")
        }
    }

    public func run(_ options: Options, context: CommandContext) -> Int32 {
        let (shared, month, asOf) = (options.shared, options.month, options.asOf)
        if let out = options.out,
            let status = refusedOutput([out], given: out, shared: shared, usage: usage, context: context)
        {
            return status
        }
        let setup: PlanSetup
        switch PlanSetup.load(shared: shared, month: month, outcome: "counted", context: context) {
        case .success(let s): setup = s
        case .failure(let status): return status.code
        }
        let repIDs: [String]
        do {
            repIDs = try PlanCommand.repIDs(options.reps, territory: setup.territory)
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        let plan: (source: String, file: PlanFile)?
        switch Self.plan(options.plan, month: month, repIDs: repIDs, shared: shared, territory: setup.territory, context: context) {
        case .success(let p): plan = p
        case .failure(let status): return status.code
        }
        let counted: (progress: MonthProgress, callsSource: String?)
        switch ProgressCounting.count(
            setup: setup, calls: options.calls, language: shared.language, month: month, asOf: asOf,
            plannedVisits: plan?.file.plannedVisits,
            repIDs: repIDs, outcome: "counted", context: context)
        {
        case .success(let c): counted = c
        case .failure(let status): return status.code
        }
        let document = ProgressDocument(
            progress: counted.progress, planSource: plan?.source, callsSource: counted.callsSource,
            language: shared.language)
        let text: String
        switch options.format {
        case .csv: text = document.csv()
        case .json: text = document.json()
        case .table: text = document.table()
        }
        return emit(
            text, out: options.out, wrote: ("\(document.doctors.count) 位医生", DiagnosticPrinter.count(document.doctors.count, "doctor")),
            language: shared.language, context: context)
    }

    /// The month and the as-of date: `--month`, else the month of `--as-of`, else today's; `--as-of`, else
    /// today moved into the month.
    static func dates(month monthText: String?, asOf asOfText: String?, today: CalendarDate, now: Date) throws(UsageError) -> (YearMonth, CalendarDate) {
        let given = try ProgressCounting.asOf(asOfText)
        let day = given ?? today
        let month = monthText != nil ? try PlanSetup.month(monthText, now: now) : YearMonth(year: day.year, month: day.month)!
        return (month, try ProgressCounting.asOf(given, in: month, today: today))
    }

    /// The plan to count: `--plan`, else plans/<month>/plan.json below the current folder when it exists, else
    /// none (with a note). Returns the path as shown and the file, or the exit code having printed why.
    static func plan(
        _ given: String?, month: YearMonth, repIDs: [String], shared: SharedOptions, territory: Territory,
        context: CommandContext
    ) -> Result<(source: String, file: PlanFile)?, ExitStatus> {
        let path = given ?? "plans/\(month)/plan.json"
        let url = AtomicFileWriter.resolve(path, relativeTo: context.currentDirectory)
        if given == nil && !FileManager.default.fileExists(atPath: url.path) {
            DiagnosticPrinter.print(
                [Diagnostic.note("no plan for \(month) (\(path) not found); planned visits count as 0").zh("没有 \(month) 的计划（找不到 \(path)）；已安排拜访计为 0")],
                to: context)
            return .success(nil)
        }
        let file: PlanFile
        do {
            file = try PlanFile.read(url)
        } catch {
            DiagnosticPrinter.print(error.diagnostics, to: context)
            return .failure(ExitStatus(error.exitCode))
        }
        guard file.month == month else {
            DiagnosticPrinter.print(
                [
                    Diagnostic.error(
                        file: path, "is the plan of \(file.month), not of \(month)",
                        fix: "give the plan of \(month) with --plan, or --month \(file.month)"
                    ).zh("是 \(file.month) 的计划，不是 \(month) 的", fix: "请用 --plan 给出 \(month) 的计划，或用 --month \(file.month)")
                ], to: context)
            return .failure(ExitStatus(given == nil ? ExitCode.dataError : ExitCode.usage))
        }
        if let unknown = file.repIDs.first(where: { territory.rep(id: $0) == nil }) {
            DiagnosticPrinter.print([PlanSource.unknownRep(unknown, plan: path, territory: shared.territory)], to: context)
            return .failure(ExitStatus(ExitCode.dataError))
        }
        let uncovered = repIDs.filter { !file.repIDs.contains($0) }
        if !uncovered.isEmpty {
            DiagnosticPrinter.print(
                [
                    Diagnostic.note("\(path) does not plan \(DiagnosticPrinter.idList(uncovered)); their planned visits count as 0").zh(
                        "\(path) 没有规划 \(DiagnosticPrinter.idList(uncovered))；其已安排拜访计为 0")
                ], to: context)
        }
        return .success((path, file))
    }
}
