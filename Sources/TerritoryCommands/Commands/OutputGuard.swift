import Foundation
import TerritoryFormats

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension SharedOptions {
    /// The names of the territory's input files. No output with one of these names is written into the
    /// territory's folder: not over the file, and not beside it when an optional file is absent, since the
    /// next run would read it. `calls.csv` is reserved for the call-log input.
    public static let inputFiles = [
        "hospitals.csv", "doctors.csv", "reps.csv", "managers.csv", "rules.json", "leave.csv", "travel_times.csv", "calls.csv",
    ]

    /// The options naming files a command reads besides the territory's.
    static let inputOptions = ["--plan", "--previous", "--calls", "--holidays", "--before"]

    /// What writing the output file `path` would do to an input — `overwrite the territory's input file
    /// doctors.csv` — or nil when it would touch none. Refused are: a file named like one of `inputFiles`
    /// (without regard to case, as macOS compares names) in the territory's folder; a `.json` file in a
    /// folder of holiday files the territory reads; a file the command reads (`readFiles`: `--plan`,
    /// `--holidays`). Folders are compared by real path, so links and `..` do not hide the territory.
    public func shadowedInput(_ path: String, readFiles: [String] = [], context: CommandContext) -> (en: String, zh: String)? {
        let url = AtomicFileWriter.resolve(path, relativeTo: context.currentDirectory)
        let name = url.lastPathComponent
        let folder = Self.realPath(url.deletingLastPathComponent())
        if folder == Self.realPath(territory), let input = Self.inputFiles.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) {
            if FileManager.default.fileExists(atPath: territory.appendingPathComponent(input).path) {
                return ("overwrite the territory's input file \(input)", "覆盖区域的输入文件 \(input)")
            }
            return ("add \(name) to the territory's folder, where the next run would read it as an input", "把 \(name) 放进区域文件夹，下次运行会把它当作输入读取")
        }
        let calendars = [territory.appendingPathComponent("calendars"), PlanSetup.calendarDirectory(territory: territory, context: context)]
        if name.lowercased().hasSuffix(".json"), calendars.contains(where: { $0.map(Self.realPath) == folder }) {
            return ("put \(name) among the holiday files in \(folder), where planning would read it as one", "把 \(name) 放进 \(folder) 的节假日文件中，规划时会把它当作节假日文件读取")
        }
        let target = Self.realPath(url)
        if let read = readFiles.first(where: { Self.realPath(AtomicFileWriter.resolve($0, relativeTo: context.currentDirectory)) == target }) {
            return ("overwrite \(read), which this command reads", "覆盖本命令读取的 \(read)")
        }
        return nil
    }

    /// The real path of `url` even when its end does not exist yet: the longest existing part through
    /// realpath(3), then the rest of the names as given (with `.` and `..` already removed).
    static func realPath(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        func real(_ path: String) -> String? {
            guard let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        while true {
            if let base = real(existing.path) {
                return rest.isEmpty ? base : (base == "/" ? "" : base) + "/" + rest.joined(separator: "/")
            }
            if existing.path == "/" { return url.standardizedFileURL.path }
            rest.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
    }
}

extension Command {
    /// Checks output files before any work is done and before anything is written. Prints why and returns
    /// 64 when a file would overwrite or shadow an input (`SharedOptions.shadowedInput`), 73 when it cannot
    /// be written (`AtomicFileWriter.check`: a link, pipe, device or folder in its place, an untrusted link
    /// in its folder path, a folder that cannot be opened); nil when the files may be written.
    /// `given` is the `--out` value (or default) the user sees in the message.
    func refusedOutput(
        _ files: [String], given: String, shared: SharedOptions, usage: String, context: CommandContext
    ) -> Int32? {
        for file in files {
            if let problem = shared.shadowedInput(file, readFiles: shared.readFiles, context: context) {
                return usageError(
                    UsageError("--out \(given) would \(problem.en); write somewhere else", zh: "--out \(given) 会\(problem.zh)；请写到别处"), usage: usage,
                    context: context)
            }
        }
        for file in files {
            do {
                try AtomicFileWriter.check(file, relativeTo: context.currentDirectory)
            } catch {
                DiagnosticPrinter.print([error.diagnostic], to: context)
                return ExitCode.cannotCreate
            }
        }
        return nil
    }
}
