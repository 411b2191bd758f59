import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// What `plan`, `check` and `report` share: the loaded territory, calendar, leave and travel model.
struct PlanSetup {
    let loaded: LoadedTerritory
    /// The month planned: the one asked for, or, when none was and next month's holidays are not
    /// published yet, the last month whose holidays are.
    let month: YearMonth
    let calendar: WorkCalendar
    let inputs: PlanInputs
    let travel: TravelModel

    var territory: Territory { loaded.territory }

    static let monthOption = OptionSpec.value("--month", short: "-m", valueName: "YYYY-MM", help: "Month to plan (default: next calendar month)")
    static let holidaysOption = OptionSpec.value(
        "--holidays", valueName: "FILE",
        help: "Extra holiday file in the holiday-cn JSON format (for a year not bundled)")
    static let weekdaysOnlyOption = OptionSpec.flag("--weekdays-only", help: "Treat Monday–Friday as working days, knowingly ignoring holidays")

    /// Loads the territory (printing its warnings), the calendar for `month`, and the optional planning files.
    /// Returns the exit code instead when something is wrong, having printed why.
    static func load(
        shared: SharedOptions, month requested: YearMonth, monthIsDefault: Bool = false,
        outcome: String = "planned", context: CommandContext
    ) -> Result<PlanSetup, ExitStatus> {
        var month = requested
        let loaded: LoadedTerritory
        do {
            loaded = try TerritoryLoader.load(directory: shared.territory)
        } catch {
            DiagnosticPrinter.printFailure(error, in: shared.territory, nothing: outcome, language: shared.language, to: context)
            return .failure(ExitStatus(error.exitCode))
        }
        DiagnosticPrinter.print(loaded.warnings, language: shared.language, to: context)
        let calendar: WorkCalendar
        if shared.weekdaysOnly {
            calendar = .weekdays
        } else {
            let extra = shared.holidays.map { AtomicFileWriter.resolve($0, relativeTo: context.currentDirectory) }
            do {
                calendar = try CalendarLoader.load(
                    directory: calendarDirectory(territory: shared.territory, context: context),
                    extraFiles: extra.map { [$0] } ?? [])
            } catch {
                DiagnosticPrinter.print(error.diagnostics, to: context)
                return .failure(ExitStatus(error.exitCode))
            }
            if !calendar.covers(month), monthIsDefault, let year = calendar.publishedYears.max(), year < month.year,
                let fallback = YearMonth(year: year, month: 12)
            {
                let language = shared.language
                context.stderr.write(
                    language.pick(
                        "注意：\(month.year) 年的法定节假日尚未公布，默认改为规划 \(fallback)；要规划 \(month)，请加 --month \(month) 和 --holidays FILE 或 --weekdays-only\n",
                        "note: the official holidays of \(month.year) are not published yet, so the default month is \(fallback); to plan \(month), pass --month \(month) with --holidays FILE or --weekdays-only\n"
                    ))
                month = fallback
            }
            guard calendar.covers(month) else {
                // A year after the newest holiday file is not published yet; an earlier one is only not bundled.
                let known = calendar.publishedYears.sorted()
                let future = known.last.map { month.year > $0 } ?? true
                let why =
                    future
                    ? ("the official holidays of \(month.year) are not published yet", "\(month.year) 年的法定节假日尚未公布")
                    : (
                        "the holidays of \(month.year) are not bundled (the bundled years are \(known.map(String.init).joined(separator: ", ")))",
                        "没有内置 \(month.year) 年的节假日（内置年份：\(known.map(String.init).joined(separator: "、"))）"
                    )
                DiagnosticPrinter.print(
                    [
                        Diagnostic.error(
                            "\(why.0), so the working days of \(month) are unknown",
                            fix: "pass --holidays FILE with that year's holidays (holiday-cn JSON format), or --weekdays-only to plan Monday–Friday knowingly"
                        )
                        .coded(
                            future ? "holidays-unpublished" : "holidays-not-bundled", zh: "\(why.1)，无法确定 \(month) 的工作日",
                            fix: "请用 --holidays FILE 给出该年的节假日（holiday-cn JSON 格式），或用 --weekdays-only 明知地按周一至周五规划")
                    ],
                    language: shared.language, to: context)
                return .failure(ExitStatus(ExitCode.dataError))
            }
        }
        let inputs: PlanInputs
        do {
            inputs = try PlanInputs.load(directory: shared.territory, territory: loaded.territory)
        } catch {
            DiagnosticPrinter.printFailure(error, in: shared.territory, nothing: outcome, language: shared.language, to: context)
            return .failure(ExitStatus(error.exitCode))
        }
        return .success(
            PlanSetup(
                loaded: loaded, month: month, calendar: calendar, inputs: inputs,
                travel: TravelModel(rules: loaded.territory.rules, givenMinutes: inputs.travelTimes)))
    }

    /// Every rule `file` breaks against this territory, calendar, leave and travel: the planning rules
    /// (`PlanChecker.violations`, with a re-plan's record) and the co-visits, checked against every visit of the
    /// file (a re-plan's visits not done too: a co-visit of the history stays as it was planned). What `check`
    /// prints and what `merge` refuses to write.
    func violations(of file: PlanFile) -> [PlanViolation] {
        let checker = PlanChecker(territory: territory, calendar: calendar, leave: inputs.leave, travel: travel)
        return checker.violations(month: file.month, visits: file.visits, unplaced: file.unplaced, repIDs: file.repIDs, replan: file.replan)
            + checker.coVisitViolations(managers: file.managerPlans, visits: file.visits, marks: file.coVisitMarks)
    }

    /// The folder of holiday files: the territory's own `calendars/`, the one beside it, else the bundled one.
    static func calendarDirectory(territory: URL, context: CommandContext) -> URL? {
        var candidates = [territory.appendingPathComponent("calendars"), territory.deletingLastPathComponent().appendingPathComponent("calendars")]
        if let demo = TerritoryLocator.demo(context: context) { candidates.append(demo.deletingLastPathComponent().appendingPathComponent("calendars")) }
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("2026.json").path) }
            ?? candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Today's date in China (UTC+8).
    static func today(now: Date = Date()) -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int(((now.timeIntervalSince1970 + 8 * 3600) / 86_400).rounded(.down)))
    }

    /// The month after today's in China (UTC+8).
    static func nextMonth(now: Date = Date()) -> YearMonth {
        let today = today(now: now)
        return YearMonth(year: today.year, month: today.month)!.next
    }

    /// Parses `--month`, defaulting to next month (which `load` may move back to the last month
    /// with published holidays).
    static func month(_ text: String?, now: Date) throws(UsageError) -> YearMonth {
        guard let text else { return nextMonth(now: now) }
        guard let m = YearMonth(parsing: text) else {
            throw UsageError("invalid month \"\(text)\"; expected YYYY-MM, e.g. 2026-12", zh: "月份 \"\(text)\" 无效；应为 YYYY-MM，如 2026-12")
        }
        return m
    }
}

/// An exit code carried as an error.
struct ExitStatus: Error {
    let code: Int32
    init(_ code: Int32) { self.code = code }
}
