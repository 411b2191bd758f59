import Foundation
import TerritoryFormats
import TerritoryModel
import TerritoryPlanner

/// `territory check PLAN.json`: validates a plan against the territory, rules, calendar and leave.
public struct CheckCommand: OptionsCommand {
    public init() {}
    public let name = "check"
    public let summary = "Check a plan.json against the territory, rules and calendar"
    public let summaryZH = "按区域、规则和日历检查 plan.json"

    public static let parser = ArgumentParser(options: SharedOptions.specs + [PlanSetup.holidaysOption, PlanSetup.weekdaysOnlyOption], maxPositionals: 1)

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
        visit either planned or listed as unplaced. Co-visits (协访): each manager with one rep a
        day, his days within managers.csv's co_visit_days, every co-visited call in the rep's plan. Prints each violation (which visit, which rule,
        by how much); exits 0 only when the plan is valid, 65 otherwise. Without --territory it
        checks against the folder the plan records (plan.json's "territory", written by plan and
        replan relative to the plan's folder), else the demo.

        OPTIONS:
        \(Self.parser.optionsHelp)
        \(SharedOptions.territoryHelp)

        EXAMPLE:
          territory check plans/2026-12/plan.json

        EXIT CODES: 0 valid, 64 bad usage, 65 invalid plan or bad data, 66 missing folder or file.

        """
    }

    /// The options of `territory check`.
    public struct Options: CommandOptions {
        /// The plan.json checked.
        public var plan: String
        /// `--territory` (else the folder the plan records, else the demo), `--lang`, `--holidays`, `--weekdays-only`.
        public var shared: SharedOptions.Given

        public init(_ parsed: ParsedArguments, context: CommandContext) throws(UsageError) {
            guard parsed.positionals.count == 1 else { throw UsageError("missing PLAN.json: name the plan file to check", zh: "缺少 PLAN.json：请给出要检查的计划文件") }
            plan = parsed.positionals[0]
            shared = SharedOptions.Given(parsed, context: context)
        }
    }

    public func run(_ options: Options, context: CommandContext) -> Int32 {
        let planURL = AtomicFileWriter.resolve(options.plan, relativeTo: context.currentDirectory)
        let planFile: PlanFile
        do {
            planFile = try PlanFile.read(planURL)
        } catch {
            DiagnosticPrinter.print(error.diagnostics, to: context)
            return error.exitCode
        }
        // Without --territory, the folder the plan records (relative to the plan's own folder).
        let recorded = planFile.territory.map { AtomicFileWriter.resolve($0, relativeTo: planURL.deletingLastPathComponent().path) }
        let shared: SharedOptions
        do throws(UsageError) {
            shared = try SharedOptions(
                options.shared, context: context,
                fallback: recorded.flatMap { FileManager.default.fileExists(atPath: $0.path) ? $0 : nil })
        } catch {
            return usageError(error, usage: usage, context: context)
        }
        let setup: PlanSetup
        switch PlanSetup.load(shared: shared, month: planFile.month, outcome: "checked", context: context) {
        case .success(let s): setup = s
        case .failure(let status): return status.code
        }
        // A plan of other reps than the territory's: one line, not one per visit.
        let strangers = planFile.repIDs.filter { setup.territory.rep(id: $0) == nil }
        if !strangers.isEmpty {
            let list = strangers.prefix(5).joined(separator: ", ") + (strangers.count > 5 ? " …" : "")
            DiagnosticPrinter.print(
                [
                    .error(
                        file: planURL.lastPathComponent,
                        shared.language.pick(
                            "计划中的 \(strangers.count) 位代表（\(list)）不在 \(shared.territory.path) 的 reps.csv 中",
                            "\(strangers.count) rep\(strangers.count == 1 ? "" : "s") of the plan (\(list)) \(strangers.count == 1 ? "is" : "are") not in reps.csv of \(shared.territory.path)"
                        ),
                        fix: shared.language.pick("用 --territory 指定制定该计划时的区域文件夹", "give --territory, the folder the plan was made from"))
                ], to: context)
            return ExitCode.dataError
        }
        let violations = setup.violations(of: planFile)
        let language = shared.language
        if violations.isEmpty {
            context.stdout.write(
                language.pick(
                    "计划有效：\(planFile.visits.count) 次拜访，\(planFile.repIDs.count) 位代表，\(planFile.month)。\n",
                    "plan is valid: \(planFile.visits.count) visit\(planFile.visits.count == 1 ? "" : "s"), \(planFile.repIDs.count) rep\(planFile.repIDs.count == 1 ? "" : "s"), \(planFile.month).\n"
                ))
            return ExitCode.success
        }
        for v in violations { context.stdout.write(v.line(chinese: language == .zh) + "\n") }
        var counts: [PlanRule: Int] = [:]
        for v in violations { counts[v.rule, default: 0] += 1 }
        let byRule = PlanRule.allCases.compactMap { r in counts[r].map { "\(r.rawValue) \($0)" } }.joined(separator: ", ")
        let byRuleZH = PlanRule.allCases.compactMap { r in counts[r].map { "\(r.chinese) \($0)" } }.joined(separator: "、")
        context.stdout.write(
            language.pick(
                "计划无效：\(violations.count) 处违规（\(byRuleZH)）。\n",
                "plan is invalid: \(violations.count) violations (\(byRule)).\n"))
        return ExitCode.dataError
    }
}
