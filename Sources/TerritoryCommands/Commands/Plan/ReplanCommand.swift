import Dispatch
import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// `territory replan`: the rest of the month re-planned from a date, history and booked days kept.
public struct ReplanCommand: OptionsCommand {
    /// Creates the command.
    public init() {}
    public let name = "replan"
    public let summary = "Re-plan the rest of the month from a date: history and the next days kept, the rest re-optimised"
    public let summaryZH = "从某日起重新规划本月余下的日子：已发生的和近几日保留，其余重新优化"

    /// The working days kept as planned when `--freeze` is not given.
    static let defaultFreeze = 2
    /// Solver iterations per rep when `--iterations` is not given: a quarter of `plan`'s, since the open days
    /// are the smaller part of the month and the search starts from the old days. Measured: R01 of the demo
    /// from 12-11 gives the same plan at 4,000 and 8,000 (8 moved, 292.5 km) and a worse one at 16,000 (11
    /// moved, 297.9 km); S010 of the generated 20-rep district the same visits at 4,000 as at 8,000.
    static let defaultIterations = 4_000

    public static let parser = ArgumentParser(
        options: SharedOptions.specs + [
            .value("--plan", short: "-p", valueName: "FILE", help: "The plan.json to re-plan (required; never overwritten)"),
            .value("--from", valueName: "DATE", help: "First day not yet history, YYYY-MM-DD (required)"),
            .value("--freeze", valueName: "N", help: "Working days from --from kept exactly as planned (default: \(defaultFreeze))"),
            .value("--rep", short: "-r", valueName: "ID", help: "Re-plan only this rep (repeat or comma-separate; default: every rep of the plan)"),
            .value("--out", short: "-o", valueName: "DIR", help: "Folder for the new plan.json and plan.csv (default: plans/<month>/replan-<DATE>)"),
            ProgressCounting.callsOption,
        ]
            + PlanSource.effortOptions.map { o in
                o.name == "--iterations"
                    ? .value("--iterations", valueName: "N", help: "Solver iterations per rep, the deterministic effort (default: \(defaultIterations))") : o
            } + [PlanSetup.holidaysOption, PlanSetup.weekdaysOnlyOption])

    /// `usage: territory replan --plan FILE --from DATE […]`.
    public var usage: String { "usage: territory replan \(Self.parser.synopsis)" }

    public var help: String {
        """
        territory replan: re-plan the rest of the month from a date

        \(usage)

        Reads a plan.json and the calls reps logged, and writes a new plan for the same month:
          history   days before --from: on a day the rep logged calls (calls.csv), the calls are
                    what happened (a planned visit without a done call did not happen, a done call
                    the plan did not have counts); on a day without calls the plan is taken as
                    done, unless the day is now leave in leave.csv (a lost day);
          frozen    the --freeze working days from --from keep the old plan's visits exactly
                    (reps have booked them), except on a day now on leave;
          open      the rest of the month is planned again for what each doctor still needs
                    (required − real visits), red first when the month is short, spacing measured
                    from each doctor's last real visit, leave respected; a visit that can stay on its
                    day stays (each visit moved off its old day costs as much as 60 minutes of travel).
        The visits before the open days are written unchanged; plan.json's "replan" section says
        which of them did not happen, so `territory check` judges the new plan correctly. Prints per
        rep what changed from --from on (kept, moved, added, dropped) on stdout; progress and notes
        go to stderr. The same inputs and --seed give the same files.

        OPTIONS:
        \(Self.parser.optionsHelp)
        \(SharedOptions.territoryHelp)

        EXAMPLES:
          territory replan --plan plans/2026-12/plan.json --from 2026-12-10
          territory replan --plan plans/2026-12/plan.json --from 2026-12-10 --freeze 1 --rep R01 --lang en

        EXIT CODES: 0 ok, 64 bad usage or an --out that would overwrite an input (the --plan file too), 65 bad data,
        66 missing folder or file, 73 cannot write --out (nothing is written).

        """
    }

    /// The options of `territory replan`.
    public struct Options: CommandOptions {
        /// `--territory`, `--lang`, `--holidays`, `--weekdays-only`.
        public var shared: SharedOptions
        /// `--plan FILE`: the plan re-planned.
        public var plan: String
        /// `--from DATE`: the first day that is not history yet.
        public var from: CalendarDate
        /// `--freeze N`: working days from `from` kept as booked.
        public var freeze: Int
        /// `--seed`, `--iterations` (default `ReplanCommand.defaultIterations`), `--time-limit`.
        public var effort: Planner.Effort
        /// `--rep`, as given; empty: every rep of the plan.
        public var reps: [String]
        /// `--calls FILE`; nil: the territory's calls.csv.
        public var calls: String?
        /// `--out DIR`; nil: plans/<month>/replan-<from>.
        public var out: String?

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            shared = try SharedOptions(parsed, context: context)
            guard let p = parsed.value("--plan") else {
                throw UsageError("missing --plan FILE: name the plan.json to re-plan", zh: "缺少 --plan FILE：请给出要重新规划的 plan.json")
            }
            plan = p
            guard let f = parsed.value("--from") else {
                throw UsageError("missing --from DATE: the first day that is not history yet, e.g. 2026-12-10", zh: "缺少 --from DATE：尚未成为历史的第一天，如 2026-12-10")
            }
            guard let date = CalendarDate(parsing: f) else {
                throw UsageError(
                    "invalid date \"\(f)\" for --from; expected YYYY-MM-DD, e.g. 2026-12-10", zh: "--from 的日期 \"\(f)\" 无效；应为 YYYY-MM-DD，如 2026-12-10")
            }
            from = date
            if let n = parsed.value("--freeze") {
                guard let k = Int(n), k >= 0 else {
                    throw UsageError("invalid --freeze \"\(n)\"; expected a whole number of working days ≥ 0", zh: "--freeze 的值 \"\(n)\" 无效；应为 ≥ 0 的工作日数")
                }
                freeze = k
            } else {
                freeze = ReplanCommand.defaultFreeze
            }
            effort = try PlanCommand.effort(parsed)
            if parsed.value("--iterations") == nil { effort.iterations = ReplanCommand.defaultIterations }
            reps = parsed.listValues("--rep")
            calls = parsed.value("--calls")
            out = parsed.value("--out")
        }
    }

    public func run(_ options: Options, context: CommandContext) -> Int32 {
        let (shared, planPath, from, freeze, effort) = (options.shared, options.plan, options.from, options.freeze, options.effort)
        let language = shared.language
        let file: PlanFile
        do { file = try context.readPlan(planPath) } catch { return error.code }
        guard file.month.contains(from) else {
            return usageError(
                UsageError(
                    "--from \(from) is outside the plan's month \(file.month); give a day of \(file.month)",
                    zh: "--from \(from) 不在计划的月份 \(file.month) 内；请给出 \(file.month) 中的一天"), usage: usage, context: context)
        }
        let out =
            options.out.map { AtomicFileWriter.resolve($0, relativeTo: context.currentDirectory) }
            ?? URL(fileURLWithPath: context.currentDirectory).appendingPathComponent("plans").appendingPathComponent(file.month.description)
            .appendingPathComponent("replan-\(from)")
        let files = [out.appendingPathComponent("plan.json").path, out.appendingPathComponent("plan.csv").path]
        if let status = refusedOutput(files, given: options.out ?? out.path, shared: shared, usage: usage, context: context) {
            return status
        }
        let setup: PlanSetup
        switch PlanSetup.load(shared: shared, month: file.month, outcome: "re-planned", context: context) {
        case .success(let s): setup = s
        case .failure(let status): return status.code
        }
        if let unknown = file.repIDs.first(where: { setup.territory.rep(id: $0) == nil }) {
            DiagnosticPrinter.print([PlanSource.unknownRep(unknown, plan: planPath, territory: shared.territory)], to: context)
            return ExitCode.dataError
        }
        let repIDs: [String]
        do throws(UsageError) {
            let named = try PlanCommand.repIDs(options.reps, territory: setup.territory)
            if options.reps.isEmpty {
                repIDs = file.repIDs
            } else if let missing = named.first(where: { !file.repIDs.contains($0) }) {
                throw UsageError(
                    "rep \(missing) is not in \(planPath) (it plans \(file.repIDs.joined(separator: ", ")))",
                    zh: "代表 \(missing) 不在 \(planPath) 中（其中的代表：\(file.repIDs.joined(separator: ", "))）")
            } else {
                repIDs = named
            }
        } catch {
            return usageError(error, usage: usage, context: context)
        }

        // The calls logged before --from.
        let (callsURL, callsGiven) = ProgressCounting.callsFile(options.calls, territory: setup.loaded.directory, context: context)
        let log: CallLog
        do {
            let asOf = max(file.month.dates[0], from.adding(days: -1))
            log = try CallLog.load(
                callsURL, mustExist: callsGiven != nil, territory: setup.territory, month: file.month, asOf: asOf,
                calendar: setup.calendar, leave: setup.inputs.leave)
        } catch {
            DiagnosticPrinter.printFailure(error, in: callsURL.deletingLastPathComponent(), nothing: "re-planned", language: language, to: context)
            return error.exitCode
        }
        DiagnosticPrinter.print(log.warnings, language: language, to: context)
        if !log.isPresent {
            DiagnosticPrinter.print(
                [
                    Diagnostic.note(
                        "no \(CallLog.fileName) in \(setup.loaded.directory.path); the days before \(from) count as planned, except days now on leave"
                    ).zh("\(setup.loaded.directory.path) 中没有 \(CallLog.fileName)；\(from) 之前的日子按计划完成计算，现在请假的日子除外")
                ],
                to: context)
        }
        let calls = log.calls.filter { file.month.contains($0.date) }

        let workingDays = setup.calendar.workingDays(in: file.month)
        let revision = (file.replan?.revision ?? 0) + 1
        let previous = file.visits
        context.stderr.write(
            language.pick(
                "正在重新规划 \(file.month)（自 \(from) 起，冻结 \(freeze) 个工作日），\(repIDs.count) 位代表…\n",
                "Re-planning \(file.month) from \(from) (\(freeze) working day\(freeze == 1 ? "" : "s") frozen) for \(repIDs.count) rep\(repIDs.count == 1 ? "" : "s")…\n"
            ))
        let box = ReplanBox(count: repIDs.count)
        let territory = setup.territory
        let leave = setup.inputs.leave
        let travel = setup.travel
        DispatchQueue.concurrentPerform(iterations: repIDs.count) { k in
            let input = Replanner.Input(repID: repIDs[k], previous: previous, calls: calls, from: from, freeze: freeze, revision: revision)
            do {
                let result = try Replanner.replan(input, territory: territory, workingDays: workingDays, leave: leave, travel: travel, effort: effort)
                box.set(k, .success(result))
            } catch {
                box.set(k, .failure(RepMonthError(repID: repIDs[k], message: "\(error)")))
            }
        }
        var results: [Replanner.Result] = []
        for r in box.all() {
            switch r {
            case .success(let result): results.append(result)
            case .failure(let e):
                DiagnosticPrinter.print([.error("rep \(e.repID): \(e.message)", fix: nil)], to: context)
                return ExitCode.dataError
            }
        }
        for r in results {
            if let rep = territory.rep(id: r.plan.repID) { context.stderr.write(Self.historyLine(r, rep: rep, language: language)) }
        }

        // Co-visits stay where their calls still are (history and frozen days whole); none is added.
        let plan = MonthPlan(
            month: file.month, seed: effort.seed, reps: results.map(\.plan),
            managers: CoVisitPlanner.carried(
                file.managerPlans, into: MonthPlan(month: file.month, seed: effort.seed, reps: results.map(\.plan)), territory: territory))
        var record =
            results.first?.record
            ?? ReplanRecord(
                from: from, freeze: freeze, openFrom: Replanner.openFrom(from: from, freeze: freeze, workingDays: workingDays),
                revision: revision, notDone: [], doneOffPlan: [])
        record.notDone = results.flatMap(\.record.notDone)
        record.doneOffPlan = results.flatMap(\.record.doneOffPlan)
        var document = PlanDocument(plan: plan, territory: territory, language: language, travel: travel, calendar: setup.calendar)
        document.replan = record
        document.territoryPath = RelativePath.of(shared.territory, from: out)
        do {
            try AtomicFileWriter.write(files: [(files[0], Array(document.json().utf8)), (files[1], Array(document.csv().utf8))], createFolders: true)
        } catch {
            DiagnosticPrinter.print([error.diagnostic], to: context)
            return ExitCode.cannotCreate
        }
        context.stderr.write(language.pick("已写入 ", "Wrote ") + files[0] + ", " + files[1] + "\n")
        context.stdout.write(ReplanReport(results: results, record: record, territory: territory, language: language).render())
        return ExitCode.success
    }

    /// `R01 陈思远：历史 40 次（未完成 6 次，计划外完成 1 次）；冻结 … ；重新安排 … 用时 0.41 秒`.
    static func historyLine(_ r: Replanner.Result, rep: Rep, language: Language) -> String {
        let record = r.record
        let history = r.plan.visits.filter { $0.date < record.from }.count
        let missing = r.plan.unplaced.reduce(0) { $0 + $1.missing }
        let seconds = (r.plan.solveSeconds * 100).rounded() / 100
        return language.isEnglish
            ? "\(rep.id) \(rep.name): history \(history) planned visits, \(record.notDone.count) not done, \(record.doneOffPlan.count) done off the plan; \(missing) still unplaced; \(seconds) s\n"
            : "\(rep.id) \(rep.name)：此前计划 \(history) 次，未完成 \(record.notDone.count) 次，计划外完成 \(record.doneOffPlan.count) 次；仍未安排 \(missing) 次；用时 \(seconds) 秒\n"
    }
}

/// Results of the concurrent re-plans, read once all are done.
final class ReplanBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<Replanner.Result, RepMonthError>?]
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ r: Result<Replanner.Result, RepMonthError>) {
        lock.lock()
        items[k] = r
        lock.unlock()
    }
    func all() -> [Result<Replanner.Result, RepMonthError>] {
        lock.lock()
        defer { lock.unlock() }
        return items.map { $0! }
    }
}
