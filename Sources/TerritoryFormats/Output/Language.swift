/// The language of headings, labels and messages meant for users (`--lang zh|en`). Keys in JSON stay English.
public enum Language: String, Sendable, Hashable, CaseIterable {
    /// Simplified Chinese (the default).
    case zh
    /// English.
    case en

    /// Whether this is English.
    public var isEnglish: Bool { self == .en }

    /// Picks the Chinese or English text.
    public func pick(_ chinese: String, _ english: String) -> String { self == .en ? english : chinese }
}

extension Language {
    /// The language when `--lang` is absent: English when the first of LC_ALL, LC_MESSAGES and LANG that is set
    /// (as POSIX orders them) starts with `en` (`en_US.UTF-8`), Chinese otherwise (`zh_CN.UTF-8`, `C.UTF-8`, unset).
    public static func of(environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.hasPrefix("en") ? .en : .zh
    }

    /// The language a command line asks for: the last valid `--lang zh|en` or `--lang=zh|en` among `arguments`
    /// (before `--`), else `fallback`. Read before the arguments are parsed, so that a usage error speaks it too.
    public static func requested(in arguments: [String], fallback: Language) -> Language {
        var found = fallback
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { break }
            if a == "--lang", i + 1 < arguments.count, let l = Language(rawValue: arguments[i + 1]) {
                found = l
                i += 1
            } else if a.hasPrefix("--lang="), let l = Language(rawValue: String(a.dropFirst(7))) {
                found = l
            }
            i += 1
        }
        return found
    }
}
