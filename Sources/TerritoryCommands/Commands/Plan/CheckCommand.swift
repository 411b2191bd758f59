import Foundation
import TerritoryModel
import TerritoryPlanner

/// `territory check PLAN.json`: validates a plan against the territory, rules, calendar and leave.
public struct CheckCommand: Command {
    public init() {}
    public let name = "check"
    public let summary = "Check a plan.json against the territory, rules and calendar"

    static let parser = ArgumentParser(options: SharedOptions.specs + [PlanSetup.holidaysOption, PlanSetup.weekdaysOnlyOption], maxPositionals: 1)

    /// `usage: territory check PLAN.json [--territory DIR] …`.
    public var usage: String { "usage: territory check PLAN.json \(Self.parser.synopsis)" }

    public var help: String {
        """
        territory check: check a plan against the territory, rules and calendar

        \(usage)

        Validates a plan — the planner's own or one edited by hand — against the territory: every
        visit on a working day of the month and not on leave; at most one visit per doctor per day
        and calls per day at most the rep's limit; calls the service time long, inside the
        hospital's reception windows, never over lunch; enough travel time between calls; home by
        the end of the day; each doctor's visits spaced by the spacing rule; and every required
        visit either planned or listed as unplaced. Prints each violation (which visit, which rule,
        by how much); exits 0 only when the plan is valid, 65 otherwise.

        OPTIONS:
        \(Self.parser.optionsHelp)
        \(SharedOptions.territoryHelp)

        EXAMPLE:
          territory check plans/2026-12/plan.json

        EXIT CODES: 0 valid, 64 bad usage, 65 invalid plan or bad data, 66 missing folder or file.

        """
    }

    public func run(arguments: [String], context: CommandContext) -> Int32 {
        let parsed: ParsedArguments, shared: SharedOptions
        do throws(UsageError) {
            parsed = try Self.parser.parse(arguments)
            if parsed.flag("--help") { context.stdout.write(help); return ExitCode.success }
            shared = try SharedOptions(parsed, context: context)
            guard parsed.positionals.count == 1 else { throw UsageError("missing PLAN.json: name the plan file to check") }
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        let planFile: PlanFile
        do {
            planFile = try PlanFile.read(AtomicFileWriter.resolve(parsed.positionals[0], relativeTo: context.currentDirectory))
        } catch {
            DiagnosticPrinter.print(error.diagnostics, to: context)
            return error.exitCode
        }
        let setup: PlanSetup
        switch PlanSetup.load(shared: shared, parsed: parsed, month: planFile.month, outcome: "checked", context: context) {
        case .success(let s): setup = s
        case .failure(let status): return status.code
        }
        let checker = PlanChecker(territory: setup.territory, calendar: setup.calendar, leave: setup.inputs.leave, travel: setup.travel)
        let violations = checker.violations(month: planFile.month, visits: planFile.visits, unplaced: planFile.unplaced, repIDs: planFile.repIDs,
                                            replan: planFile.replan)
        let language = shared.language
        if violations.isEmpty {
            context.stdout.write(language.pick(
                "计划有效：\(planFile.visits.count) 次拜访，\(planFile.repIDs.count) 位代表，\(planFile.month)。\n",
                "plan is valid: \(planFile.visits.count) visit\(planFile.visits.count == 1 ? "" : "s"), \(planFile.repIDs.count) rep\(planFile.repIDs.count == 1 ? "" : "s"), \(planFile.month).\n"))
            return ExitCode.success
        }
        for v in violations { context.stdout.write(v.description + "\n") }
        var counts: [PlanRule: Int] = [:]
        for v in violations { counts[v.rule, default: 0] += 1 }
        let byRule = PlanRule.allCases.compactMap { r in counts[r].map { "\(r.rawValue) \($0)" } }.joined(separator: ", ")
        context.stdout.write(language.pick("计划无效：\(violations.count) 处违规（\(byRule)）。\n",
                                           "plan is invalid: \(violations.count) violations (\(byRule)).\n"))
        return ExitCode.dataError
    }
}
