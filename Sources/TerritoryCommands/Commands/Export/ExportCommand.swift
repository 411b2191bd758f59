import Foundation
import TerritoryModel
import TerritoryPlanner

/// `territory export ics`: one rep's month as an iCalendar file for phone and desktop calendars.
public struct ExportCommand: Command {
    /// Creates the command.
    public init() {}
    public let name = "export"
    public let summary = "Export a rep's month as an iCalendar (.ics) file for phone calendars"

    /// The formats `export` writes.
    static let formats = ["ics"]

    static let parser = ArgumentParser(options: SharedOptions.specs + [
        .value("--rep", short: "-r", valueName: "ID", help: "The rep whose month to export (required)"),
        PlanSource.planOption,
        .value("--out", short: "-o", valueName: "FILE", help: "Where to write the calendar (default: plans/<month>/<rep>.ics)"),
    ] + PlanSource.planningOptions, maxPositionals: 1)

    /// `usage: territory export ics --rep ID […]`.
    var usage: String { "usage: territory export ics --rep ID \(Self.parser.synopsis.replacingOccurrences(of: "[--rep ID] ", with: ""))" }

    public var help: String {
        """
        territory export ics: one rep's month as a phone calendar

        \(usage)

        Writes one rep's month as an RFC 5545 calendar that phone and desktop calendars import:
        one event per hospital stop (consecutive calls at one hospital on one day), titled with
        the hospital; the description lists each doctor with time, department, cell, zone and the
        zone's tactic (and the date to book by when the hospital needs booking ahead); the
        location is the hospital and its district. Times are in Asia/Shanghai (a VTIMEZONE is
        included). Lines end in CRLF and are folded at 75 octets without splitting a character.

        Each event's UID comes from the rep, date, hospital and first call of its stop, and the
        DTSTAMP from the plan's month, so exporting the same plan again gives the same file and
        a calendar that imports it again updates the events instead of duplicating them.

        With --plan it exports that plan.json. Without --plan it plans the rep's month first,
        exactly as `territory plan` does with the same --seed, --iterations and calendar options
        (the rep's plan does not depend on which other reps are planned). Text follows --lang.

        OPTIONS:
        \(Self.parser.optionsHelp)
        \(SharedOptions.territoryHelp)

        EXAMPLES:
          territory export ics --rep R01 --month 2026-12
          territory export ics --rep R01 --plan plans/2026-12/plan.json --out ~/R01.ics --lang en

        EXIT CODES: 0 ok, 64 bad usage or an --out that would overwrite an input, 65 bad data, 66 missing folder or file,
        73 cannot write --out (a link, pipe or device in its place, no space, no permission; nothing is written).

        """
    }

    public func run(arguments: [String], context: CommandContext) -> Int32 {
        let parsed: ParsedArguments, shared: SharedOptions, effort: Planner.Effort, repID: String
        var month: YearMonth? = nil
        do throws(UsageError) {
            parsed = try Self.parser.parse(arguments)
            if parsed.flag("--help") { context.stdout.write(help); return ExitCode.success }
            guard let format = parsed.positionals.first else {
                throw UsageError("missing the format: write `territory export ics --rep ID`")
            }
            guard Self.formats.contains(format) else {
                throw UsageError("unknown export format \"\(format)\"; expected one of \(Self.formats.joined(separator: ", "))")
            }
            guard let rep = parsed.value("--rep") else { throw UsageError("missing --rep ID: name the rep whose month to export") }
            repID = rep
            shared = try SharedOptions(parsed, context: context)
            if parsed.value("--month") != nil { month = try PlanSetup.month(parsed, now: context.now) }
            effort = try PlanCommand.effort(parsed)
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        // A given --out is checked before planning, the path finally used again just before writing.
        if let out = parsed.value("--out"),
           let status = refusedOutput([out], given: out, shared: shared, parsed: parsed, usage: usage, context: context) {
            return status
        }
        // Check the rep before planning: planning only this rep gives the same plan as planning everyone.
        if parsed.value("--plan") == nil, let loaded = try? TerritoryLoader.load(directory: shared.territory),
           loaded.territory.rep(id: repID) == nil {
            return unknownRep(repID, among: loaded.territory.reps.map(\.id), context: context)
        }
        let source: PlanSource
        switch PlanSource.load(parsed: parsed, shared: shared, month: month, effort: effort,
                               repIDs: parsed.value("--plan") == nil ? [repID] : nil, context: context) {
        case .success(let s): source = s
        case .failure(let status): return status.code
        }
        guard source.plan.reps.contains(where: { $0.repID == repID }) else {
            return unknownRep(repID, among: source.plan.reps.map(\.repID), context: context)
        }
        let calendar = VisitCalendar(plan: source.plan, territory: source.setup.territory, repID: repID, language: shared.language, calendar: source.setup.calendar)
        let url = PlanSource.outputURL(parsed, month: source.plan.month, defaultName: Self.fileName(repID: repID), context: context)
        if let status = refusedOutput([url.path], given: parsed.value("--out") ?? url.path, shared: shared, parsed: parsed,
                                      usage: usage, context: context) {
            return status
        }
        let status = PlanSource.write(calendar.render(), to: url, language: shared.language, context: context)
        if status == ExitCode.success {
            context.stderr.write(shared.language.pick("\(calendar.stops.count) 个日程（每个医院停留一个）\n",
                                                      "\(calendar.stops.count) events (one per hospital stop)\n"))
        }
        return status
    }

    func unknownRep(_ id: String, among ids: [String], context: CommandContext) -> Int32 {
        let hint = Suggestion.closest(to: id, among: ids).map { "; did you mean \"\($0)\"?" } ?? ""
        return usageError(UsageError("no rep \"\(id)\" in the plan\(hint) (reps: \(ids.joined(separator: ", ")))"), usage: usage, context: context)
    }

    /// `<rep>.ics`, with characters that do not belong in a file name replaced by `_`.
    static func fileName(repID: String) -> String {
        let safe = String(repID.unicodeScalars.map { s -> Character in
            s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "-" || s == "_" ? Character(s) : "_"
        })
        return (safe.isEmpty ? "rep" : safe) + ".ics"
    }
}
