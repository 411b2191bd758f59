import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// `territory export ics`: one rep's month as an iCalendar file for phone and desktop calendars.
public struct ExportCommand: OptionsCommand {
    /// Creates the command.
    public init() {}
    public let name = "export"
    public let summary = "Export a rep's month, or a manager's co-visit days, as an iCalendar (.ics) file for phone calendars"
    public let summaryZH = "把代表的月计划或经理的协访日导出为 iCalendar（.ics）文件，供手机日历使用"

    /// The formats `export` writes.
    static let formats = ["ics"]

    public static let parser = ArgumentParser(
        options: SharedOptions.specs + [
            .value("--rep", short: "-r", valueName: "ID", help: "The rep whose month to export (this or --manager is required)"),
            .value("--manager", valueName: "ID", help: "Export this manager's co-visit days (managers.csv) instead of a rep's month"),
            PlanSource.planOption,
            .value("--previous", valueName: "FILE", help: "The plan.json this plan replaces: its events that are gone are exported as cancelled"),
            .value("--remind", valueName: "MINUTES", help: "Add a phone reminder this many minutes before each stop"),
            .flag("--booking-reminders", help: "Add an all-day \"book by\" event for each stop at a hospital that needs booking ahead"),
            .value("--out", short: "-o", valueName: "FILE", help: "Where to write the calendar (default: plans/<month>/<rep>.ics, or manager-<id>.ics)"),
        ] + PlanSource.planningOptions, maxPositionals: 1)

    /// `usage: territory export ics --rep ID […]`.
    public var usage: String {
        "usage: territory export ics --rep ID|--manager ID \(Self.parser.synopsis.replacingOccurrences(of: "[--rep ID] ", with: "").replacingOccurrences(of: "[--manager ID] ", with: ""))"
    }

    public var help: String {
        """
        territory export ics: one rep's month, or one manager's co-visit days, as a phone calendar

        \(usage)

        Writes one rep's month as an RFC 5545 calendar that phone and desktop calendars import:
        one event per hospital stop (consecutive calls at one hospital on one day), titled with
        the hospital; the description lists each doctor with time, department, cell, zone and the
        zone's tactic (and the date to book by when the hospital needs booking ahead); the
        location is the hospital and its district. Times are in Asia/Shanghai (a VTIMEZONE is
        included). Lines end in CRLF and are folded at 75 octets without splitting a character.

        Each event's UID comes from the rep, the stop's first doctor and that doctor's visit number
        in the month (its 1st, 2nd, … visit), so importing again, or importing a re-plan, updates
        events in place instead of duplicating them: a visit moved to another day keeps its UID. A
        stop of several doctors takes the UID of its first call. SEQUENCE is the plan's revision (0
        for `plan`, 1, 2, … for each `replan`); DTSTAMP and LAST-MODIFIED come from the plan (the
        month's first day, or the re-plan date), never the clock, so the same plan gives the same
        file. With --previous OLD.json, every event of the old plan whose UID is gone is written
        with STATUS:CANCELLED, so the phone removes it instead of keeping a stale visit.
        --remind MINUTES adds an alarm before each stop; --booking-reminders adds an all-day event
        on the day to book hospitals that need booking ahead (with an alarm at 09:00 when --remind
        is given).

        With --manager ID it exports a manager's co-visit days (协访, territories with a managers.csv)
        instead: one event per day, from the first co-visited call to the last, at the rep's hospital,
        the doctors in the description; the same file `territory plan` writes as manager-<id>.ics
        (default here: plans/<month>/manager-<id>.ics).

        With --plan it exports that plan.json. Without --plan it plans the rep's month first,
        exactly as `territory plan` does with the same --seed, --iterations and calendar options
        (the rep's plan does not depend on which other reps are planned). Text follows --lang.

        OPTIONS:
        \(Self.parser.optionsHelp)
        \(SharedOptions.territoryHelp)

        EXAMPLES:
          territory export ics --rep R01 --month 2026-12
          territory export ics --rep R01 --plan plans/2026-12/plan.json --out ~/R01.ics --lang en
          territory export ics --rep R01 --plan plans/2026-12/replan-2026-12-10/plan.json --previous plans/2026-12/plan.json --remind 30
          territory export ics --manager M01 --plan plans/2026-12/plan.json

        EXIT CODES: 0 ok, 64 bad usage or an --out that would overwrite an input, 65 bad data, 66 missing folder or file,
        73 cannot write --out (a link, pipe or device in its place, no space, no permission; nothing is written).

        """
    }

    /// The options of `territory export`.
    public struct Options: CommandOptions {
        /// `--territory`, `--lang`, `--holidays`, `--weekdays-only`.
        public var shared: SharedOptions
        /// Whose calendar: a rep's month (`--rep ID`) or a manager's co-visit days (`--manager ID`).
        public enum Target: Sendable {
            /// `--rep ID`.
            case rep(String)
            /// `--manager ID`.
            case manager(String)
        }
        /// `--rep` or `--manager`.
        public var target: Target
        /// `--month`; nil: the plan's month, or next month when planning now.
        public var month: YearMonth?
        /// `--seed`, `--iterations`, `--time-limit` when planning now.
        public var effort: Planner.Effort
        /// `--plan FILE`; nil: plan now.
        public var plan: String?
        /// `--previous FILE`: the plan this one replaces (its events that are gone are cancelled).
        public var previous: String?
        /// `--remind MINUTES`: a reminder before each stop.
        public var remindMinutes: Int?
        /// `--booking-reminders`.
        public var bookingReminders: Bool
        /// `--out FILE`; nil: plans/<month>/<rep>.ics.
        public var out: String?

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            guard let format = parsed.positionals.first else {
                throw UsageError("missing the format: write `territory export ics --rep ID`", zh: "缺少格式：请写 `territory export ics --rep ID`")
            }
            guard ExportCommand.formats.contains(format) else {
                throw UsageError(
                    "unknown export format \"\(format)\"; expected one of \(ExportCommand.formats.joined(separator: ", "))",
                    zh: "未知导出格式 \"\(format)\"；应为 \(ExportCommand.formats.joined(separator: "、")) 之一")
            }
            if parsed.value("--rep") != nil && parsed.value("--manager") != nil {
                throw UsageError("give --rep or --manager, not both", zh: "--rep 和 --manager 只能给一个")
            }
            shared = try SharedOptions(parsed, context: context)
            if let manager = parsed.value("--manager") {
                if parsed.value("--remind") != nil || parsed.flag("--booking-reminders") {
                    throw UsageError(
                        "--remind and --booking-reminders are for a rep's month, not --manager", zh: "--remind 和 --booking-reminders 用于代表的月历，不能与 --manager 同用")
                }
                target = .manager(manager)
            } else {
                guard let rep = parsed.value("--rep") else {
                    throw UsageError(
                        "missing --rep ID or --manager ID: name the rep whose month, or the manager whose co-visit days, to export",
                        zh: "缺少 --rep ID 或 --manager ID：请给出要导出月历的代表，或要导出协访日的经理")
                }
                target = .rep(rep)
            }
            month = try parsed.value("--month").map { text throws(UsageError) in try PlanSetup.month(text, now: context.now) }
            effort = try PlanCommand.effort(parsed)
            if let m = parsed.value("--remind") {
                guard let minutes = Int(m), (0...10_080).contains(minutes) else {
                    throw UsageError(
                        "invalid --remind \"\(m)\"; expected whole minutes from 0 to 10080 (a week)", zh: "--remind 的值 \"\(m)\" 无效；应为 0 到 10080（一周）的整分钟数")
                }
                remindMinutes = minutes
            }
            plan = parsed.value("--plan")
            previous = parsed.value("--previous")
            if previous != nil && plan == nil {
                throw UsageError(
                    "--previous needs --plan: give the new plan.json with --plan and the one it replaces with --previous",
                    zh: "--previous 需要 --plan：用 --plan 给出新的 plan.json，用 --previous 给出被它取代的那个")
            }
            bookingReminders = parsed.flag("--booking-reminders")
            out = parsed.value("--out")
        }
    }

    public func run(_ options: Options, context: CommandContext) -> Int32 {
        let (shared, month, effort) = (options.shared, options.month, options.effort)
        let repID: String
        switch options.target {
        case .manager(let id): return exportManager(id, options: options, context: context)
        case .rep(let id): repID = id
        }
        // A given --out is checked before planning, the path finally used again just before writing.
        if let out = options.out,
            let status = refusedOutput([out], given: out, shared: shared, usage: usage, context: context)
        {
            return status
        }
        // Check the rep before planning: planning only this rep gives the same plan as planning everyone.
        if options.plan == nil, let loaded = try? TerritoryLoader.load(directory: shared.territory),
            loaded.territory.rep(id: repID) == nil
        {
            return unknownRep(repID, among: loaded.territory.reps.map(\.id), context: context)
        }
        let source: PlanSource
        switch PlanSource.load(
            plan: options.plan, shared: shared, month: month, effort: effort,
            repIDs: options.plan == nil ? [repID] : nil, context: context)
        {
        case .success(let s): source = s
        case .failure(let status): return status.code
        }
        guard source.plan.reps.contains(where: { $0.repID == repID }) else {
            return unknownRep(repID, among: source.plan.reps.map(\.repID), context: context)
        }
        var calendar = VisitCalendar(
            plan: source.plan, territory: source.setup.territory, repID: repID, language: shared.language, calendar: source.setup.calendar)
        calendar.revision = source.replan?.revision ?? 0
        calendar.revisedOn = source.replan?.from
        calendar.remindMinutes = options.remindMinutes
        calendar.bookingReminders = options.bookingReminders
        if let path = options.previous {
            switch previousPlan(path, of: source, shared: shared, context: context) {
            case .success(let (plan, revision)):
                calendar.previous = plan
                if revision >= calendar.revision { calendar.revision = revision + 1 }
            case .failure(let status): return status.code
            }
        }
        let url = PlanSource.outputURL(options.out, month: source.plan.month, defaultName: Self.fileName(repID: repID), context: context)
        if let status = refusedOutput(
            [url.path], given: options.out ?? url.path, shared: shared,
            usage: usage, context: context)
        {
            return status
        }
        let status = PlanSource.write(calendar.render(), to: url, language: shared.language, context: context)
        if status == ExitCode.success {
            let cancelled = calendar.cancelledStops(keeping: Set(calendar.uids)).count
            context.stderr.write(
                shared.language.pick(
                    "\(calendar.stops.count) 个日程（每个医院停留一个）" + (calendar.previous == nil ? "" : "，\(cancelled) 个已取消") + "\n",
                    "\(calendar.stops.count) events (one per hospital stop)" + (calendar.previous == nil ? "" : ", \(cancelled) cancelled") + "\n"))
        }
        return status
    }

    /// `export ics --manager ID`: the manager's co-visit days of `--plan`, or of the month planned now as `plan` plans it.
    func exportManager(_ managerID: String, options: Options, context: CommandContext) -> Int32 {
        let (shared, month, effort) = (options.shared, options.month, options.effort)
        if let out = options.out,
            let status = refusedOutput([out], given: out, shared: shared, usage: usage, context: context)
        {
            return status
        }
        // Check the manager before planning.
        if options.plan == nil, let loaded = try? TerritoryLoader.load(directory: shared.territory),
            loaded.territory.manager(id: managerID) == nil
        {
            return unknownManager(
                managerID, among: loaded.territory.managers.map(\.id), in: ("the territory's managers.csv", "区域的 managers.csv "), context: context)
        }
        let source: PlanSource
        switch PlanSource.load(plan: options.plan, shared: shared, month: month, effort: effort, repIDs: nil, context: context) {
        case .success(let s): source = s
        case .failure(let status): return status.code
        }
        guard source.setup.territory.manager(id: managerID) != nil else {
            return unknownManager(
                managerID, among: source.setup.territory.managers.map(\.id), in: ("the territory's managers.csv", "区域的 managers.csv "), context: context)
        }
        guard source.plan.managers.contains(where: { $0.managerID == managerID }) else {
            return unknownManager(managerID, among: source.plan.managers.map(\.managerID), in: ("the plan", "计划"), context: context)
        }
        let document = PlanDocument(
            plan: source.plan, territory: source.setup.territory, language: shared.language, travel: source.setup.travel,
            calendar: source.setup.calendar)
        let url = PlanSource.outputURL(options.out, month: source.plan.month, defaultName: ManagerCalendar.fileName(managerID: managerID), context: context)
        if let status = refusedOutput([url.path], given: options.out ?? url.path, shared: shared, usage: usage, context: context) {
            return status
        }
        var calendar = ManagerCalendar(document: document, managerID: managerID)
        calendar.revision = source.replan?.revision ?? 0
        calendar.revisedOn = source.replan?.from
        if let path = options.previous {
            switch previousPlan(path, of: source, shared: shared, context: context) {
            case .success(let (plan, revision)):
                calendar.previous = PlanDocument(
                    plan: plan, territory: source.setup.territory, language: shared.language, travel: source.setup.travel,
                    calendar: source.setup.calendar)
                if revision >= calendar.revision { calendar.revision = revision + 1 }
            case .failure(let status): return status.code
            }
        }
        let status = PlanSource.write(calendar.render(), to: url, language: shared.language, context: context)
        if status == ExitCode.success {
            let days = source.plan.managers.first { $0.managerID == managerID }?.days.count ?? 0
            context.stderr.write(shared.language.pick("\(days) 个日程（每个协访日一个）\n", "\(days) events (one per co-visit day)\n"))
        }
        return status
    }

    /// The plan `--previous` names, with its managers' days and its revision; the exit code having printed why
    /// when it cannot be read, is of another month, or names reps the territory lacks.
    func previousPlan(
        _ path: String, of source: PlanSource, shared: SharedOptions, context: CommandContext
    ) -> Result<(plan: MonthPlan, revision: Int), ExitStatus> {
        let file: PlanFile
        do { file = try context.readPlan(path) } catch { return .failure(error) }
        guard file.month == source.plan.month else {
            DiagnosticPrinter.print(
                [
                    Diagnostic.error(
                        file: path, "is the plan of \(file.month), not of \(source.plan.month)",
                        fix: "give the plan of \(source.plan.month) that the new one replaces"
                    ).zh("是 \(file.month) 的计划，不是 \(source.plan.month) 的", fix: "请给出被新计划取代的 \(source.plan.month) 的计划")
                ], to: context)
            return .failure(ExitStatus(ExitCode.usage))
        }
        let setup = source.setup
        do {
            var plan = try file.monthPlan(
                territory: setup.territory, workingDays: setup.calendar.workingDays(in: file.month),
                leave: setup.inputs.leave, travel: setup.travel)
            plan.managers = file.managerPlans
            return .success((plan, file.replan?.revision ?? 0))
        } catch {
            DiagnosticPrinter.print([PlanSource.unknownRep(error.repID, plan: path, territory: shared.territory)], to: context)
            return .failure(ExitStatus(ExitCode.dataError))
        }
    }

    /// A usage error for a manager not in `place` (`the plan`, `the territory's managers.csv`), listing those that are.
    func unknownManager(_ id: String, among ids: [String], in place: (en: String, zh: String), context: CommandContext) -> Int32 {
        let hint = Phrases.didYouMean(Suggestion.closest(to: id, among: ids))
        let list = ids.isEmpty ? "it lists no manager" : "managers: \(ids.joined(separator: ", "))"
        let listZH = ids.isEmpty ? "其中没有经理" : "经理：\(ids.joined(separator: ", "))"
        return usageError(
            UsageError("no manager \"\(id)\" in \(place.en)\(hint.en) (\(list))", zh: "\(place.zh)中没有经理 \"\(id)\"\(hint.zh)（\(listZH)）"),
            usage: usage, context: context)
    }

    func unknownRep(_ id: String, among ids: [String], context: CommandContext) -> Int32 {
        let hint = Phrases.didYouMean(Suggestion.closest(to: id, among: ids))
        return usageError(
            UsageError(
                "no rep \"\(id)\" in the plan\(hint.en) (reps: \(ids.joined(separator: ", ")))",
                zh: "计划中没有代表 \"\(id)\"\(hint.zh)（代表：\(ids.joined(separator: ", "))）"), usage: usage, context: context)
    }

    /// `<rep>.ics`, with characters that do not belong in a file name replaced by `_`.
    static func fileName(repID: String) -> String {
        let safe = VisitCalendar.safeFileStem(repID)
        return (safe.isEmpty ? "rep" : safe) + ".ics"
    }
}
