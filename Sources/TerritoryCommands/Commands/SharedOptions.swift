import Foundation
import TerritoryFormats

/// The options every territory command shares: `--territory DIR` and `--lang zh|en`.
public struct SharedOptions: Sendable {
    /// `--territory DIR`.
    public static let territory = OptionSpec.value(
        "--territory", short: "-t", valueName: "DIR",
        help: "Territory folder (default: the demo territory, see below)")
    /// `--lang zh|en`.
    public static let language = OptionSpec.choice(
        "--lang", ["zh", "en"], help: "Language of messages, headings and labels (default: zh, or en when LANG starts with en)")
    /// Both, for a command's option list.
    public static let specs = [territory, language]

    /// The help paragraph explaining how the territory folder is found.
    public static let territoryHelp = """
        Without --territory the folder is $TERRITORY_HOME/territories/demo when TERRITORY_HOME is set,
        else ./territories/demo, else territories/demo beside the package the executable was built in,
        else the demo the program carries, written once to ~/.local/share/territory/demo-VERSION.
        """

    /// The same paragraph in Chinese.
    public static let territoryHelpZH = """
        不给 --territory 时：设置了 TERRITORY_HOME 则用 $TERRITORY_HOME/territories/demo，否则用
        ./territories/demo，再否则用构建本程序的源码包旁的 territories/demo，再否则用程序自带的示例区域
        （首次使用时写到 ~/.local/share/territory/demo-版本号）。
        """

    /// The territory folder given or found.
    public var territory: URL
    /// `--territory` as the user wrote it; nil when the folder was found.
    public var territoryAsGiven: String?
    /// The output language.
    public var language: Language
    /// The files the command reads besides the territory's, as given (`--plan`, `--calls`, `--holidays` …),
    /// so that an `--out` never replaces one of them.
    public var readFiles: [String]
    /// `--holidays FILE`, for the commands that take it: an extra holiday file.
    public var holidays: String?
    /// `--weekdays-only`, for the commands that take it: Monday–Friday as working days.
    public var weekdaysOnly: Bool

    /// Shared options for a territory folder known already (a command comparing two folders checks each).
    public init(territory: URL, language: Language, readFiles: [String] = []) {
        self.territory = territory
        self.language = language
        self.readFiles = readFiles
        territoryAsGiven = nil
        holidays = nil
        weekdaysOnly = false
    }

    /// The shared options as given, before the territory folder is found: `check` first reads the plan,
    /// which records its folder.
    public struct Given: Sendable {
        /// `--territory`, as written.
        public var territory: String?
        /// `--lang`.
        public var language: Language
        /// The files read besides the territory's.
        public var readFiles: [String]
        /// `--holidays FILE`.
        public var holidays: String?
        /// `--weekdays-only`.
        public var weekdaysOnly: Bool

        /// The shared options of parsed arguments (without `--lang`, the context's language: LANG's or Chinese).
        public init(_ parsed: ParsedArguments, context: CommandContext) {
            territory = parsed.value("--territory")
            language = parsed.choice("--lang", default: context.language)
            readFiles = SharedOptions.inputOptions.compactMap { parsed.value($0) }
            holidays = parsed.value("--holidays")
            weekdaysOnly = parsed.flag("--weekdays-only")
        }
    }

    /// Reads the shared options from parsed arguments. Without `--territory` the folder is
    /// `fallback` when given (the territory a plan file records), else the demo territory.
    public init(_ parsed: ParsedArguments, context: CommandContext, fallback: URL? = nil) throws(UsageError) {
        try self.init(Given(parsed, context: context), context: context, fallback: fallback)
    }

    /// The shared options as given, with the territory folder found: `--territory`, else `fallback`, else
    /// the demo territory (a usage error when there is none).
    public init(_ given: Given, context: CommandContext, fallback: URL? = nil) throws(UsageError) {
        language = given.language
        territoryAsGiven = given.territory
        readFiles = given.readFiles
        holidays = given.holidays
        weekdaysOnly = given.weekdaysOnly
        if let dir = given.territory {
            territory = AtomicFileWriter.resolve(dir, relativeTo: context.currentDirectory)
        } else if let fallback {
            territory = fallback
        } else if let found = TerritoryLocator.demo(context: context) ?? TerritoryLocator.bundledDemo(context: context) {
            territory = found
        } else {
            let places = TerritoryLocator.searched(context: context)
            throw UsageError(
                "no --territory given and the demo territory was not found (looked in \(places.joined(separator: ", ")))",
                zh: "没有给出 --territory，也找不到示例区域（查找过 \(places.joined(separator: "、"))）；请用 --territory DIR 指定区域文件夹")
        }
    }
}

/// Finds the bundled demo territory.
public enum TerritoryLocator {
    /// The demo folder's path below a package root.
    public static let demoPath = "territories/demo"

    /// The demo territory the binary carries (`BundledDemo`), written to the user's data folder
    /// (`$XDG_DATA_HOME/territory/demo-VERSION`, else `~/.local/share/territory/demo-VERSION`) the first time no
    /// demo folder is found, so a copy of the binary anywhere runs the demo; nil when TERRITORY_HOME is set (it
    /// names where the demo must be), when there is no home folder, or when the folder cannot be written. A note on
    /// stderr says where it went; later runs reuse the folder while its files are the carried ones.
    public static func bundledDemo(context: CommandContext) -> URL? {
        let env = context.environment
        guard env["TERRITORY_HOME"]?.isEmpty ?? true else { return nil }
        let data: URL
        if let xdg = env["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            data = URL(fileURLWithPath: xdg)
        } else if let home = env["HOME"], home.hasPrefix("/") {
            data = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
        } else {
            return nil
        }
        let folder = data.appendingPathComponent("territory").appendingPathComponent("demo-\(ToolVersion.current)")
        var files: [(path: String, bytes: [UInt8])] = []
        for f in BundledDemo.files {
            guard let bytes = Data(base64Encoded: f.base64, options: .ignoreUnknownCharacters) else { return nil }
            files.append((folder.appendingPathComponent(f.name).path, Array(bytes)))
        }
        if files.allSatisfy({ FileManager.default.contents(atPath: $0.path).map(Array.init) == $0.bytes }) { return folder }
        do {
            try AtomicFileWriter.write(files: files, createFolders: true)
        } catch {
            return nil
        }
        context.stderr.write(
            context.language.pick(
                "注意：没有找到示例区域文件夹，已把程序自带的示例区域写到 \(folder.path)\n",
                "note: no demo territory folder was found; wrote the one the program carries to \(folder.path)\n"))
        return folder
    }

    /// The places looked at, in order.
    public static func searched(context: CommandContext) -> [String] {
        var places: [String] = []
        if let home = context.environment["TERRITORY_HOME"], !home.isEmpty {
            places.append(AtomicFileWriter.resolve(home, relativeTo: context.currentDirectory).appendingPathComponent(demoPath).path)
            return places
        }
        places.append(URL(fileURLWithPath: context.currentDirectory).appendingPathComponent(demoPath).path)
        if let exe = context.executablePath {
            places.append(context.language.pick("\(exe) 的上级文件夹", "above \(exe)"))
        }
        return places
    }

    /// `$TERRITORY_HOME/territories/demo` if TERRITORY_HOME is set; else `./territories/demo`; else the
    /// first folder above the executable that holds Package.swift and territories/demo.
    public static func demo(context: CommandContext) -> URL? {
        let fm = FileManager.default
        func isDir(_ url: URL) -> Bool {
            var d: ObjCBool = false
            return fm.fileExists(atPath: url.path, isDirectory: &d) && d.boolValue
        }
        if let home = context.environment["TERRITORY_HOME"], !home.isEmpty {
            let url = AtomicFileWriter.resolve(home, relativeTo: context.currentDirectory).appendingPathComponent(demoPath)
            return isDir(url) ? url : nil
        }
        let local = URL(fileURLWithPath: context.currentDirectory).appendingPathComponent(demoPath)
        if isDir(local) { return local }
        guard let exe = context.executablePath else { return nil }
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        while dir.path != "/" && !dir.path.isEmpty {
            let candidate = dir.appendingPathComponent(demoPath)
            if fm.fileExists(atPath: dir.appendingPathComponent("Package.swift").path), isDir(candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }
}
