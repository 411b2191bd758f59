import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// What `progress` and `report` share: the `--as-of` and `--calls` options, reading the calls and counting
/// the month with `MonthProgress`.
enum ProgressCounting {
    /// `--as-of DATE`.
    static let asOfOption = OptionSpec.value(
        "--as-of", valueName: "DATE",
        help: "Count calls up to and including this day, YYYY-MM-DD (default: today, moved into the month)")
    /// `--calls FILE`.
    static let callsOption = OptionSpec.value(
        "--calls", short: "-c", valueName: "FILE",
        help: "The calls reps logged (default: calls.csv in the territory, if any)")

    /// `--as-of` as given (`text`), parsed; nil when absent.
    static func asOf(_ text: String?) throws(UsageError) -> CalendarDate? {
        guard let text else { return nil }
        guard let d = CalendarDate(parsing: text) else {
            throw UsageError(
                "invalid date \"\(text)\" for --as-of; expected YYYY-MM-DD, e.g. 2026-12-10", zh: "--as-of 的日期 \"\(text)\" 无效；应为 YYYY-MM-DD，如 2026-12-10")
        }
        return d
    }

    /// `given` when it lies in `month` (a usage error otherwise), else `today` moved into the month: its first
    /// day when today is before it, its last day when after.
    static func asOf(_ given: CalendarDate?, in month: YearMonth, today: CalendarDate) throws(UsageError) -> CalendarDate {
        let dates = month.dates
        guard let given else { return min(max(today, dates[0]), dates[dates.count - 1]) }
        guard month.contains(given) else {
            throw UsageError("--as-of \(given) is outside \(month); give a day of \(month)", zh: "--as-of \(given) 不在 \(month) 内；请给出 \(month) 中的一天")
        }
        return given
    }

    /// The calls file: `--calls` as `given` (resolved; shown as given), else calls.csv of the territory.
    static func callsFile(_ given: String?, territory: URL, context: CommandContext) -> (url: URL, given: String?) {
        (
            given.map { AtomicFileWriter.resolve($0, relativeTo: context.currentDirectory) }
                ?? territory.appendingPathComponent(CallLog.fileName), given
        )
    }

    /// Reads the calls (printing their warnings, or a note when there are none) and counts `repIDs`' month.
    /// Returns the count and where the calls came from as shown (nil: none), or the exit code having printed why.
    static func count(
        setup: PlanSetup, calls: String?, language: Language, month: YearMonth, asOf: CalendarDate,
        plannedVisits: [PlannedVisit]?, repIDs: [String], outcome: String, context: CommandContext
    ) -> Result<(progress: MonthProgress, callsSource: String?), ExitStatus> {
        let territory = setup.loaded.directory
        let (url, given) = callsFile(calls, territory: territory, context: context)
        let log: CallLog
        do {
            log = try CallLog.load(
                url, mustExist: given != nil, territory: setup.territory, month: month, asOf: asOf,
                calendar: setup.calendar, leave: setup.inputs.leave)
        } catch {
            DiagnosticPrinter.printFailure(error, in: url.deletingLastPathComponent(), nothing: outcome, language: language, to: context)
            return .failure(ExitStatus(error.exitCode))
        }
        DiagnosticPrinter.print(log.warnings, language: language, to: context)
        if !log.isPresent {
            DiagnosticPrinter.print(
                [
                    Diagnostic.note("no \(CallLog.fileName) in \(territory.path); done visits count as 0").zh(
                        "\(territory.path) 中没有 \(CallLog.fileName)；已完成拜访计为 0")
                ], to: context)
        }
        let progress = MonthProgress(
            territory: setup.territory, month: month, asOf: asOf, workingDays: setup.calendar.workingDays(in: month),
            leave: setup.inputs.leave, plannedVisits: plannedVisits, calls: log.calls, repIDs: repIDs)
        return .success((progress, log.isPresent ? given ?? CallLog.fileName : nil))
    }
}
