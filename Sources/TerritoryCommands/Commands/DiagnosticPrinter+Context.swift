import Foundation
import TerritoryFormats

extension DiagnosticPrinter {
    /// Writes diagnostics to the context's standard error in `language` (the context's when nil): in zh with
    /// the severity 错误/警告/提示 and the Chinese text where a diagnostic has one.
    public static func print(_ diagnostics: [Diagnostic], language: Language? = nil, to context: CommandContext) {
        guard !diagnostics.isEmpty else { return }
        context.stderr.write(render(diagnostics, language: language ?? context.language))
    }

    /// Prints a failed load's diagnostics and the closing line `2 errors in DIR; nothing was planned`.
    public static func printFailure(
        _ error: TerritoryLoadError, in directory: URL, nothing outcome: String, language: Language? = nil,
        to context: CommandContext
    ) {
        print(error.diagnostics, language: language, to: context)
        let n = error.errors.count
        if n > 0 {
            context.stderr.write(closingLine(errors: n, in: directory.path, nothing: outcome, language: language ?? context.language))
        }
    }

    /// `2 errors in DIR; nothing was planned` / `DIR 中有 2 处错误；未进行规划`.
    static func closingLine(errors n: Int, in place: String, nothing outcome: String, language: Language) -> String {
        language.pick(
            "\(place) 中有 \(n) 处错误；未进行\(outcomeZH[outcome] ?? outcome)\n", "\(count(n, "error")) in \(place); nothing was \(outcome)\n")
    }

    /// The Chinese of each `nothing was …` outcome.
    static let outcomeZH = [
        "graded": "评级", "planned": "规划", "checked": "检查", "counted": "统计", "re-planned": "重新规划", "balanced": "调整",
        "compared": "比较", "reported": "报告",
    ]

    /// Prints why a snapshot could not be read, and `N errors in PATH; nothing was OUTCOME` when there were errors.
    static func printSnapshotFailure(_ error: TerritoryLoadError, path: String, nothing outcome: String, language: Language, to context: CommandContext) {
        print(error.diagnostics, language: language, to: context)
        if error.kind != .misused && !error.errors.isEmpty {
            context.stderr.write(closingLine(errors: error.errors.count, in: path, nothing: outcome, language: language))
        }
    }
}

extension CommandContext {
    /// The plan.json at `path` (relative to the current folder); when it cannot be read, its
    /// diagnostics are printed and the exit code is thrown.
    func readPlan(_ path: String) throws(ExitStatus) -> PlanFile {
        do {
            return try PlanFile.read(AtomicFileWriter.resolve(path, relativeTo: currentDirectory))
        } catch {
            DiagnosticPrinter.print(error.diagnostics, to: self)
            throw ExitStatus(error.exitCode)
        }
    }
}
